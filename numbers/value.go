package numbers

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Value is an exact number: ±coef × 10^exp ÷ den. Almost every number in
// text is a terminating decimal (den is 1): integers, "0.1", "1.5 مليون",
// "ثلاثة أرباع" (0.75). Fractions such as ثلث (1/3) keep their denominator,
// so no value found in text ever carries float drift.
//
// The coefficient is a uint64 with a separate sign, so a Value holds every
// int64 and every integer of up to 19 digits exactly (|n| ≤
// 18446744073709551615), and any decimal with up to 19 significant digits
// and an exponent within ±64. Larger values are reported as errors wrapping
// [ErrRange].
//
// The zero value is the number 0. Values are canonical (no trailing zeros
// in the coefficient, the fraction in lowest terms), so two Values are equal
// as numbers exactly when they are equal with ==.
type Value struct {
	neg  bool
	exp  int32
	coef uint64
	den  uint64 // 0 means 1; otherwise > 1, coprime with coef, no factor 2 or 5
}

const maxExp = 64

// NewValue returns coef × 10^exp, or an error wrapping [ErrRange] if the
// exponent (after removing trailing zeros of coef) is beyond ±64.
func NewValue(coef int64, exp int) (Value, error) {
	if coef < 0 {
		return makeValue(true, uint64(-(coef+1))+1, exp)
	}
	return makeValue(false, uint64(coef), exp)
}

// IntValue returns the integer n as a Value.
func IntValue(n int64) Value {
	v, _ := NewValue(n, 0)
	return v
}

// makeValue canonicalises ±coef × 10^exp.
func makeValue(neg bool, coef uint64, exp int) (Value, error) {
	if coef == 0 {
		return Value{}, nil
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	if exp > maxExp || exp < -maxExp {
		return Value{}, ErrRange
	}
	return Value{neg: neg, coef: coef, exp: int32(exp)}, nil
}

// RatValue returns the rational r as a Value, or an error wrapping
// [ErrRange] if it does not fit.
func RatValue(r *big.Rat) (Value, error) {
	if r.Sign() == 0 {
		return Value{}, nil
	}
	num := new(big.Int).Set(r.Num())
	den := new(big.Int).Set(r.Denom())
	exp := 0
	two, five, ten := big.NewInt(2), big.NewInt(5), big.NewInt(10)
	var q, m big.Int
	// Move factors 2 and 5 of the denominator into the exponent.
	for {
		q.QuoRem(den, two, &m)
		if m.Sign() != 0 {
			break
		}
		den.Set(&q)
		num.Mul(num, five)
		exp--
	}
	for {
		q.QuoRem(den, five, &m)
		if m.Sign() != 0 {
			break
		}
		den.Set(&q)
		num.Mul(num, two)
		exp--
	}
	for {
		q.QuoRem(num, ten, &m)
		if m.Sign() != 0 {
			break
		}
		num.Set(&q)
		exp++
	}
	neg := num.Sign() < 0
	num.Abs(num)
	if !num.IsUint64() || !den.IsUint64() || exp > maxExp || exp < -maxExp {
		return Value{}, ErrRange
	}
	d := Value{neg: neg, coef: num.Uint64(), exp: int32(exp)}
	if den.Cmp(big.NewInt(1)) != 0 {
		d.den = den.Uint64()
	}
	return d, nil
}

// Rat returns the exact value as a new big.Rat.
func (d Value) Rat() *big.Rat {
	r := new(big.Rat).SetInt(new(big.Int).SetUint64(d.coef))
	if d.neg {
		r.Neg(r)
	}
	if d.exp != 0 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.exp))), nil)
		if d.exp > 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	if d.den > 1 {
		r.Quo(r, new(big.Rat).SetInt(new(big.Int).SetUint64(d.den)))
	}
	return r
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// align returns the coefficients of two terminating values scaled to their
// smaller exponent, if that does not overflow.
func align(d, e Value) (a, b uint64, exp int, ok bool) {
	if d.den > 1 || e.den > 1 {
		return 0, 0, 0, false
	}
	a, b = d.coef, e.coef
	switch {
	case d.exp > e.exp:
		a, ok = scale10(a, int(d.exp-e.exp))
		exp = int(e.exp)
	case e.exp > d.exp:
		b, ok = scale10(b, int(e.exp-d.exp))
		exp = int(d.exp)
	default:
		ok, exp = true, int(d.exp)
	}
	return a, b, exp, ok
}

// scale10 returns c × 10^k if it fits.
func scale10(c uint64, k int) (uint64, bool) {
	for ; k > 0; k-- {
		hi, lo := bits.Mul64(c, 10)
		if hi != 0 {
			return 0, false
		}
		c = lo
	}
	return c, true
}

// Sign returns -1, 0 or +1.
func (d Value) Sign() int {
	switch {
	case d.coef == 0:
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// Neg returns -d.
func (d Value) Neg() Value {
	if d.coef != 0 {
		d.neg = !d.neg
	}
	return d
}

// IsInt reports whether d is an integer.
func (d Value) IsInt() bool { return d.den <= 1 && d.exp >= 0 }

// Terminating reports whether d has a finite decimal expansion (it is not a
// fraction such as 1/3), so that [Value.String] is exact.
func (d Value) Terminating() bool { return d.den <= 1 }

// Int64 returns d as an int64 and true if d is an integer that fits.
func (d Value) Int64() (int64, bool) {
	if !d.IsInt() {
		return 0, false
	}
	n := d.coef
	for i := int32(0); i < d.exp; i++ {
		if n > math.MaxUint64/10 {
			return 0, false
		}
		n *= 10
	}
	switch {
	case !d.neg && n <= math.MaxInt64:
		return int64(n), true
	case d.neg && n <= 1<<63:
		return int64(-n), true
	}
	return 0, false
}

// Cmp compares d and e and returns -1, 0 or +1.
func (d Value) Cmp(e Value) int {
	if d == e {
		return 0
	}
	if ds, es := d.Sign(), e.Sign(); ds != es {
		if ds < es {
			return -1
		}
		return 1
	}
	if a, b, _, ok := align(d, e); ok {
		c := 0
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		}
		if d.neg {
			c = -c
		}
		return c
	}
	return d.Rat().Cmp(e.Rat())
}

// Float64 returns the nearest float64 to d.
func (d Value) Float64() float64 {
	if d.den <= 1 {
		f, _ := strconv.ParseFloat(d.String(), 64)
		return f
	}
	f, _ := d.Rat().Float64()
	return f
}

// String returns d as a plain decimal without exponent: "0", "37124",
// "0.1", "-1.2", "1500000". A non-terminating fraction (see
// [Value.Terminating]) is rounded to 15 significant digits, as
// "0.333333333333333"; [Value.RatString] gives it exactly. The result is
// always a valid JSON number.
func (d Value) String() string {
	if d.den > 1 {
		// 15 significant digits, then plain notation.
		f, _ := strconv.ParseFloat(strconv.FormatFloat(d.Float64(), 'g', 15, 64), 64)
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return string(d.appendPlain(nil))
}

// AppendText appends the String form of d to b (encoding.TextAppender).
func (d Value) AppendText(b []byte) ([]byte, error) {
	if d.den > 1 {
		return append(b, d.String()...), nil
	}
	return d.appendPlain(b), nil
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (d Value) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// MarshalJSON writes d as a bare JSON number (its String form).
func (d Value) MarshalJSON() ([]byte, error) { return d.AppendText(nil) }

// RatString returns d exactly: the plain decimal for terminating values and
// "p/q" in lowest terms otherwise ("1/3", "311/3").
func (d Value) RatString() string {
	if d.den <= 1 {
		return d.String()
	}
	return d.Rat().String()
}

func (d Value) appendPlain(b []byte) []byte {
	if d.coef == 0 {
		return append(b, '0')
	}
	var buf [24]byte
	digits := strconv.AppendUint(buf[:0], d.coef, 10)
	if d.neg {
		b = append(b, '-')
	}
	switch e := int(d.exp); {
	case e >= 0:
		b = append(b, digits...)
		for i := 0; i < e; i++ {
			b = append(b, '0')
		}
	case -e < len(digits):
		p := len(digits) + e
		b = append(b, digits[:p]...)
		b = append(b, '.')
		b = append(b, digits[p:]...)
	default:
		b = append(b, '0', '.')
		for i := 0; i < -e-len(digits); i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return b
}

// add returns d+e exactly.
func (d Value) add(e Value) (Value, error) {
	if e.coef == 0 {
		return d, nil
	}
	if d.coef == 0 {
		return e, nil
	}
	if a, b, exp, ok := align(d, e); ok {
		switch {
		case d.neg == e.neg:
			if c := a + b; c >= a {
				return makeValue(d.neg, c, exp)
			}
		case a >= b:
			return makeValue(d.neg, a-b, exp)
		default:
			return makeValue(e.neg, b-a, exp)
		}
	}
	return RatValue(new(big.Rat).Add(d.Rat(), e.Rat()))
}

// mul returns d×e exactly.
func (d Value) mul(e Value) (Value, error) {
	if d.den <= 1 && e.den <= 1 {
		if hi, lo := bits.Mul64(d.coef, e.coef); hi == 0 {
			return makeValue(d.neg != e.neg, lo, int(d.exp)+int(e.exp))
		}
	}
	return RatValue(new(big.Rat).Mul(d.Rat(), e.Rat()))
}

// quo returns d÷e exactly; e must not be zero.
func (d Value) quo(e Value) (Value, error) {
	if e.coef == 0 {
		return Value{}, ErrRange
	}
	return RatValue(new(big.Rat).Quo(d.Rat(), e.Rat()))
}
