package numbers

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// numeral is a number written in digits, as scanned at one position.
type numeral struct {
	start, end int
	val        Value
	script     Script
	kind       Kind // Cardinal, Decimal, Percent or Fraction
	expo       int  // exponent read after the digits (1e10)
	// chain reports that the digits continue as a dotted or slashed chain
	// (an IP address 192.168.1.2, a date 5/17/2018); the numeral is then
	// only the first integer group.
	chain bool
}

// digitAt decodes the rune at i and returns its digit value and script
// (-1 and NoScript if it is not a digit), and its width.
func digitAt(s string, i int) (int, Script, int) {
	if i >= len(s) {
		return -1, NoScript, 0
	}
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), Western, 1
	}
	if c < utf8.RuneSelf {
		return -1, NoScript, 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	d, sc := arabic.DigitValue(r)
	return d, Script(sc), w
}

// accum accumulates the digits of a numeral into coef × 10^(z-frac).
type accum struct {
	coef uint64
	z    int // pending trailing zeros
	frac int // digits after the decimal separator
	over bool
}

func (a *accum) add(d int, fractional bool) {
	if fractional {
		a.frac++
	}
	if d == 0 {
		if a.coef != 0 {
			a.z++
		}
		return
	}
	for k := 0; k <= a.z; k++ {
		if a.coef > math.MaxUint64/10 {
			a.over = true
			return
		}
		a.coef *= 10
	}
	a.z = 0
	if a.coef > math.MaxUint64-uint64(d) {
		a.over = true
		return
	}
	a.coef += uint64(d)
}

func (a *accum) value(neg bool, exp int) (Value, error) {
	if a.over {
		return Value{}, ErrRange
	}
	return makeValue(neg, a.coef, a.z-a.frac+exp)
}

// digitRun counts the digits of script sc starting at i and returns the
// count and the end of the run.
func digitRun(s string, i int, sc Script) (n, j int) {
	j = i
	for {
		_, dsc, w := digitAt(s, j)
		if dsc != sc {
			return n, j
		}
		n++
		j += w
	}
}

// feed adds the digits of the run [i, j) to a.
func (a *accum) feed(s string, i, j int, fractional bool) {
	for i < j {
		d, _, w := digitAt(s, i)
		a.add(d, fractional)
		i += w
	}
}

// skipInvisible skips bidi and zero-width controls at i.
func skipInvisible(s string, i int) int {
	for i < len(s) && s[i] >= 0x80 {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !arabic.IsInvisible(r) {
			break
		}
		i += w
	}
	return i
}

// sepAt returns the separator rune at i (after invisible controls) and the
// position after it (and after invisible controls that follow).
func sepAt(s string, i int) (rune, int) {
	i = skipInvisible(s, i)
	if i >= len(s) {
		return 0, i
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return r, skipInvisible(s, i+w)
}

// isGroupSep reports whether r may separate groups of thousands.
func isGroupSep(r rune) bool {
	switch r {
	case ',', '\u066C', '\'', '\u060C', '.', ' ', '\u00A0', '\u2009', '\u202F':
		return true
	}
	return false
}

func isDecimalSep(r rune) bool { return r == '.' || r == '\u066B' || r == ',' }

func isDigitAt(s string, i int) bool {
	_, sc, _ := digitAt(s, i)
	return sc != NoScript
}

// group3 reports whether exactly three digits of script sc follow at i and
// no digit of any script follows them; it returns their end.
func group3(s string, i int, sc Script) (int, bool) {
	n, j := digitRun(s, i, sc)
	if n != 3 || isDigitAt(s, j) {
		return j, false
	}
	return j, true
}

// scanNumeral scans a numeral whose first rune (a sign, a percent sign, a
// digit or a decimal separator) is at i. chained says the numeral continues
// a dotted or slashed chain, so only an integer is read.
func scanNumeral(s string, i int, chained bool) (numeral, bool) {
	n := numeral{start: i}
	j := i
	neg, pctBefore := false, false
	if r, w := utf8.DecodeRuneInString(s[j:]); r == '-' || r == '\u2212' || r == '+' {
		neg = r != '+'
		j += w
	}
	if r, w := utf8.DecodeRuneInString(s[j:]); r == '%' || r == '\u066A' {
		pctBefore = true
		j += w
	}
	var a accum
	_, sc, _ := digitAt(s, j)
	if sc == NoScript {
		// A leading decimal separator: ".77", "٫٧٧".
		r, k := sepAt(s, j)
		if chained || (r != '.' && r != '\u066B') {
			return n, false
		}
		if _, sc, _ = digitAt(s, k); sc == NoScript {
			return n, false
		}
		_, e := digitRun(s, k, sc)
		a.feed(s, k, e, true)
		j = e
		n.kind = Decimal
	} else {
		j = scanInteger(s, j, sc, &a, chained)
		if !chained {
			j = scanFraction(s, j, sc, &a, &n)
		}
	}
	j = scanExponent(s, j, sc, &n)
	val, err := a.value(false, n.expo)
	if err != nil {
		// Too many digits for an exact value.
		n.end = j
		return n, false
	}
	if !n.chain && !chained {
		val, j = scanPower(s, j, sc, val, &n)
	}
	if neg {
		val = val.Neg()
	}
	n.val, n.script, n.end = val, sc, j
	if n.chain || chained {
		return n, true
	}
	if n.kind == Cardinal {
		j = scanSlash(s, j, sc, neg, &n)
	}
	if pctBefore {
		n.kind = Percent
		return n, true
	}
	// A percent sign after the digits, perhaps after one space.
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if r, w := utf8.DecodeRuneInString(s[k:]); (r == '%' || r == '\u066A') && n.kind != Fraction {
		n.kind = Percent
		n.end = k + w
	}
	return n, true
}

// scanInteger reads the integer digits at j with their thousands
// separators. The rule for separators:
//
//   - , ٬ ' ، and the thin, narrow and no-break spaces (and a plain space)
//     group thousands when every group after the first has exactly three
//     digits and the first has one to three; one separator character per
//     numeral.
//   - A period groups thousands only when it is repeated (1.250.000) or
//     followed by a decimal comma (1.250,5). A single period followed by
//     three digits is a decimal point: 37.124 is 37.124 and 1.250 is 1.25,
//     as in Arabic news, which writes thousands with a comma or not at all.
func scanInteger(s string, j int, sc Script, a *accum, chained bool) int {
	g1, e := digitRun(s, j, sc)
	a.feed(s, j, e, false)
	j = e
	if chained || g1 > 3 {
		return j
	}
	var gsep rune
	for {
		r, k := sepAt(s, j)
		if !isGroupSep(r) || (gsep != 0 && r != gsep) {
			return j
		}
		m, ok := group3(s, k, sc)
		if !ok {
			return j
		}
		if r == '.' && gsep == 0 {
			r2, k2 := sepAt(s, m)
			switch r2 {
			case '.':
				if _, ok2 := group3(s, k2, sc); !ok2 {
					return j
				}
			case ',':
				if c, _ := digitRun(s, k2, sc); c == 0 || c == 3 {
					return j
				}
			default:
				return j
			}
		}
		gsep = r
		a.feed(s, k, m, false)
		j = m
	}
}

// scanFraction reads a decimal part at j: a separator . ٫ or , (a comma
// only when it was not the thousands separator) and digits of script sc.
// A second separator followed by a digit makes a chain (192.168.1.2): the
// numeral is then only its integer part.
func scanFraction(s string, j int, sc Script, a *accum, n *numeral) int {
	r, k := sepAt(s, j)
	if !isDecimalSep(r) || strings.ContainsRune(s[n.start:j], r) {
		return j
	}
	c, e := digitRun(s, k, sc)
	if c == 0 {
		return j
	}
	if r2, k2 := sepAt(s, e); (r2 == '.' || r2 == '\u066B' || r2 == '/') && isDigitAt(s, k2) {
		n.chain = true
		return j
	}
	a.feed(s, k, e, true)
	n.kind = Decimal
	return e
}

// scanExponent reads an exponent e10, E+14, e-1 at j.
func scanExponent(s string, j int, sc Script, n *numeral) int {
	if n.chain || j >= len(s) || (s[j] != 'e' && s[j] != 'E') {
		return j
	}
	k := j + 1
	neg := false
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		neg = s[k] == '-'
		k++
	}
	c, e := digitRun(s, k, sc)
	if c == 0 || c > 2 || letterAt(s, e) {
		return j
	}
	v := 0
	for k < e {
		d, _, w := digitAt(s, k)
		v = v*10 + d
		k += w
	}
	if neg {
		v = -v
	}
	n.expo = v
	n.kind = Decimal
	return e
}

// scanPower reads a power ^n or ^-n (an integer exponent of at most two
// digits) after the number v, when the result is exact.
func scanPower(s string, j int, sc Script, v Value, n *numeral) (Value, int) {
	if j >= len(s) || s[j] != '^' {
		return v, j
	}
	k := j + 1
	neg := false
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		neg = s[k] == '-'
		k++
	}
	c, e := digitRun(s, k, sc)
	if c == 0 || c > 2 || isDigitAt(s, e) {
		return v, j
	}
	p := 0
	for k < e {
		d, _, w := digitAt(s, k)
		p = p*10 + d
		k += w
	}
	r := v.Rat()
	if r.Sign() == 0 && neg {
		return v, j
	}
	x := new(big.Rat).SetInt64(1)
	for range p {
		x.Mul(x, r)
	}
	if neg {
		x.Inv(x)
	}
	w, err := RatValue(x)
	if err != nil {
		return v, j
	}
	n.kind = Decimal
	return w, e
}

// scanSlash reads a fraction a/b after the integer a, or the a/b of a
// mixed number "2 1/4" after the integer 2. a/b/c is a chain (a date).
func scanSlash(s string, j int, sc Script, neg bool, n *numeral) int {
	if j < len(s) && s[j] == '/' {
		c, e := digitRun(s, j+1, sc)
		if c == 0 {
			return j
		}
		if (e < len(s) && s[e] == '/' && isDigitAt(s, e+1)) || c > 3 || digitCount(s[n.start:j]) > 3 {
			// a/b/c is a date; long groups (2222/2222) are codes.
			n.chain = true
			return j
		}
		var b accum
		b.feed(s, j+1, e, false)
		den, err := b.value(false, 0)
		if err != nil || den.Sign() == 0 {
			return j
		}
		q, err := n.val.quo(den)
		if err != nil {
			return j
		}
		n.val, n.kind, n.end = q, Fraction, e
		return e
	}
	r, k := sepAt(s, j)
	if r != ' ' && r != '\u00A0' {
		return j
	}
	c, e := digitRun(s, k, sc)
	if c == 0 || c > 2 || e >= len(s) || s[e] != '/' {
		return j
	}
	c2, e2 := digitRun(s, e+1, sc)
	if c2 == 0 || c2 > 2 || isDigitAt(s, e2) || (e2 < len(s) && s[e2] == '/') {
		return j
	}
	var p, q accum
	p.feed(s, k, e, false)
	q.feed(s, e+1, e2, false)
	pv, _ := p.value(neg, 0)
	qv, _ := q.value(false, 0)
	if qv.Sign() == 0 || pv.Cmp(qv) >= 0 || p.coef == 0 {
		return j
	}
	f, err := pv.quo(qv)
	if err != nil {
		return j
	}
	t, err := n.val.add(f)
	if err != nil {
		return j
	}
	n.val, n.kind, n.end = t, Fraction, e2
	return e2
}

// letterAt reports whether a letter (ASCII or Arabic) starts at i.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return arabic.IsWordRune(r)
}
