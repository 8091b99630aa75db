// Package cluster holds the word clusters of package entities: classes of
// words that occur in similar contexts, learned from unlabeled text by the
// exchange algorithm (see Exchange and entities/cmd/clusters), and a second
// set of classes from k-means over skip-gram word vectors (see EachWord). A
// word unseen in the labelled training text still tells the tagger something
// through its classes, which it shares with words that were seen.
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

// data is the embedded cluster file (see lines for its format; its header
// names the corpus and licence).
//
//go:embed data/clusters.txt.gz
var data []byte

// embData is the embedded file of embedding classes, in the same format:
// classes by spherical k-means over skip-gram word vectors learned from the
// same text (entities/cmd/clusters -embed; its header names the corpus and
// licence).
//
//go:embed data/embclusters.txt.gz
var embData []byte

// vecData is the embedded table of word vectors (see Vectors): the
// skip-gram vectors behind the embedding classes, one for each word of
// embData in the same order, reduced to their principal components and
// quantised to int8 (entities/cmd/clusters -pack).
//
//go:embed data/vectors.bin
var vecData string

// ErrSyntax is returned for a malformed line of a cluster file.
var ErrSyntax = errors.New("cluster: malformed line")

// lines reads the entries of a cluster file one at a time: lines
// "word<TAB>fine<TAB>coarse" (both 1-based); empty lines and lines starting
// with # are ignored.
type lines struct {
	sc           *bufio.Scanner
	line         int
	w            string
	fine, coarse uint16
	err          error
}

func newLines(r io.Reader) *lines { return &lines{sc: bufio.NewScanner(r)} }

// next reads the next entry into l.w, l.fine and l.coarse; it returns false
// at the end of the file or at an error (l.err).
func (l *lines) next() bool {
	for l.err == nil && l.sc.Scan() {
		l.line++
		s := l.sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		w, rest, ok1 := strings.Cut(s, "\t")
		a, b, ok2 := strings.Cut(rest, "\t")
		fine, err1 := strconv.ParseUint(a, 10, 16)
		coarse, err2 := strconv.ParseUint(b, 10, 16)
		if !ok1 || !ok2 || err1 != nil || err2 != nil || fine == 0 || coarse == 0 {
			l.err = fmt.Errorf("%w %d: %q", ErrSyntax, l.line, s)
			return false
		}
		l.w, l.fine, l.coarse = w, uint16(fine), uint16(coarse)
		return true
	}
	if l.err == nil {
		l.err = l.sc.Err()
	}
	return false
}

// Classes are the classes of a word in both embedded files (0: not in it).
type Classes struct {
	Fine, Coarse       uint16 // exchange clusters
	EmbFine, EmbCoarse uint16 // embedding classes
	// Vec is the word's row in the table of EmbeddedVectors plus one (0:
	// no vector); the words of the embedding classes have one each.
	Vec int32
}

// EachWord calls f once for every word of either embedded file with its
// classes in both, in byte order of the words. Both files are sorted by
// word, so they are read side by side in one pass: a caller building a map
// inserts each word once.
func EachWord(f func(w string, c Classes)) error {
	za, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	zb, err := gzip.NewReader(bytes.NewReader(embData))
	if err != nil {
		return err
	}
	return merge(newLines(za), newLines(zb), f)
}

// merge joins two cluster files sorted by word; the words of b are
// numbered from 1 in Classes.Vec.
func merge(a, b *lines, f func(w string, c Classes)) error {
	okA, okB := a.next(), b.next()
	var vec int32
	for okA || okB {
		switch {
		case okA && (!okB || a.w < b.w):
			f(a.w, Classes{Fine: a.fine, Coarse: a.coarse})
			okA = a.next()
		case okB && (!okA || b.w < a.w):
			vec++
			f(b.w, Classes{EmbFine: b.fine, EmbCoarse: b.coarse, Vec: vec})
			okB = b.next()
		default:
			vec++
			f(a.w, Classes{a.fine, a.coarse, b.fine, b.coarse, vec})
			okA, okB = a.next(), b.next()
		}
	}
	if a.err != nil {
		return a.err
	}
	return b.err
}
