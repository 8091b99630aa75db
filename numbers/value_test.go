package numbers

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestValueArithmetic checks add, mul, quo and Cmp against math/big.
func TestValueArithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	rnd := func() Value {
		v, _ := NewValue(r.Int64()>>r.IntN(63), r.IntN(12)-6)
		return v
	}
	for range 20000 {
		a, b := rnd(), rnd()
		ra, rb := a.Rat(), b.Rat()
		if s, err := a.add(b); err == nil && s.Rat().Cmp(new(big.Rat).Add(ra, rb)) != 0 {
			t.Fatalf("%s + %s = %s", a, b, s)
		}
		if p, err := a.mul(b); err == nil && p.Rat().Cmp(new(big.Rat).Mul(ra, rb)) != 0 {
			t.Fatalf("%s × %s = %s", a, b, p)
		}
		if b.Sign() != 0 {
			if q, err := a.quo(b); err == nil && q.Rat().Cmp(new(big.Rat).Quo(ra, rb)) != 0 {
				t.Fatalf("%s ÷ %s = %s", a, b, q)
			}
		}
		if c := a.Cmp(b); c != ra.Cmp(rb) {
			t.Fatalf("Cmp(%s, %s) = %d", a, b, c)
		}
		if back, err := RatValue(ra); err != nil || back != a {
			t.Fatalf("RatValue(%s) = %s, %v", ra, back, err)
		}
	}
}

func TestValueString(t *testing.T) {
	tests := []struct {
		coef int64
		exp  int
		want string
	}{
		{0, 0, "0"}, {1, -1, "0.1"}, {15, 5, "1500000"}, {-12, -1, "-1.2"}, {5, -3, "0.005"},
		{-9223372036854775808, 0, "-9223372036854775808"},
	}
	for _, tt := range tests {
		v, err := NewValue(tt.coef, tt.exp)
		if err != nil || v.String() != tt.want {
			t.Errorf("NewValue(%d, %d) = %s, %v; want %s", tt.coef, tt.exp, v, err, tt.want)
		}
	}
	if _, err := NewValue(1, 65); err == nil {
		t.Error("NewValue(1, 65): no error")
	}
}
