package model

import (
	"math"
	"math/rand/v2"
)

// Net is the second stage of the model: a window network (one hidden layer
// of rectified units, softmax over the labels) that reads the word vectors
// of a token and of NetWin tokens on each side, with a few indicator bits
// per token and the gazetteer bits of the centre token. It is trained apart
// from the linear model on the same sentences, and it is consulted only
// where the linear model is unsure (its label would have a probability
// below Tau against the best other path; see Decoder.DecodeNet): there
// Lambda·Scale·log p(y) is added to the emission score of every label y and
// the sentence is decoded again. The linear model sees words through hashed features
// and classes; the network sees where a word lies among all words of the
// unlabeled text, so the two err differently and their sum is better than
// either.
//
// A Net is immutable after training or decoding and safe for concurrent
// use.
type Net struct {
	Dim    int     // dimension of the word vectors
	Hid    int     // hidden units
	Lambda float32 // weight of the log-probabilities, in weight units (Model.Scale)
	Tau    float32 // probability below which a token is unsure (see DecodeNet)
	// VecScale turns a vector's int8 values into the network's inputs.
	VecScale float32
	// W1 is the first layer, input-major: input k's weights to the hidden
	// units are W1[k*Hid:(k+1)*Hid]. B1 is its bias.
	W1, B1 []float32
	// W2 is the output layer, label-major: label y's weights are
	// W2[y*Hid:(y+1)*Hid]. B2 is its bias.
	W2 []float32
	B2 [NumLabels]float32
}

// NetWin is the number of tokens on each side of the centre token that the
// network reads.
const NetWin = 2

// Per-token indicator bits of NetToken.Bits. NetPad is set by the network
// itself for a window position outside the sentence.
const (
	NetPunct   = 1 << iota // punctuation or symbol
	NetNumber              // digits
	NetLatin               // a word in another script
	NetArticle             // the stem starts with the article ال
	NetPre                 // the word has proclitics
	NetSuf                 // the word has enclitics
	NetNoVec               // the word has no vector
	NetPad                 // outside the sentence
	netBits    = 8
	netGazBits = 8
)

// NetToken is what the network knows of one token: its word vector (Dim
// int8 values; empty for none), indicator bits and gazetteer bits.
type NetToken struct {
	Vec  string
	Bits uint8
	Gaz  uint8
}

// NewNet returns an untrained network for vectors of dimension dim.
func NewNet(dim, hid int, vecScale float32, seed uint64) *Net {
	n := &Net{Dim: dim, Hid: hid, VecScale: vecScale}
	in := n.inputs()
	rng := rand.New(rand.NewPCG(seed, 0x6e6574))
	n.W1 = make([]float32, in*hid)
	n.B1 = make([]float32, hid)
	n.W2 = make([]float32, NumLabels*hid)
	a := float32(math.Sqrt(6 / float64(in+hid)))
	for i := range n.W1 {
		n.W1[i] = (2*rng.Float32() - 1) * a
	}
	a = float32(math.Sqrt(6 / float64(hid+NumLabels)))
	for i := range n.W2 {
		n.W2[i] = (2*rng.Float32() - 1) * a
	}
	return n
}

// inputs is the number of input units.
func (n *Net) inputs() int { return (2*NetWin+1)*(n.Dim+netBits) + netGazBits }

// netScratch is the per-call scratch of the network.
type netScratch struct {
	h  []float32
	dh []float32
	p  [NumLabels]float32
	// active lists the inputs that are not zero for the current token and
	// their values.
	active []int32
	vals   []float32
}

// input lists the non-zero inputs of token i of toks. With drop > 0 each
// vector of the window is left out with that probability (training).
func (n *Net) input(sc *netScratch, toks []NetToken, i int, drop float64, rng *rand.Rand) {
	sc.active, sc.vals = sc.active[:0], sc.vals[:0]
	slot := n.Dim + netBits
	for j := -NetWin; j <= NetWin; j++ {
		k := i + j
		o := (j + NetWin) * slot
		if k < 0 || k >= len(toks) {
			// Outside the sentence: only the NetPad bit (bit 7).
			sc.active = append(sc.active, int32(o+n.Dim+7))
			sc.vals = append(sc.vals, 1)
			continue
		}
		t := &toks[k]
		b := t.Bits
		vec := t.Vec
		if len(vec) != n.Dim {
			vec, b = "", b|NetNoVec
		} else if drop > 0 && rng.Float64() < drop {
			vec, b = "", b|NetNoVec
		}
		for d := 0; d < len(vec); d++ {
			if v := int8(vec[d]); v != 0 {
				sc.active = append(sc.active, int32(o+d))
				sc.vals = append(sc.vals, float32(v)*n.VecScale)
			}
		}
		for bit := 0; bit < netBits; bit++ {
			if b&(1<<bit) != 0 {
				sc.active = append(sc.active, int32(o+n.Dim+bit))
				sc.vals = append(sc.vals, 1)
			}
		}
	}
	o := (2*NetWin + 1) * slot
	g := toks[i].Gaz
	for bit := 0; bit < netGazBits; bit++ {
		if g&(1<<bit) != 0 {
			sc.active = append(sc.active, int32(o+bit))
			sc.vals = append(sc.vals, 1)
		}
	}
}

// forward computes the hidden layer and the label probabilities of the
// inputs listed in sc.
func (n *Net) forward(sc *netScratch) {
	if len(sc.h) != n.Hid {
		sc.h = make([]float32, n.Hid)
		sc.dh = make([]float32, n.Hid)
	}
	h := sc.h
	copy(h, n.B1)
	// Four inputs at a time: h is read and written once for four rows.
	act, vals := sc.active, sc.vals[:len(sc.active)]
	a := 0
	for ; a+4 <= len(act); a += 4 {
		v0, v1, v2, v3 := vals[a], vals[a+1], vals[a+2], vals[a+3]
		r0 := n.W1[int(act[a])*n.Hid:][:len(h)]
		r1 := n.W1[int(act[a+1])*n.Hid:][:len(h)]
		r2 := n.W1[int(act[a+2])*n.Hid:][:len(h)]
		r3 := n.W1[int(act[a+3])*n.Hid:][:len(h)]
		for j := range h {
			h[j] += v0*r0[j] + v1*r1[j] + v2*r2[j] + v3*r3[j]
		}
	}
	for ; a < len(act); a++ {
		v := vals[a]
		row := n.W1[int(act[a])*n.Hid:][:len(h)]
		for j := range h {
			h[j] += v * row[j]
		}
	}
	for j, v := range h {
		h[j] = max(v, 0)
	}
	mx := float32(math.Inf(-1))
	for y := 0; y < NumLabels; y++ {
		w := n.W2[y*n.Hid:][:len(h)]
		s := n.B2[y]
		for j, v := range h {
			s += w[j] * v
		}
		sc.p[y] = s
		mx = max(mx, s)
	}
	z := float32(0)
	for y := range sc.p {
		sc.p[y] = float32(math.Exp(float64(sc.p[y] - mx)))
		z += sc.p[y]
	}
	for y := range sc.p {
		sc.p[y] /= z
	}
}

// backward takes one gradient step of the cross-entropy of gold after
// forward.
func (n *Net) backward(sc *netScratch, gold Label, lr float32) {
	clear(sc.dh)
	for y := 0; y < NumLabels; y++ {
		g := sc.p[y]
		if Label(y) == gold {
			g--
		}
		w := n.W2[y*n.Hid:][:n.Hid]
		for j, v := range sc.h {
			sc.dh[j] += g * w[j]
			w[j] -= lr * g * v
		}
		n.B2[y] -= lr * g
	}
	for j := range sc.dh {
		if sc.h[j] <= 0 {
			sc.dh[j] = 0
		} else {
			sc.dh[j] *= lr
		}
	}
	for a, k := range sc.active {
		v := sc.vals[a]
		row := n.W1[int(k)*n.Hid:][:n.Hid]
		for j, g := range sc.dh {
			row[j] -= g * v
		}
	}
	for j, g := range sc.dh {
		n.B1[j] -= g
	}
}

// NetOptions are the training settings of TrainNet.
type NetOptions struct {
	Hid     int
	Epochs  int
	LR      float64 // learning rate of the first epoch, divided by 1+epoch after
	Dropout float64 // probability of leaving out a window vector
	Seed    uint64
}

// TrainNet trains a network by stochastic gradient descent on the
// cross-entropy of every token's gold label; sents[i] are the tokens of a
// sentence and gold[i] its labels.
func TrainNet(sents [][]NetToken, gold [][]Label, dim int, vecScale float32, o NetOptions) *Net {
	n := NewNet(dim, o.Hid, vecScale, o.Seed)
	rng := rand.New(rand.NewPCG(o.Seed, 99))
	type pos struct{ s, i int32 }
	var all []pos
	for s := range sents {
		for i := range sents[s] {
			all = append(all, pos{int32(s), int32(i)})
		}
	}
	var sc netScratch
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		lr := float32(o.LR / (1 + float64(ep)))
		for _, p := range all {
			n.input(&sc, sents[p.s], int(p.i), o.Dropout, rng)
			n.forward(&sc)
			n.backward(&sc, gold[p.s][p.i], lr)
		}
	}
	return n
}

// Probs returns the network's label probabilities for token i of toks.
func (n *Net) Probs(toks []NetToken, i int) [NumLabels]float32 {
	var sc netScratch
	n.input(&sc, toks, i, 0, nil)
	n.forward(&sc)
	return sc.p
}

// DecodeNet is Decode followed, when m has a network, by its second stage:
// the tokens where the linear model is unsure get the network's weighted
// log-probabilities added to their emissions, and the sequence is decoded
// again. A token is unsure when the best path that gives it another label
// scores within Temp·ln(Tau/(1−Tau)) of the best path: read as a choice
// between those two paths, its label has a probability below Tau. toks are
// the network's inputs for the tokens of s. The labels are appended to dst.
func (d *Decoder) DecodeNet(m *Model, s *Sequence, toks []NetToken, dst []Label) []Label {
	start := len(dst)
	dst = d.viterbi(m, s, dst)
	net := m.Net
	n := s.Len()
	if net == nil || len(toks) != n || n == 0 || net.Tau <= 0.5 {
		return dst
	}
	thr := math.Inf(1)
	if net.Tau < 1 {
		thr = float64(m.Temp) * math.Log(float64(net.Tau)/(1-float64(net.Tau)))
	}
	// Best scores of the suffix after each token given its label (the
	// emissions of the token itself excluded).
	const L = NumLabels
	tr := transTable(m)
	d.bmax = grow(d.bmax, n*L)
	clear(d.bmax[(n-1)*L:][:L])
	for i := n - 2; i >= 0; i-- {
		next := d.bmax[(i+1)*L:][:L]
		e := d.emit[(i+1)*L:][:L]
		cur := d.bmax[i*L:][:L]
		for x := 0; x < L; x++ {
			// x may be followed by O, a B- label, or the I- label of its
			// own type; the other transitions are -Inf.
			best := tr[x][O] + e[O] + next[O]
			for y := 1; y < L; y += 2 {
				if v := tr[x][y] + e[y] + next[y]; v > best {
					best = v
				}
			}
			if x != int(O) {
				iy := int(I(Label(x).Type()))
				if v := tr[x][iy] + e[iy] + next[iy]; v > best {
					best = v
				}
			}
			cur[x] = best
		}
	}
	labels := dst[start:]
	w := float64(net.Lambda) * float64(m.Scale)
	redo := false
	for i := 0; i < n; i++ {
		f, b := d.delta[i*L:][:L], d.bmax[i*L:][:L]
		y0 := int(labels[i])
		top := f[y0] + b[y0]
		other := math.Inf(-1)
		for y := 0; y < L; y++ {
			if v := f[y] + b[y]; y != y0 && v > other {
				other = v
			}
		}
		if top-other >= thr {
			continue
		}
		// The first pass's emissions are still in d.emit: add the
		// network's scores to them.
		net.input(&d.net, toks, i, 0, nil)
		net.forward(&d.net)
		row := d.emit[i*L:][:L]
		for y, q := range d.net.p {
			row[y] += w * math.Log(math.Max(float64(q), 1e-6))
		}
		redo = true
	}
	if !redo {
		return dst
	}
	return d.path(m, n, dst[:start])
}
