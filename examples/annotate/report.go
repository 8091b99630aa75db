package main

import (
	"fmt"
	"io"
	"strings"
)

// writeReport writes the readable report of one document: every sentence
// followed by what was found inside it.
func writeReport(w io.Writer, name string, d *Document) {
	fmt.Fprintf(w, "== %s: %d bytes, %d sentences, %d tokens, %d numbers, %d dates, %d entities\n",
		name, len(d.Text), len(d.Sentences), len(d.Tokens), len(d.Numbers), len(d.Dates), len(d.Entities))
	sents := d.Sentences
	if len(sents) == 0 && strings.TrimSpace(d.Text) != "" {
		sents = []Sentence{{0, len(d.Text)}}
	}
	var ti, ni, di, ei int
	for i, s := range sents {
		fmt.Fprintf(w, "\n[%d] %s\n", i+1, oneLine(d.Text[s.Start:s.End]))
		var segs []string
		for ; ti < len(d.Tokens) && d.Tokens[ti].Start < s.End; ti++ {
			if t := d.Tokens[ti]; len(t.Segments) > 1 {
				segs = append(segs, t.Text+" = "+strings.Join(t.Segments, "+"))
			}
		}
		if len(segs) > 0 {
			fmt.Fprintf(w, "    clitics:  %s\n", strings.Join(segs, " · "))
		}
		for ; ei < len(d.Entities) && d.Entities[ei].Start < s.End; ei++ {
			e := d.Entities[ei]
			fmt.Fprintf(w, "    entity:   %-13s %s\n", e.Type, e.Text)
		}
		for ; ni < len(d.Numbers) && d.Numbers[ni].Start < s.End; ni++ {
			n := d.Numbers[ni]
			val := string(n.Value)
			if n.Max != "" {
				val += "–" + string(n.Max)
			}
			extra := n.Kind
			if n.Approx != "" {
				extra += ", " + n.Approx
			}
			fmt.Fprintf(w, "    number:   %-13s %s (%s)\n", val, n.Text, extra)
		}
		for ; di < len(d.Dates) && d.Dates[di].Start < s.End; di++ {
			dt := d.Dates[di]
			when := dt.StartDate
			if dt.EndDate != "" && dt.EndDate != dt.StartDate {
				when += " … " + dt.EndDate
			}
			if when == "" {
				when = "(unresolved)"
			}
			extra := dt.Calendar
			if dt.Grain != "" {
				extra += ", " + dt.Grain
			}
			if dt.Hijri != "" {
				extra += ", hijri " + dt.Hijri
			}
			fmt.Fprintf(w, "    date:     %-13s %s (%s)\n", when, dt.Text, extra)
		}
	}
	fmt.Fprintln(w)
}

// oneLine folds line breaks so a sentence prints on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
