package feature

import (
	"github.com/khabar-nlp/khabar/entities/internal/cluster"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
)

// Lexicon is what the extractor knows about word forms (search forms
// without proclitics): the training-text statistics of a model (Stat), the
// word clusters, the embedding classes and how common the word is in person
// names, merged in one table so that a form costs one lookup. It is
// immutable and safe for concurrent use.
type Lexicon struct {
	m    map[string]lexEntry
	vecs *cluster.Vectors // word vectors of the network (lexEntry.vec)
}

type lexEntry struct {
	stat     uint32 // Stat, valid when hasStat
	clF, clC uint16 // word clusters (0: none)
	emF, emC uint16 // embedding classes (0: none)
	vec      int32  // row of the word vector + 1 (0: none)
	pname    uint8  // person-name bucket (gaz.EachPersonWord)
	hasStat  bool
}

// NewLexicon returns the lexicon with the given training statistics (nil
// for none). It parses the embedded cluster and name tables (tens of
// milliseconds): build it once per model.
func NewLexicon(stats map[string]uint32) *Lexicon {
	m := make(map[string]lexEntry, 140000+len(stats))
	// An unreadable embedded table is caught by its package's tests.
	cluster.EachWord(func(w string, c cluster.Classes) {
		m[w] = lexEntry{clF: c.Fine, clC: c.Coarse, emF: c.EmbFine, emC: c.EmbCoarse, vec: c.Vec}
	})
	gaz.EachPersonWord(func(w string, b uint8) {
		e := m[w]
		e.pname = max(e.pname, b)
		m[w] = e
	})
	for w, v := range stats {
		e := m[w]
		e.stat, e.hasStat = v, true
		m[w] = e
	}
	// An unreadable vector table (caught by package cluster's tests) leaves
	// VecDim 0, and a model with a network is then refused at load.
	vecs, _ := cluster.EmbeddedVectors()
	return &Lexicon{m: m, vecs: vecs}
}

// VecDim returns the dimension of the lexicon's word vectors (0: none).
func (l *Lexicon) VecDim() int {
	if l == nil || l.vecs == nil {
		return 0
	}
	return l.vecs.Dim
}

// VecScale returns the factor that turns the int8 values of the word
// vectors into numbers.
func (l *Lexicon) VecScale() float32 {
	if l == nil || l.vecs == nil {
		return 0
	}
	return l.vecs.Scale
}

func (l *Lexicon) get(w string) lexEntry {
	if l == nil {
		return lexEntry{}
	}
	return l.m[w]
}

// Common reports whether the word form w (search form without proclitics)
// occurred at least five times in the model's training text and at least
// 70% of the time outside any entity: a function word or common noun
// (على, مدير) that is sometimes part of a name but must not be read as a
// name on its own.
func (l *Lexicon) Common(w string) bool {
	e := l.get(w)
	if !e.hasStat {
		return false
	}
	n, best, purity := unpackStat(e.stat)
	return n >= 5 && best == 0 && purity >= 7
}
