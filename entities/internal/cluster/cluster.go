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

// data is the embedded cluster file (see Parse for its format; its header
// names the corpus and licence).
//
//go:embed data/clusters.txt.gz
var data []byte

// Classes maps a word (search form without proclitics) to its fine and
// coarse cluster numbers, each 1-based.
type Classes map[string][2]uint16

// ErrSyntax is returned by Parse for a malformed line.
var ErrSyntax = errors.New("cluster: malformed line")

// Parse reads a cluster file: lines "word<TAB>fine<TAB>coarse"; empty lines
// and lines starting with # are ignored.
func Parse(r io.Reader) (Classes, error) {
	c := make(Classes)
	err := scan(r, func(w string, fine, coarse uint16) { c[w] = [2]uint16{fine, coarse} })
	if err != nil {
		return nil, err
	}
	return c, nil
}

// scan calls f for every entry of a cluster file.
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

// Each calls f for every word of the embedded cluster file, parsing it
// afresh (about 80,000 lines): callers keep what they build, not the file.
func Each(f func(w string, fine, coarse uint16)) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return scan(zr, f)
}

// Load parses the embedded cluster file into a table.
func Load() (Classes, error) {
	c := make(Classes, 80000)
	if err := Each(func(w string, fine, coarse uint16) { c[w] = [2]uint16{fine, coarse} }); err != nil {
		return nil, err
	}
	return c, nil
}
