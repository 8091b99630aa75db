package tokenize

import "iter"

// Scheme selects which boundaries [Segment] cuts.
type Scheme uint8

// The segmentation schemes.
const (
	// Clitics cuts the clitics only, the convention of the UD Arabic
	// treebank and CAMeL Tools' ATB tokenisation: the conjunctions و ف, the
	// prepositions ب ك ل, the future particle س and the pronoun enclitics
	// ه ها هم هما هن ك كم كن كما ني ي نا. The article and inflection stay on
	// the stem (و+التلفزيون, ترشيحات+ها). It is the zero value.
	Clitics Scheme = iota
	// Article is Clitics plus the article ال (و+ال+تلفزيون).
	Article
	// Full is Farasa's scheme, used for machine translation and search:
	// Article plus the inflectional suffixes ة ات ون ين ان ا, the
	// accusative alef and the verb subject markers (ال+أكاديمي+ة, أعلن+ت),
	// and من/عن fused with ما/من (مما → من+ما).
	Full
)

// String returns "clitics", "article" or "full".
func (s Scheme) String() string {
	switch s {
	case Clitics:
		return "clitics"
	case Article:
		return "article"
	case Full:
		return "full"
	}
	return "scheme(?)"
}

// Role is the grammatical role of a [Segment].
type Role uint8

// The segment roles.
const (
	Stem        Role = iota // "stem": the word's stem (in Clitics, with its article and inflection)
	Conjunction             // "conj": و or ف
	Preposition             // "prep": ب ك ل, also a preposition written fused with the next word (من in مما)
	Future                  // "fut": the future particle س
	Determiner              // "det": the article ال
	Inflection              // "infl": an inflectional suffix, case ending or verb subject marker (Full only)
	Pronoun                 // "pron": a pronoun enclitic (ه ها هم ...)
)

var roleNames = [...]string{
	Stem:        "stem",
	Conjunction: "conj",
	Preposition: "prep",
	Future:      "fut",
	Determiner:  "det",
	Inflection:  "infl",
	Pronoun:     "pron",
}

// String returns the role's short name: "stem", "conj", "prep", "fut",
// "det", "infl" or "pron".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role(?)"
}

// Segment is one segment of a word: its half-open byte span [Start, End)
// inside the word as written (diacritics and tatweel stay with the letter
// they follow), its Form and its Role.
//
// Form is the segment as a dictionary would write it. It is word[Start:End]
// except where the orthography hides a letter: after the preposition ل the
// article ال is written ل (للفلسطينيين → ل + الفلسطينيين: the stem's span
// covers لفلسطينيين, its Form is الفلسطينيين), and من/عن fused with ما or من
// lose their ن (مما → من + ما: the span of من is the first م).
type Segment struct {
	Start, End int
	Form       string
	Role       Role
}

// SegmentWord returns the segments of word (one Arabic word as written, such as
// the Text of a [Word] token) under scheme. The segments are in order, do
// not overlap and cover word exactly. A word that is not an Arabic word, or
// that has nothing to cut, comes back as one Stem segment; the empty string
// gives no segments.
func SegmentWord(word string, scheme Scheme) []Segment {
	return AppendSegments(make([]Segment, 0, 4), word, scheme)
}

// AppendSegments appends the segments of word under scheme to dst and
// returns the extended slice, as [SegmentWord] does. It allocates only for the
// Form of a stem whose article is hidden after ل (للفلسطينيين).
func AppendSegments(dst []Segment, word string, scheme Scheme) []Segment {
	if word == "" {
		return dst
	}
	var w analysis
	if !w.load(word) {
		return append(dst, Segment{Start: 0, End: len(word), Form: word, Role: Stem})
	}
	best := w.best()
	return w.emit(dst, best, scheme)
}

// AllSegments returns an iterator over the segments of word under scheme.
func AllSegments(word string, scheme Scheme) iter.Seq[Segment] {
	return func(yield func(Segment) bool) {
		var buf [8]Segment
		for _, s := range AppendSegments(buf[:0], word, scheme) {
			if !yield(s) {
				return
			}
		}
	}
}
