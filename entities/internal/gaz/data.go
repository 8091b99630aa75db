package gaz

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// The embedded lists. Each file's header names its source and licence:
//   - cldr.tsv: Unicode CLDR ar.xml (Unicode License), see extract_cldr.go;
//   - places.tsv, organizations.tsv, companies_clubs.tsv, media.tsv,
//     names.tsv, people.tsv, orgs_more.tsv, places_more.tsv, misc.tsv:
//     compiled by the khabar authors, same licence as the code.
//
//go:embed data/*.tsv
var files embed.FS

// ErrSyntax is returned by Parse for a malformed line.
var ErrSyntax = errors.New("gaz: malformed gazetteer line")

// ParseType returns the type number of a type name (PERS, PER, PERSON, LOC,
// LOCATION, ORG, ORGANIZATION, MISC), or 0.
func ParseType(s string) int {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "PERS", "PER", "PERSON":
		return Per
	case "LOC", "LOCATION":
		return Loc
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org
	case "MISC", "MISCELLANEOUS":
		return Misc
	}
	return 0
}

// Words returns the search forms of the words of name, as the matcher
// compares them.
func Words(name string) []string {
	var toks []lex.Token
	toks = lex.Words(toks, name)
	w := make([]string, 0, len(toks))
	for i := range toks {
		w = append(w, lex.Search(toks[i].Text))
	}
	return w
}

// Parse reads a gazetteer in the embedded format: UTF-8 lines
// "name<TAB>type"; empty lines and lines starting with # are ignored.
func Parse(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		name, typ, ok := strings.Cut(s, "\t")
		t := ParseType(typ)
		if !ok || t == 0 || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%w: line %d: %q", ErrSyntax, line, s)
		}
		out = append(out, Entry{Words: Words(name), Type: t})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

var embedded = sync.OnceValue(func() []Entry {
	names, _ := files.ReadDir("data")
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	var all []Entry
	for _, n := range names {
		f, err := files.Open("data/" + n.Name())
		if err != nil {
			panic(err) // embedded at build time: cannot happen
		}
		es, err := Parse(f)
		f.Close()
		if err != nil {
			panic(fmt.Sprintf("embedded gazetteer %s: %v", n.Name(), err)) // checked by TestEmbedded
		}
		all = append(all, es...)
	}
	return all
})

// Embedded returns the entries of the embedded lists. The slice is shared:
// do not modify it.
func Embedded() []Entry { return embedded() }

var defaultMatcher = sync.OnceValue(func() *Matcher { return NewMatcher(Embedded()) })

// Default returns the Matcher over the embedded lists.
func Default() *Matcher { return defaultMatcher() }
