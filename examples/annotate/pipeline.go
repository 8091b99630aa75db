package main

import (
	"time"

	"github.com/khabar-nlp/khabar/dates"
	"github.com/khabar-nlp/khabar/entities"
	"github.com/khabar-nlp/khabar/numbers"
	"github.com/khabar-nlp/khabar/tokenize"
)

// annotator runs every khabar package over one document. It holds only
// immutable, concurrency-safe values, so one annotator serves all workers.
type annotator struct {
	dates  *dates.Extractor // resolves relative dates against the reference date
	tagger *entities.Tagger // the embedded NER model
}

// newAnnotator returns an annotator resolving dates against ref. It loads
// the entity model once, so that a broken model is reported before any
// input is read.
func newAnnotator(ref time.Time) (*annotator, error) {
	tagger, err := entities.Default()
	if err != nil {
		return nil, err
	}
	return &annotator{
		dates:  dates.New(dates.WithReference(ref)),
		tagger: tagger,
	}, nil
}

// annotate fills a document for text. text must be valid UTF-8 (the caller
// sanitises input first, see sanitize). Every package works on the original
// text, so every offset is an offset into text.
func (a *annotator) annotate(text string) Document {
	doc := newDocument(text)

	for s := range tokenize.Sentences(text) {
		doc.Sentences = append(doc.Sentences, Sentence{Start: s.Start, End: s.End})
	}

	var segs []tokenize.Segment
	for t := range tokenize.All(text) {
		tok := Token{Start: t.Start, End: t.End, Text: t.Text, Kind: t.Kind.String()}
		if t.Kind == tokenize.Word {
			segs = tokenize.AppendSegments(segs[:0], t.Text, tokenize.Clitics)
			if len(segs) > 1 {
				tok.Segments = make([]string, len(segs))
				for i, sg := range segs {
					tok.Segments[i] = sg.Form
				}
			}
		}
		doc.Tokens = append(doc.Tokens, tok)
	}

	for n := range numbers.All(text) {
		num := Number{
			Start: n.Start, End: n.End, Text: n.Text,
			Value:  decimal(n.Value),
			Kind:   n.Kind.String(),
			Form:   n.Form.String(),
			Approx: n.Approx.String(),
		}
		if n.Approx == numbers.Range || n.Approx == numbers.Vague {
			num.Max = decimal(n.Max)
		}
		doc.Numbers = append(doc.Numbers, num)
	}

	for d := range a.dates.All(text) {
		dt := Date{
			Start: d.Start, End: d.End, Text: d.Text,
			Calendar: d.Calendar.String(),
			Grain:    d.Grain.String(),
			Flags:    dateFlags(d.Flags),
		}
		if !d.StartDate.IsZero() {
			dt.StartDate = isoDate(d.StartDate)
		}
		if !d.EndDate.IsZero() {
			dt.EndDate = isoDate(d.EndDate)
		}
		if d.Hijri.Year != 0 {
			dt.Hijri = d.Hijri.String()
		}
		doc.Dates = append(doc.Dates, dt)
	}

	for e := range a.tagger.All(text) {
		doc.Entities = append(doc.Entities, Entity{
			Start: e.Start, End: e.End, Text: e.Text,
			Type:  e.Type.String(),
			Score: roundScore(e.Score),
			Key:   e.Key,
		})
	}
	return doc
}

// decimal renders an exact value as a JSON number.
func decimal(v numbers.Value) jsonNum {
	b, err := v.MarshalJSON()
	if err != nil {
		return jsonNum(v.String())
	}
	return jsonNum(b)
}

// roundScore keeps three decimals, enough for a confidence.
func roundScore(f float64) float64 {
	return float64(int(f*1000+0.5)) / 1000
}

var flagNames = []struct {
	f    dates.Flags
	name string
}{
	{dates.Unresolved, "unresolved"},
	{dates.Impossible, "impossible"},
	{dates.Mismatch, "mismatch"},
	{dates.Range, "range"},
	{dates.Approximate, "approximate"},
	{dates.Inferred, "inferred"},
	{dates.OpenStart, "open-start"},
	{dates.OpenEnd, "open-end"},
}

// dateFlags names the flags set in f.
func dateFlags(f dates.Flags) []string {
	var out []string
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			out = append(out, fn.name)
		}
	}
	return out
}
