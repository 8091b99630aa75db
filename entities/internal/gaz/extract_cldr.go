//go:build ignore

// extract_cldr writes data/cldr.tsv, the Arabic names of countries,
// territories, regions and time-zone exemplar cities from CLDR's ar.xml
// (Debian package unicode-cldr-core; Unicode licence, see ../../../NOTICE).
//
//	apt-get install unicode-cldr-core
//	go run extract_cldr.go /usr/share/unicode/cldr/common/main/ar.xml > data/cldr.tsv
package main

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"os"
	"sort"
	"strings"
)

type ldml struct {
	Identity struct {
		Version struct {
			Number string `xml:"number,attr"`
		} `xml:"version"`
	} `xml:"identity"`
	Territories []struct {
		Type  string `xml:"type,attr"`
		Alt   string `xml:"alt,attr"`
		Value string `xml:",chardata"`
	} `xml:"localeDisplayNames>territories>territory"`
	Zones []struct {
		Type string `xml:"type,attr"`
		City string `xml:"exemplarCity"`
	} `xml:"dates>timeZoneNames>zone"`
}

// skip lists CLDR names that are not place names in news text.
var skip = map[string]bool{
	"001":         true, // العالم (the world)
	"ZZ":          true, // unknown region
	"Etc/Unknown": true,
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run extract_cldr.go path/to/ar.xml")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var doc ldml
	if err := xml.Unmarshal(data, &doc); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	names := map[string]bool{}
	for _, t := range doc.Territories {
		v := strings.TrimSpace(t.Value)
		if skip[t.Type] || v == "" || strings.ContainsAny(v, "()-") {
			continue
		}
		names[v] = true
	}
	for _, z := range doc.Zones {
		v := strings.TrimSpace(z.City)
		if skip[z.Type] || v == "" || strings.ContainsAny(v, "()-") {
			continue
		}
		names[v] = true
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Arabic names of countries, territories, regions and time-zone exemplar cities.")
	fmt.Fprintln(w, "# Source: Unicode CLDR common/main/ar.xml (Debian unicode-cldr-core), extracted by extract_cldr.go.")
	fmt.Fprintln(w, "# Licence: Unicode License (Unicode-DFS-2016), Copyright © 1991-2022 Unicode, Inc.")
	for _, n := range list {
		fmt.Fprintf(w, "%s\tLOC\n", n)
	}
	w.Flush()
}
