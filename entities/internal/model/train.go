package model

import "math"

// Trainer learns a Model with the averaged structured perceptron (Collins
// 2002): decode each training sequence with the current weights, and where
// the best path differs from the gold labels add the gold features and
// subtract the predicted ones. The returned model uses the average of the
// weights over all steps, which generalises much better than the last
// weights. Averaging is done lazily: u accumulates step*update.
type Trainer struct {
	bits   uint8
	w, u   []float64
	tw, tu [NumLabels + 1][NumLabels]float64
	step   float64
	dec    Decoder
	pred   []Label
	// Cost is the margin asked of every label decision during training (0:
	// plain perceptron); MissCost multiplies it where the gold label is an
	// entity label.
	Cost, MissCost float64
}

// NewTrainer returns a Trainer with 2^bits feature buckets.
func NewTrainer(bits uint8) *Trainer {
	n := (1 << bits) * NumLabels
	return &Trainer{bits: bits, w: make([]float64, n), u: make([]float64, n)}
}

type trainScorer struct {
	t    *Trainer
	gold []Label
}

func (s trainScorer) emissions(dst []float64, seq *Sequence) {
	mask := uint64(1)<<s.t.bits - 1
	for i := 0; i < seq.Len(); i++ {
		row := dst[i*NumLabels:][:NumLabels]
		clear(row)
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			w := s.t.w[int(h&mask)*NumLabels:][:NumLabels]
			for y := range row {
				row[y] += w[y]
			}
		}
		// Cost-augmented decoding: every wrong label gets a bonus, so that
		// the weights learn a margin; missing an entity costs more than a
		// false alarm.
		if s.gold != nil && s.t.Cost > 0 {
			g := s.gold[i]
			for y := range row {
				if Label(y) != g {
					c := s.t.Cost
					if g != O {
						c *= s.t.MissCost
					}
					row[y] += c
				}
			}
		}
	}
}

func (s trainScorer) trans(a, b int) float64 { return s.t.tw[a][b] }

// Step trains on one sequence with gold labels and reports whether the
// prediction was already correct.
func (t *Trainer) Step(seq *Sequence, gold []Label) bool {
	t.step++
	t.pred = t.dec.viterbi(trainScorer{t, gold}, seq, t.pred[:0])
	same := true
	for i := range gold {
		if gold[i] != t.pred[i] {
			same = false
			break
		}
	}
	if same {
		return true
	}
	mask := uint64(1)<<t.bits - 1
	c := t.step
	for i := range gold {
		g, p := int(gold[i]), int(t.pred[i])
		pg, pp := NumLabels, NumLabels
		if i > 0 {
			pg, pp = int(gold[i-1]), int(t.pred[i-1])
		}
		if g != p || pg != pp {
			t.tw[pg][g]++
			t.tu[pg][g] += c
			t.tw[pp][p]--
			t.tu[pp][p] -= c
		}
		if g == p {
			continue
		}
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			b := int(h&mask) * NumLabels
			t.w[b+g]++
			t.u[b+g] += c
			t.w[b+p]--
			t.u[b+p] -= c
		}
	}
	return false
}

// Averaged returns the averaged weights and transitions (float, not
// quantised).
func (t *Trainer) Averaged() ([]float64, [NumLabels + 1][NumLabels]float64) {
	c := t.step + 1
	w := make([]float64, len(t.w))
	for i := range t.w {
		w[i] = t.w[i] - t.u[i]/c
	}
	var tw [NumLabels + 1][NumLabels]float64
	for a := range t.tw {
		for b := range t.tw[a] {
			tw[a][b] = t.tw[a][b] - t.tu[a][b]/c
		}
	}
	return w, tw
}

// Model returns the averaged weights quantised (see Quantize).
func (t *Trainer) Model() *Model {
	w, tw := t.Averaged()
	return Quantize(t.bits, w, tw)
}

// Quantize returns a Model with the weights w and transitions tw quantised
// to int8 (a smaller table stays in cache: tagging speed is bound by these
// lookups). Weights are scaled so that the largest absolute weight maps to
// 127; on the dev split this costs nothing measurable against int16.
func Quantize(bits uint8, w []float64, tw [NumLabels + 1][NumLabels]float64) *Model {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := 127 / maxAbs
	m := &Model{Bits: bits, Scale: float32(scale), W: make([]int8, len(w)), Temp: 1}
	for i, v := range w {
		m.W[i] = int8(max(-127, min(127, math.Round(v*scale))))
	}
	for a := range tw {
		for b := range tw[a] {
			m.Trans[a][b] = int32(math.Round(tw[a][b] * scale))
		}
	}
	m.prepare()
	return m
}
