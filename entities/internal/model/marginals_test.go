package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestMarginalsBruteForce compares Marginals with the probabilities of all
// label sequences of a short sentence enumerated one by one, for random
// weights and transitions.
func TestMarginalsBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	m := &Model{Bits: 10, Scale: 1, Temp: 7, OBias: -3, W: make([]int8, (1<<10)*NumLabels)}
	for i := range m.W {
		m.W[i] = int8(r.IntN(61) - 30)
	}
	for a := range m.Trans {
		for b := range m.Trans[a] {
			m.Trans[a][b] = int32(r.IntN(41) - 20)
		}
	}
	m.prepare()
	const n = 3
	var seq Sequence
	seq.Reset()
	for i := 0; i < n; i++ {
		for k := 0; k < 4; k++ {
			seq.Feats = append(seq.Feats, r.Uint64())
		}
		seq.EndToken()
	}
	var d Decoder
	labels := d.Decode(m, &seq, nil)
	got := d.Marginals(m, &seq, labels, nil)
	emit := make([]float64, n*NumLabels)
	m.emissions(emit, &seq)
	var z float64
	var num [n]float64
	var ls [n]Label
	var rec func(i int, score float64)
	rec = func(i int, score float64) {
		if i == n {
			p := math.Exp(score / float64(m.Temp))
			z += p
			for k := range ls {
				if ls[k] == labels[k] {
					num[k] += p
				}
			}
			return
		}
		prev := Label(NumLabels)
		if i > 0 {
			prev = ls[i-1]
		}
		for y := Label(0); y < NumLabels; y++ {
			if !allowed(prev, y) {
				continue
			}
			ls[i] = y
			rec(i+1, score+emit[i*NumLabels+int(y)]+float64(m.Trans[prev][y]))
		}
	}
	rec(0, 0)
	for k := range num {
		if want := num[k] / z; math.Abs(got[k]-want) > 1e-9 {
			t.Errorf("marginal of token %d = %v, want %v", k, got[k], want)
		}
	}
}
