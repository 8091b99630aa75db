package entities

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"sync"

	"github.com/khabar-nlp/khabar/entities/internal/feature"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// The embedded model: an averaged perceptron trained on the ANERcorp train
// split (CAMeL Lab split, CC BY-SA 4.0; see NOTICE) by
// "go run ./entities/cmd/train -out entities/model.bin". The model file is
// distributed under CC BY-SA 4.0 with that attribution.
//
//go:embed model.bin
var embeddedModel []byte

// ErrModel is returned (wrapped) by [New], [Load] and [LoadFile] when the
// model file is missing, truncated, corrupt, or was trained with another
// feature set than this version of the package computes.
var ErrModel = errors.New("entities: invalid model")

// Type is the type of an entity.
type Type uint8

// The entity types, as in ANERcorp (PERS, LOC, ORG, MISC). Countries are
// locations; MISC covers nationalities used as names, events, products,
// languages and the like.
const (
	Person Type = iota + 1
	Location
	Organization
	Misc
)

var typeNames = [...]string{"", "PERSON", "LOCATION", "ORGANIZATION", "MISC"}

// String returns "PERSON", "LOCATION", "ORGANIZATION" or "MISC" (the names
// used in JSON output), or "" for an invalid Type.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return ""
}

// Entity is one mention of a named entity in a text.
type Entity struct {
	// Start and End are the byte offsets [Start, End) of the mention in the
	// caller's original string; Text == s[Start:End]. The span starts after
	// any proclitics of its first word (و ف ب ل ك: "لإسرائيل" gives
	// "إسرائيل"; in "للأمم المتحدة", where the article's alef is not
	// written after ل, it gives "لأمم المتحدة") and covers a tatweel-split
	// word whole ("غـ زة").
	Start, End int
	Text       string
	Type       Type
	// Score is the model's confidence in the mention, in (0, 1]: the mean
	// over its words of the probability of their labels (entities from a
	// caller's gazetteer have 1; mentions added by document-level
	// consistency carry the score of the mention they copy, scaled by 0.9).
	Score float64
	// Key is the normalised name: the words' search forms (diacritics and
	// tatweel removed, alef, yeh, teh marbuta and hamza forms folded),
	// proclitics removed, joined by single spaces. Mentions of the same name
	// share a Key ("بلينكن" and "وبلينكن" both have Key "بلينكن"; the
	// article hidden after ل is restored: "للأمم المتحدة" and "الأمم
	// المتحدة" both have Key "الامم المتحده").
	Key string
}

// Tagger finds named entities. A Tagger is immutable and safe for concurrent
// use by multiple goroutines.
type Tagger struct {
	m           *model.Model
	lex         *feature.Lexicon // the model's word statistics, clusters, name words
	gaz         *gaz.Matcher     // embedded + caller lists, for features
	caller      *gaz.Matcher     // caller lists only, for overrides
	consistency bool
	pool        sync.Pool // *state
}

// Option configures a Tagger.
type Option func(*options)

type options struct {
	lists       []*Gazetteer
	consistency bool
}

// WithGazetteer adds a caller's list of names. Its names are gazetteer
// features for the model, and a match of a caller's name in the text is
// always reported, with the caller's type and Score 1, replacing any
// overlapping entity the model found. Several lists may be given.
func WithGazetteer(g *Gazetteer) Option {
	return func(o *options) {
		if g != nil {
			o.lists = append(o.lists, g)
		}
	}
}

// WithConsistency turns document-level consistency on or off (on by
// default): once a name is tagged with confidence in a text (at least
// 0.3), its later bare mentions are tagged too, with the same type. For a
// person named with two or more words, the last word alone counts as a
// mention ("أنتوني بلينكن" … "وبلينكن"); for other types, the whole name.
// Mentions more than about 1,200 words from every tagged mention of the
// name are left alone, and so are the occurrences of a one-word name the
// model tagged in fewer than one in ten of them (see the package doc).
func WithConsistency(on bool) Option {
	return func(o *options) { o.consistency = on }
}

// New returns a Tagger using the embedded model and gazetteer, configured by
// opts. It fails only if the embedded model is invalid (wrapping ErrModel),
// which the package's tests rule out.
func New(opts ...Option) (*Tagger, error) {
	return newTagger(embeddedModel, opts)
}

// Load returns a Tagger using the model read from r (a file written by the
// training command), configured by opts. A model that is corrupt or was
// trained with another feature set is an error wrapping ErrModel.
func Load(r io.Reader, opts ...Option) (*Tagger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return newTagger(data, opts)
}

// LoadFile is [Load] on the named file. A missing file is an error wrapping
// both ErrModel and the [os.Open] error.
func LoadFile(path string, opts ...Option) (*Tagger, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return newTagger(data, opts)
}

func newTagger(data []byte, opts []Option) (*Tagger, error) {
	o := options{consistency: true}
	for _, f := range opts {
		f(&o)
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: empty model file", ErrModel)
	}
	m, fs, err := model.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if fs != feature.Set {
		return nil, fmt.Errorf("%w: model trained for feature set %q, this package computes %q", ErrModel, fs, feature.Set)
	}
	t := &Tagger{m: m, lex: feature.NewLexicon(m.Words), consistency: o.consistency}
	if m.Net != nil && m.Net.Dim != t.lex.VecDim() {
		return nil, fmt.Errorf("%w: the model's network reads word vectors of dimension %d, the embedded table has %d", ErrModel, m.Net.Dim, t.lex.VecDim())
	}
	if len(o.lists) == 0 {
		t.gaz = gaz.Default()
	} else {
		var own []gaz.Entry
		for _, g := range o.lists {
			own = append(own, g.entries...)
		}
		t.caller = gaz.NewMatcher(own)
		t.gaz = gaz.NewMatcher(gaz.Embedded(), own)
	}
	t.pool.New = func() any { return new(state) }
	return t, nil
}

var defaultTagger = sync.OnceValues(func() (*Tagger, error) { return New() })

// Default returns the Tagger with the embedded model and default options,
// loading it on first use.
func Default() (*Tagger, error) { return defaultTagger() }

// Find returns the entities of s in order, using the [Default] tagger. It
// returns nil if the embedded model cannot be loaded (see [Default]).
func Find(s string) []Entity {
	t, err := Default()
	if err != nil {
		return nil
	}
	return t.Find(s)
}

// All returns an iterator over the entities of s, using the [Default]
// tagger. Document-level consistency needs the whole text, so the entities
// are found before the first one is yielded.
func All(s string) iter.Seq[Entity] {
	return func(yield func(Entity) bool) {
		t, err := Default()
		if err != nil {
			return
		}
		t.All(s)(yield)
	}
}

// Append appends the entities of s to dst using the [Default] tagger.
func Append(dst []Entity, s string) []Entity {
	t, err := Default()
	if err != nil {
		return dst
	}
	return t.Append(dst, s)
}

// Find returns the entities of s, ordered by Start, never overlapping.
func (t *Tagger) Find(s string) []Entity { return t.Append(nil, s) }

// All returns an iterator over the entities of s, in order. The entities are
// found before the first one is yielded (see [WithConsistency]).
func (t *Tagger) All(s string) iter.Seq[Entity] {
	return func(yield func(Entity) bool) {
		st := t.pool.Get().(*state)
		defer func() {
			clear(st.ents)
			t.pool.Put(st)
		}()
		st.ents = t.tag(st, st.ents[:0], s)
		for _, e := range st.ents {
			if !yield(e) {
				return
			}
		}
	}
}

// Append appends the entities of s to dst, ordered by Start and never
// overlapping, and returns the extended slice.
func (t *Tagger) Append(dst []Entity, s string) []Entity {
	st := t.pool.Get().(*state)
	defer t.pool.Put(st)
	return t.tag(st, dst, s)
}

// Gazetteer is a caller's list of names with their types, for
// [WithGazetteer]. Add names before passing it to [New]; a Gazetteer must
// not be modified while New reads it.
type Gazetteer struct {
	entries []gaz.Entry
}

// ErrGazetteer is returned (wrapped) for a malformed gazetteer.
var ErrGazetteer = errors.New("entities: malformed gazetteer")

// Add adds a name of type typ. Names are matched on their search form, word
// by word, so spelling variants of hamza, alef, teh marbuta, yeh and
// diacritics match; the first word may carry proclitics in the text. A name
// with no words or an invalid type is ignored and reported false.
func (g *Gazetteer) Add(name string, typ Type) bool {
	if typ < Person || typ > Misc {
		return false
	}
	w := gaz.Words(name)
	if len(w) == 0 {
		return false
	}
	g.entries = append(g.entries, gaz.Entry{Words: w, Type: int(typ)})
	return true
}

// Len returns the number of names added.
func (g *Gazetteer) Len() int { return len(g.entries) }

// ParseGazetteer reads a list in the format of the embedded lists: UTF-8
// lines "name<TAB>type" with type PERSON (or PERS, PER), LOCATION (LOC),
// ORGANIZATION (ORG) or MISC; empty lines and lines starting with # are
// skipped. A malformed line is an error wrapping ErrGazetteer.
func ParseGazetteer(r io.Reader) (*Gazetteer, error) {
	es, err := gaz.Parse(r)
	if err != nil {
		if errors.Is(err, gaz.ErrSyntax) {
			return nil, fmt.Errorf("%w: %w", ErrGazetteer, err)
		}
		return nil, err
	}
	return &Gazetteer{entries: es}, nil
}

// ParseGazetteerString is [ParseGazetteer] on a string.
func ParseGazetteerString(s string) (*Gazetteer, error) {
	return ParseGazetteer(bytes.NewReader([]byte(s)))
}
