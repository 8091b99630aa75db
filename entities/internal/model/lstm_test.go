package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLSTMGradient checks the LSTM's backward pass against numerical
// derivatives of the cross-entropy.
func TestLSTMGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	l := &LSTM{Dim: 3, Hid: 2, VecScale: 0.05}
	in := l.in()
	for d := 0; d < 2; d++ {
		l.W[d] = make([]float32, 4*l.Hid*(in+l.Hid))
		l.B[d] = make([]float32, 4*l.Hid)
		for i := range l.W[d] {
			l.W[d][i] = float32(rng.NormFloat64() * 0.5)
		}
		for i := range l.B[d] {
			l.B[d][i] = float32(rng.NormFloat64() * 0.5)
		}
	}
	l.Wo = make([]float32, NumLabels*2*l.Hid)
	for i := range l.Wo {
		l.Wo[i] = float32(rng.NormFloat64() * 0.5)
	}
	toks := []NetToken{{Vec: string([]byte{10, 246, 30}), Bits: NetArticle, Gaz: 1}, {Vec: string([]byte{200, 5, 17})}, {Bits: NetPunct}, {Vec: string([]byte{1, 2, 3}), Gaz: 2}}
	gold := []Label{B(1), I(1), O, B(2)}
	loss := func() float64 {
		var sc lstmScratch
		l.forward(&sc, toks, 0, nil)
		s := 0.0
		for k, y := range gold {
			s -= math.Log(float64(sc.p[k*NumLabels+int(y)]))
		}
		return s
	}
	ps := l.paramList()
	ad := newAdam(ps)
	bo := make([]float32, NumLabels)
	var sc lstmScratch
	l.forward(&sc, toks, 0, nil)
	l.backward(&sc, gold, ad.g, bo)
	bad := 0
	for k, p := range ps {
		w := *p
		for i := range w {
			old := w[i]
			const h = 1e-2
			w[i] = old + h
			up := loss()
			w[i] = old - h
			down := loss()
			w[i] = old
			num := (up - down) / (2 * h)
			if got := float64(ad.g[k][i]); math.Abs(got-num) > 2e-3+0.02*math.Abs(num) {
				bad++
				if bad < 10 {
					t.Errorf("param %d[%d]: analytic %.5f, numeric %.5f", k, i, got, num)
				}
			}
		}
	}
}
