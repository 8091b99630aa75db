package hijri

import (
	"errors"
	"strconv"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// ErrSyntax means the text is not a Hijri date in a form Parse reads. The
// error returned is a *ParseError that wraps it.
var ErrSyntax = errors.New("hijri: not a Hijri date")

// ParseError describes text that Parse could not read.
type ParseError struct {
	Input  string // the text given to Parse
	Offset int    // byte offset in Input where reading failed
	Msg    string // what was expected there
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return "hijri: cannot parse " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// Unwrap returns ErrSyntax, so that errors.Is(err, ErrSyntax) holds.
func (e *ParseError) Unwrap() error { return ErrSyntax }

// Parse reads a Hijri date that makes up all of s (leading and trailing
// spaces aside). It accepts, with digits of any script (ASCII, Arabic-Indic
// ٠–٩, Extended ۰–۹) and any spacing:
//
//   - Arabic: [weekday[،]] day [من] month-name [،] [سنة|عام|لسنة|لعام] year [era],
//     e.g. "3 ذو الحجة 1445 هـ", "الأحد ٣ من ذي الحجة ١٤٤٥هـ";
//   - numeric year first: "1445/12/03", "1445-12-3", "1445.12.03" [era];
//   - numeric day first: "3/12/1445هـ", "03-12-1445 هـ".
//
// The era marker is هـ, ه, هجري, هجرية, للهجرة or AH. Month names follow
// [MatchMonth]. Numeric dates need a year of three or four digits to tell
// year-first from day-first; a year has at most four digits.
//
// Parse checks only that the month is 1..12 and the day 1..30 (otherwise the
// error wraps ErrInvalidDate); use [Calendar.Parse] to check the date
// against a calendar. A weekday, if present, is not checked either. Text that
// is not a date gives a *ParseError wrapping ErrSyntax.
func Parse(s string) (Date, error) { return parse(s, 30) }

// parse is Parse with days up to maxDay.
func parse(s string, maxDay int) (Date, error) {
	p := parser{s: s}
	p.spaces()
	lead := p.i
	d, n, err := parsePrefix(s[lead:], maxDay)
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			pe.Input, pe.Offset = s, pe.Offset+lead
		}
		return Date{}, err
	}
	p.i = lead + n
	p.spaces()
	if p.i < len(s) {
		return Date{}, &ParseError{Input: s, Offset: p.i, Msg: "unexpected text after the date"}
	}
	return d, nil
}

// Parse is the package-level [Parse] followed by a check that the date
// exists in c: a day past the month's end gives ErrInvalidDate, a year
// outside c's range ErrOutOfRange. (It also accepts day 31 of the three
// 31-day months of the UmmAlQuraAlt table.)
func (c Calendar) Parse(s string) (Date, error) {
	d, err := parse(s, 31)
	if err != nil {
		return Date{}, err
	}
	if _, err := c.days(d); err != nil {
		return Date{}, err
	}
	return d, nil
}

// ParsePrefix reads a Hijri date at the start of s, in the forms [Parse]
// accepts, and returns it with the number of bytes it took (including a
// trailing era marker but not the spaces after the date). It does not skip
// leading spaces. It is meant for scanning running text: the caller finds a
// candidate start and ParsePrefix says whether a date begins there.
func ParsePrefix(s string) (Date, int, error) { return parsePrefix(s, 30) }

func parsePrefix(s string, maxDay int) (Date, int, error) {
	p := parser{s: s}
	d, ok := p.date()
	if !ok {
		return Date{}, 0, &ParseError{Input: s, Offset: p.failAt, Msg: p.msg}
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > maxDay {
		return Date{}, 0, &dateError{d}
	}
	return d, p.i, nil
}

// dateError reports a parsed date whose month or day cannot exist.
type dateError struct{ d Date }

func (e *dateError) Error() string {
	return ErrInvalidDate.Error() + ": " + strconv.Itoa(e.d.Year) + "/" + strconv.Itoa(e.d.Month) + "/" + strconv.Itoa(e.d.Day)
}
func (e *dateError) Unwrap() error { return ErrInvalidDate }

// parser reads s from byte i. failAt and msg describe the furthest failure.
type parser struct {
	s      string
	i      int
	failAt int
	msg    string
}

func (p *parser) fail(msg string) bool {
	if p.i >= p.failAt {
		p.failAt, p.msg = p.i, msg
	}
	return false
}

// spaces skips spaces and invisible controls and reports whether it skipped any.
func (p *parser) spaces() bool {
	start := p.i
	for p.i < len(p.s) {
		r, n := decodeRune(p.s[p.i:])
		if f := foldRune(r); f != ' ' && !arabic.IsInvisible(r) {
			break
		}
		p.i += n
	}
	return p.i > start
}

// number reads 1 to max digits of any script (but one script throughout)
// and returns the value and the digit count.
func (p *parser) number(max int) (v, digits int, ok bool) {
	var script arabic.Script
	j := p.i
	for j < len(p.s) {
		r, n := decodeRune(p.s[j:])
		dv, sc := arabic.DigitValue(r)
		if sc == arabic.NoScript {
			break
		}
		if digits == 0 {
			script = sc
		} else if sc != script {
			return 0, 0, false
		}
		if digits == max {
			return 0, 0, false // too many digits: not a number of this field
		}
		v = v*10 + dv
		digits++
		j += n
	}
	if digits == 0 {
		return 0, 0, false
	}
	p.i = j
	return v, digits, true
}

// word consumes one of keys (folded comparison, longest first) if it is
// next and ends at a word boundary.
func (p *parser) word(keys *keySet) bool {
	if _, n, ok := matchLongest(p.s[p.i:], keys); ok {
		p.i += n
		return true
	}
	return false
}

// Folded words the parser looks for, built once.
var (
	wordMin      = buildKeys([][]string{{"من"}})
	wordYear     = buildKeys([][]string{{"سنة", "عام", "لسنة", "لعام"}})
	eraWords     = buildKeys([][]string{{"هجرية", "هجري", "للهجرة", "هـ"}})
	eraASCII     = []string{"AH", "A.H.", "H"}
	commaRunes   = ",،"
	numericSeps  = "/-."
	yearMaxDigit = 4
)

func (p *parser) date() (Date, bool) {
	start := p.i
	// Optional weekday and comma.
	if _, n, ok := MatchWeekday(p.s[p.i:]); ok {
		p.i += n
		p.spaces()
		p.comma()
		p.spaces()
	}
	afterWeekday := p.i
	if d, ok := p.numeric(); ok {
		return d, true
	}
	p.i = afterWeekday
	if d, ok := p.arabic(); ok {
		return d, true
	}
	p.i = start
	return Date{}, false
}

func (p *parser) comma() bool {
	if p.i < len(p.s) {
		r, n := decodeRune(p.s[p.i:])
		for _, c := range commaRunes {
			if r == c {
				p.i += n
				return true
			}
		}
	}
	return false
}

// era consumes an optional era marker (after optional spaces) and keeps the
// spaces only if a marker follows.
func (p *parser) era() {
	save := p.i
	p.spaces()
	if p.word(&eraWords) {
		return
	}
	for _, w := range eraASCII {
		if len(p.s)-p.i >= len(w) && p.s[p.i:p.i+len(w)] == w {
			end := p.i + len(w)
			if end < len(p.s) && isASCIIAlnum(rune(p.s[end])) {
				continue
			}
			p.i = end
			return
		}
	}
	p.i = save
}

// arabic reads: day [من] month-name [،] [سنة|عام] year [era].
func (p *parser) arabic() (Date, bool) {
	day, _, ok := p.number(2)
	if !ok {
		return Date{}, p.fail("expected a day number")
	}
	p.spaces()
	if p.word(&wordMin) {
		p.spaces()
	}
	month, n, ok := MatchMonth(p.s[p.i:])
	if !ok {
		return Date{}, p.fail("expected a Hijri month name")
	}
	p.i += n
	p.spaces()
	if p.comma() {
		p.spaces()
	}
	if p.word(&wordYear) {
		p.spaces()
	}
	year, _, ok := p.number(yearMaxDigit)
	if !ok {
		return Date{}, p.fail("expected a year of at most four digits")
	}
	if !p.boundary() {
		return Date{}, p.fail("unexpected text after the year")
	}
	p.era()
	return Date{Year: year, Month: month, Day: day}, true
}

// numeric reads Y/M/D or D/M/Y with one separator throughout, then an
// optional era.
func (p *parser) numeric() (Date, bool) {
	a, na, ok := p.number(yearMaxDigit)
	if !ok || p.i >= len(p.s) {
		return Date{}, p.fail("expected a number")
	}
	sep := p.s[p.i]
	if !containsByte(numericSeps, sep) {
		return Date{}, p.fail("expected / - or . between numbers")
	}
	p.i++
	b, _, ok := p.number(2)
	if !ok || p.i >= len(p.s) || p.s[p.i] != sep {
		return Date{}, p.fail("expected a month number and a separator")
	}
	p.i++
	c, nc, ok := p.number(yearMaxDigit)
	if !ok {
		return Date{}, p.fail("expected a number")
	}
	// A separator or digit right after means something longer (a phone
	// number, a time, a version): not a date.
	if p.i < len(p.s) && containsByte(numericSeps, p.s[p.i]) && p.i+1 < len(p.s) && isDigitAt(p.s, p.i+1) {
		return Date{}, p.fail("more numbers than a date has")
	}
	if !p.boundary() {
		return Date{}, p.fail("unexpected text after the date")
	}
	var d Date
	switch {
	case na >= 3 && nc <= 2:
		d = Date{Year: a, Month: b, Day: c}
	case nc >= 3 && na <= 2:
		d = Date{Year: c, Month: b, Day: a}
	default:
		return Date{}, p.fail("cannot tell the year: it needs three or four digits")
	}
	p.era()
	return d, true
}

// boundary reports whether the text after p.i does not continue a word or
// number (so "1445x" or "14450" is not a year).
func (p *parser) boundary() bool {
	if p.i >= len(p.s) {
		return true
	}
	r, _ := decodeRune(p.s[p.i:])
	if isASCIIAlnum(r) || arabic.IsDigit(r) {
		return false
	}
	// An Arabic letter right after is allowed only if it starts an era
	// marker ("1445هـ").
	if arabic.IsWordRune(r) {
		save := p.i
		p.era()
		ok := p.i > save
		p.i = save
		return ok
	}
	return true
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func isDigitAt(s string, i int) bool {
	r, _ := decodeRune(s[i:])
	return arabic.IsDigit(r) || (r >= '0' && r <= '9')
}
