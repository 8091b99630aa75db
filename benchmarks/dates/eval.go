// Package dates holds the speed benchmarks and accuracy evaluations of
// khabar's dates package against the peers' test data in ../shared/eval.
package dates

import (
	"strings"
	"time"
)

// Row is one row of ../shared/eval/peers/dates.tsv.
type Row struct {
	Source, Input, Reference, Expected, Grain, Note string
	Line                                            int
}

// Peer returns the peer's name: duckling, recognizers-text or dateparser.
func (r Row) Peer() string {
	p, _, _ := strings.Cut(r.Source, ":")
	return p
}

// ParseRows splits the TSV (header first) into rows.
func ParseRows(data string) []Row {
	var rows []Row
	for i, line := range strings.Split(data, "\n") {
		if i == 0 || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 6 {
			f = append(f, "")
		}
		rows = append(rows, Row{Source: f[0], Input: f[1], Reference: f[2], Expected: f[3], Grain: f[4], Note: f[5], Line: i + 1})
	}
	return rows
}

// DateGrain reports whether the row's grain is a date grain (day and
// coarser) that khabar resolves.
func (r Row) DateGrain() bool {
	switch r.Grain {
	case "day", "week", "month", "year", "decade":
		return true
	}
	return false
}

// ReferenceDate returns the calendar date of the reference as the peer
// wrote it (its own zone), and false if there is none.
func (r Row) ReferenceDate() (time.Time, bool) {
	if len(r.Reference) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, r.Reference[:10])
	return t, err == nil
}

// NoteValue returns the value of key=... in the note (up to ';').
func (r Row) NoteValue(key string) string {
	for _, part := range strings.Split(r.Note, ";") {
		part = strings.TrimSpace(part)
		if v, ok := strings.CutPrefix(part, key+"="); ok {
			return v
		}
	}
	return ""
}

// Interval is an expected value as a [Start, End] pair of days; End is
// the zero time for a single date. Open ends are marked.
type Interval struct {
	Start, End         time.Time
	OpenStart, OpenEnd bool
	Single             bool
}

// ParseExpected parses the expected column: a date, a datetime, or an
// interval start/end (either may be ".."). ok is false for values that
// are not dates (TIMEX recurrences, times of day, empty).
func ParseExpected(s string) (Interval, bool) {
	day := func(x string) (time.Time, bool) {
		if len(x) < 10 {
			return time.Time{}, false
		}
		t, err := time.Parse(time.DateOnly, x[:10])
		return t, err == nil
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		var iv Interval
		var oka, okb bool
		if a == ".." {
			iv.OpenStart, oka = true, true
		} else {
			iv.Start, oka = day(a)
		}
		if b == ".." {
			iv.OpenEnd, okb = true, true
		} else {
			iv.End, okb = day(b)
		}
		return iv, oka && okb
	}
	t, ok := day(s)
	return Interval{Start: t, Single: true}, ok
}
