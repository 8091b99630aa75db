// Package cluster holds the word clusters of package entities: classes of
// words that occur in similar contexts, learned from unlabeled text by the
// exchange algorithm (see Exchange and entities/cmd/clusters). A word unseen
// in the labelled training text still tells the tagger something through its
// cluster, which it shares with words that were seen.
package cluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// data is the embedded cluster file (see scan for its format; its header
// names the corpus and licence).
//
//go:embed data/clusters.txt.gz
var data []byte

// ErrSyntax is returned for a malformed line of a cluster file.
var ErrSyntax = errors.New("cluster: malformed line")

// scan calls f for every entry of a cluster file: lines
// "word<TAB>fine<TAB>coarse" (both 1-based); empty lines and lines starting
// with # are ignored.
func scan(r io.Reader, f func(w string, fine, coarse uint16)) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		w, rest, ok1 := strings.Cut(s, "\t")
		a, b, ok2 := strings.Cut(rest, "\t")
		fine, err1 := strconv.ParseUint(a, 10, 16)
		coarse, err2 := strconv.ParseUint(b, 10, 16)
		if !ok1 || !ok2 || err1 != nil || err2 != nil || fine == 0 || coarse == 0 {
			return fmt.Errorf("%w %d: %q", ErrSyntax, line, s)
		}
		f(w, uint16(fine), uint16(coarse))
	}
	return sc.Err()
}

// Each calls f for every word (search form without proclitics) of the
// embedded cluster file with its fine and coarse classes, parsing the file
// afresh (about 80,000 lines): callers keep what they build, not the file.
func Each(f func(w string, fine, coarse uint16)) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return scan(zr, f)
}
