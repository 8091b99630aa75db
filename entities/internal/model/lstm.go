package model

import (
	"math"
	"math/rand/v2"
)

// LSTM is an experimental sentence encoder for the second stage: a
// bidirectional LSTM over the same per-token inputs as Net (word vector,
// indicator bits, gazetteer bits), with a softmax over the labels on the
// two directions' states. It is not part of the model file.
type LSTM struct {
	Dim, Hid int
	VecScale float32
	// Per direction d (0 forward, 1 backward): W[d] is gate-major, 4·Hid
	// rows of (in+Hid) weights (input then recurrent), in the order
	// input, forget, output, candidate; B[d] the 4·Hid biases.
	W [2][]float32
	B [2][]float32
	// Wo is label-major: label y's weights over [hf; hb] are
	// Wo[y*2*Hid:(y+1)*2*Hid].
	Wo []float32
	Bo [NumLabels]float32
}

func (l *LSTM) in() int { return l.Dim + netBits + netGazBits }

// lstmStep is one direction's activations at one position.
type lstmRun struct {
	x          []float32 // n × in
	i, f, o, g []float32 // n × Hid
	c, h       []float32 // n × Hid
}

func (r *lstmRun) reset(n, in, hid int) {
	grow32 := func(b []float32, k int) []float32 {
		if cap(b) < k {
			return make([]float32, k)
		}
		return b[:k]
	}
	r.x = grow32(r.x, n*in)
	r.i = grow32(r.i, n*hid)
	r.f = grow32(r.f, n*hid)
	r.o = grow32(r.o, n*hid)
	r.g = grow32(r.g, n*hid)
	r.c = grow32(r.c, n*hid)
	r.h = grow32(r.h, n*hid)
}

func sigm(x float32) float32 { return 1 / (1 + float32(math.Exp(float64(-x)))) }
func tanh32(x float32) float32 {
	return float32(math.Tanh(float64(x)))
}

// inputs fills x (n × in) for toks; drop leaves out vectors in training.
func (l *LSTM) inputs(x []float32, toks []NetToken, drop float64, rng *rand.Rand) {
	in := l.in()
	clear(x)
	for k := range toks {
		row := x[k*in:][:in]
		t := &toks[k]
		b := t.Bits
		vec := t.Vec
		if len(vec) != l.Dim || drop > 0 && rng.Float64() < drop {
			vec, b = "", b|NetNoVec
		}
		for d := 0; d < len(vec); d++ {
			row[d] = float32(int8(vec[d])) * l.VecScale
		}
		for bit := 0; bit < netBits; bit++ {
			if b&(1<<bit) != 0 {
				row[l.Dim+bit] = 1
			}
		}
		for bit := 0; bit < netGazBits; bit++ {
			if t.Gaz&(1<<bit) != 0 {
				row[l.Dim+netBits+bit] = 1
			}
		}
	}
}

// run computes direction d over the n positions of x (already in r.x).
func (l *LSTM) run(d int, r *lstmRun, n int, z []float32) {
	H, in := l.Hid, l.in()
	W, B := l.W[d], l.B[d]
	cols := in + H
	for s := 0; s < n; s++ {
		t := s
		if d == 1 {
			t = n - 1 - s
		}
		prev := -1
		if s > 0 {
			prev = t - 1
			if d == 1 {
				prev = t + 1
			}
		}
		x := r.x[t*in:][:in]
		copy(z, B)
		for q := 0; q < 4*H; q++ {
			w := W[q*cols:][:cols]
			acc := z[q]
			for k, v := range x {
				acc += w[k] * v
			}
			if prev >= 0 {
				hp := r.h[prev*H:][:H]
				wh := w[in:][:H]
				for k, v := range hp {
					acc += wh[k] * v
				}
			}
			z[q] = acc
		}
		for j := 0; j < H; j++ {
			ig, fg, og, gg := sigm(z[j]), sigm(z[H+j]), sigm(z[2*H+j]), tanh32(z[3*H+j])
			cp := float32(0)
			if prev >= 0 {
				cp = r.c[prev*H+j]
			}
			c := fg*cp + ig*gg
			r.i[t*H+j], r.f[t*H+j], r.o[t*H+j], r.g[t*H+j] = ig, fg, og, gg
			r.c[t*H+j] = c
			r.h[t*H+j] = og * tanh32(c)
		}
	}
}

// lstmScratch is the per-sentence work space.
type lstmScratch struct {
	r  [2]lstmRun
	z  []float32
	p  []float32 // n × NumLabels
	dh [2][]float32
	dc []float32
	dz []float32
}

func (l *LSTM) forward(sc *lstmScratch, toks []NetToken, drop float64, rng *rand.Rand) {
	n := len(toks)
	H, in := l.Hid, l.in()
	if len(sc.z) != 4*H {
		sc.z = make([]float32, 4*H)
		sc.dz = make([]float32, 4*H)
		sc.dc = make([]float32, H)
	}
	for d := 0; d < 2; d++ {
		sc.r[d].reset(n, in, H)
	}
	l.inputs(sc.r[0].x, toks, drop, rng)
	copy(sc.r[1].x, sc.r[0].x)
	l.run(0, &sc.r[0], n, sc.z)
	l.run(1, &sc.r[1], n, sc.z)
	if cap(sc.p) < n*NumLabels {
		sc.p = make([]float32, n*NumLabels)
	}
	sc.p = sc.p[:n*NumLabels]
	for t := 0; t < n; t++ {
		hf, hb := sc.r[0].h[t*H:][:H], sc.r[1].h[t*H:][:H]
		p := sc.p[t*NumLabels:][:NumLabels]
		mx := float32(math.Inf(-1))
		for y := 0; y < NumLabels; y++ {
			w := l.Wo[y*2*H:][:2*H]
			s := l.Bo[y]
			for j := 0; j < H; j++ {
				s += w[j]*hf[j] + w[H+j]*hb[j]
			}
			p[y] = s
			mx = max(mx, s)
		}
		z := float32(0)
		for y := range p {
			p[y] = float32(math.Exp(float64(p[y] - mx)))
			z += p[y]
		}
		for y := range p {
			p[y] /= z
		}
	}
}

// Probs appends the label probabilities of every token of toks to dst.
func (l *LSTM) Probs(toks []NetToken, dst [][NumLabels]float32) [][NumLabels]float32 {
	var sc lstmScratch
	l.forward(&sc, toks, 0, nil)
	for t := range toks {
		var p [NumLabels]float32
		copy(p[:], sc.p[t*NumLabels:])
		dst = append(dst, p)
	}
	return dst
}

// lstmGrad holds gradients and Adam moments for all parameters.
type lstmAdam struct {
	params []*[]float32
	m, v   [][]float32
	g      [][]float32
	t      int
}

func (l *LSTM) paramList() []*[]float32 {
	return []*[]float32{&l.W[0], &l.B[0], &l.W[1], &l.B[1], &l.Wo}
}

func newAdam(ps []*[]float32) *lstmAdam {
	a := &lstmAdam{params: ps}
	for _, p := range ps {
		a.m = append(a.m, make([]float32, len(*p)))
		a.v = append(a.v, make([]float32, len(*p)))
		a.g = append(a.g, make([]float32, len(*p)))
	}
	return a
}

func (a *lstmAdam) step(lr float32) {
	a.t++
	const b1, b2, eps = 0.9, 0.999, 1e-8
	c1 := 1 - float32(math.Pow(b1, float64(a.t)))
	c2 := 1 - float32(math.Pow(b2, float64(a.t)))
	// Clip the global norm at 5.
	norm := 0.0
	for _, g := range a.g {
		for _, v := range g {
			norm += float64(v) * float64(v)
		}
	}
	scale := float32(1)
	if norm = math.Sqrt(norm); norm > 5 {
		scale = float32(5 / norm)
	}
	for k, p := range a.params {
		w, m, v, g := *p, a.m[k], a.v[k], a.g[k]
		for i := range w {
			gi := g[i] * scale
			m[i] = b1*m[i] + (1-b1)*gi
			v[i] = b2*v[i] + (1-b2)*gi*gi
			w[i] -= lr * (m[i] / c1) / (float32(math.Sqrt(float64(v[i]/c2))) + eps)
			g[i] = 0
		}
	}
}

// backward accumulates the gradients of the cross-entropy of gold into a.g
// after forward.
func (l *LSTM) backward(sc *lstmScratch, gold []Label, ag [][]float32, bo []float32) {
	n := len(gold)
	H, in := l.Hid, l.in()
	cols := in + H
	gW := [2][]float32{ag[0], ag[2]}
	gB := [2][]float32{ag[1], ag[3]}
	gWo := ag[4]
	for d := 0; d < 2; d++ {
		if cap(sc.dh[d]) < n*H {
			sc.dh[d] = make([]float32, n*H)
		}
		sc.dh[d] = sc.dh[d][:n*H]
		clear(sc.dh[d])
	}
	for t := 0; t < n; t++ {
		p := sc.p[t*NumLabels:][:NumLabels]
		hf, hb := sc.r[0].h[t*H:][:H], sc.r[1].h[t*H:][:H]
		for y := 0; y < NumLabels; y++ {
			g := p[y]
			if Label(y) == gold[t] {
				g--
			}
			w := l.Wo[y*2*H:][:2*H]
			gw := gWo[y*2*H:][:2*H]
			for j := 0; j < H; j++ {
				sc.dh[0][t*H+j] += g * w[j]
				sc.dh[1][t*H+j] += g * w[H+j]
				gw[j] += g * hf[j]
				gw[H+j] += g * hb[j]
			}
			bo[y] += g
		}
	}
	for d := 0; d < 2; d++ {
		r := &sc.r[d]
		W := l.W[d]
		clear(sc.dc)
		for s := n - 1; s >= 0; s-- {
			t := s
			if d == 1 {
				t = n - 1 - s
			}
			prev := -1
			if s > 0 {
				prev = t - 1
				if d == 1 {
					prev = t + 1
				}
			}
			for j := 0; j < H; j++ {
				k := t*H + j
				dh := sc.dh[d][k]
				c := r.c[k]
				tc := tanh32(c)
				og, ig, fg, gg := r.o[k], r.i[k], r.f[k], r.g[k]
				dc := sc.dc[j] + dh*og*(1-tc*tc)
				do := dh * tc
				cp := float32(0)
				if prev >= 0 {
					cp = r.c[prev*H+j]
				}
				sc.dz[j] = dc * gg * ig * (1 - ig)
				sc.dz[H+j] = dc * cp * fg * (1 - fg)
				sc.dz[2*H+j] = do * og * (1 - og)
				sc.dz[3*H+j] = dc * ig * (1 - gg*gg)
				sc.dc[j] = dc * fg
			}
			x := r.x[t*in:][:in]
			for q := 0; q < 4*H; q++ {
				dz := sc.dz[q]
				if dz == 0 {
					continue
				}
				gw := gW[d][q*cols:][:cols]
				for k, v := range x {
					gw[k] += dz * v
				}
				gB[d][q] += dz
				if prev >= 0 {
					hp := r.h[prev*H:][:H]
					w := W[q*cols+in:][:H]
					ghp := sc.dh[d][prev*H:][:H]
					gwh := gw[in:][:H]
					for k, v := range hp {
						gwh[k] += dz * v
						ghp[k] += dz * w[k]
					}
				}
			}
		}
	}
}

// TrainLSTM trains an LSTM on whole sentences with Adam (one step per
// sentence).
func TrainLSTM(sents [][]NetToken, gold [][]Label, dim int, vecScale float32, o NetOptions) *LSTM {
	l := &LSTM{Dim: dim, Hid: o.Hid, VecScale: vecScale}
	in := l.in()
	rng := rand.New(rand.NewPCG(o.Seed, 0x6c73746d))
	a := float32(math.Sqrt(6 / float64(in+2*o.Hid)))
	for d := 0; d < 2; d++ {
		l.W[d] = make([]float32, 4*o.Hid*(in+o.Hid))
		l.B[d] = make([]float32, 4*o.Hid)
		for i := range l.W[d] {
			l.W[d][i] = (2*rng.Float32() - 1) * a
		}
		for j := 0; j < o.Hid; j++ {
			l.B[d][o.Hid+j] = 1 // forget gate bias
		}
	}
	l.Wo = make([]float32, NumLabels*2*o.Hid)
	a = float32(math.Sqrt(6 / float64(2*o.Hid+NumLabels)))
	for i := range l.Wo {
		l.Wo[i] = (2*rng.Float32() - 1) * a
	}
	ps := l.paramList()
	bo := make([]float32, NumLabels)
	ad := newAdam(append(ps, &bo))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var sc lstmScratch
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := float32(o.LR / (1 + 0.5*float64(ep)))
		for _, s := range order {
			if len(sents[s]) == 0 {
				continue
			}
			copy(bo, l.Bo[:])
			l.forward(&sc, sents[s], o.Dropout, rng)
			l.backward(&sc, gold[s], ad.g, ad.g[5])
			ad.step(lr)
			copy(l.Bo[:], bo)
		}
	}
	return l
}
