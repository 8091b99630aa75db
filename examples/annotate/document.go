package main

import "time"

// Document is the JSON contract of annotate: one object per input document.
// Every Start/End is a byte offset into Text (UTF-8), half-open, and
// Text[Start:End] equals the item's Text. Field names are stable: scripts
// and tests rely on them. A field whose package has not landed yet is an
// empty list, never null.
type Document struct {
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens"`
	Numbers   []Number   `json:"numbers"`
	Dates     []Date     `json:"dates"`
	Entities  []Entity   `json:"entities"`
}

// Sentence is a sentence span.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is a token with its kind and, for Arabic words, the forms of its
// clitic segments (conjunctions, prepositions, stem, pronouns).
type Token struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Segments []string `json:"segments,omitempty"`
}

// Number is a number found in the text, with its exact value.
type Number struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Value  jsonNum `json:"value"`
	Max    jsonNum `json:"max,omitempty"`
	Kind   string  `json:"kind"`
	Form   string  `json:"form,omitempty"`
	Approx string  `json:"approx,omitempty"`
}

// jsonNum is an exact decimal rendered as a JSON number (no float
// round-trip); empty means absent.
type jsonNum string

// MarshalJSON writes the decimal as a bare JSON number.
func (n jsonNum) MarshalJSON() ([]byte, error) {
	if n == "" {
		return []byte("null"), nil
	}
	return []byte(n), nil
}

// UnmarshalJSON keeps the number's literal text, so reading annotate's
// output back loses no precision.
func (n *jsonNum) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = ""
		return nil
	}
	*n = jsonNum(b)
	return nil
}

// Date is a date mention resolved to a Gregorian interval.
type Date struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Calendar  string `json:"calendar"`
	StartDate string `json:"start_date,omitempty"`
	EndDate   string `json:"end_date,omitempty"`
	Grain     string `json:"grain,omitempty"`
	Hijri     string `json:"hijri,omitempty"`
	// Flags qualify the resolution: unresolved, impossible, mismatch (the
	// two calendars of a dual mention disagree), range, approximate,
	// inferred (year chosen by the resolution policy), open-start, open-end.
	Flags []string `json:"flags,omitempty"`
}

// Entity is a named entity.
type Entity struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Type  string  `json:"type"`
	Score float64 `json:"score,omitempty"`
	Key   string  `json:"key,omitempty"`
}

// isoDate formats a civil date as YYYY-MM-DD.
func isoDate(t time.Time) string { return t.Format(time.DateOnly) }

// newDocument returns a document for text with every list empty (not nil),
// so that its JSON shows [] for fields no package fills.
func newDocument(text string) Document {
	return Document{
		Text:      text,
		Sentences: []Sentence{},
		Tokens:    []Token{},
		Numbers:   []Number{},
		Dates:     []Date{},
		Entities:  []Entity{},
	}
}
