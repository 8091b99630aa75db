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
	"sync"
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
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		p := strings.Split(s, "\t")
		if len(p) != 3 {
			return nil, fmt.Errorf("%w %d: %q", ErrSyntax, line, s)
		}
		var v [2]uint16
		for i := 1; i < len(p); i++ {
			n, err := strconv.ParseUint(p[i], 10, 16)
			if err != nil || n == 0 {
				return nil, fmt.Errorf("%w %d: %q", ErrSyntax, line, s)
			}
			v[i-1] = uint16(n)
		}
		c[p[0]] = v
	}
	return c, sc.Err()
}

var embedded = sync.OnceValues(func() (Classes, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return Parse(zr)
})

// Of returns the fine and coarse clusters of word w (search form without
// proclitics), or zeros for a word the clusters do not know. The embedded
// table is read on first use; safe for concurrent use.
func Of(w string) (fine, coarse uint16) {
	c, _ := embedded()
	v := c[w]
	return v[0], v[1]
}

// Err reports whether the embedded table could be read (nil: it could).
func Err() error {
	_, err := embedded()
	return err
}
