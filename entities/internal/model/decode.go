package model

import (
	"encoding/binary"
	"math"
)

// Sequence is the features of one sentence: token i's feature hashes are
// Feats[Off[i]:Off[i+1]]. len(Off) is the number of tokens + 1.
//
// Base, when not empty, holds NumLabels precomputed weight sums per token
// (Base[i*NumLabels:][:NumLabels]) that the emissions of a Model add to
// those of Feats: a tagger sums the features that depend only on the word
// once per word form (see Model.Sum) and leaves them out of Feats. A
// trainer leaves Base empty.
type Sequence struct {
	Feats []uint64
	Off   []int
	Base  []int32
}

// Len returns the number of tokens in s.
func (s *Sequence) Len() int {
	if len(s.Off) == 0 {
		return 0
	}
	return len(s.Off) - 1
}

// Reset empties s, keeping its buffers.
func (s *Sequence) Reset() {
	s.Feats = s.Feats[:0]
	s.Off = append(s.Off[:0], 0)
	s.Base = s.Base[:0]
}

// EndToken closes the current token: the features added since the last call
// belong to it.
func (s *Sequence) EndToken() { s.Off = append(s.Off, len(s.Feats)) }

// Decoder holds the scratch buffers for decoding one sequence at a time. The
// zero value is ready to use; a Decoder is not safe for concurrent use.
type Decoder struct {
	emit  []float64
	delta []float64
	back  []uint8
	alpha []float64
	beta  []float64
	bmax  []float64 // DecodeNet's best suffix scores
	net   netScratch
}

// scorer gives the emission score of (bucket, label) and transitions.
type scorer interface {
	emissions(dst []float64, s *Sequence)
	trans(a, b int) float64
}

func (m *Model) emissions(dst []float64, s *Sequence) {
	n := s.Len()
	base := len(s.Base) == n*NumLabels
	for i := 0; i < n; i++ {
		acc := m.Sum(s.Feats[s.Off[i]:s.Off[i+1]])
		if base {
			for y, b := range s.Base[i*NumLabels:][:NumLabels] {
				acc[y] += b
			}
		}
		acc[O] += m.OBias
		row := dst[i*NumLabels:][:NumLabels]
		for y := range row {
			row[y] = float64(acc[y])
		}
	}
}

// Sum returns the sums of the weights of feats for each label, without the
// label biases: a token's emission scores are the Sum of its features plus
// the biases, and sums over parts of its features add up exactly.
func (m *Model) Sum(feats []uint64) [NumLabels]int32 {
	if m.wb == nil || NumLabels != 9 {
		return m.sumSlow(feats)
	}
	mask := m.Mask()
	wb := m.wb
	// Labels 0..7 are summed eight at a time: the eight offset-binary bytes
	// of a row are split into two words of four 16-bit lanes (even and odd
	// labels), which cannot overflow within lanesMax features; label 8 is
	// summed apart.
	var acc [NumLabels]int32
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), lanesMax)]
		feats = feats[len(chunk):]
		var even, odd uint64
		var last int32
		for _, h := range chunk {
			o := int(h&mask) * NumLabels
			row := wb[o : o+NumLabels]
			v := binary.LittleEndian.Uint64(row)
			even += v & 0x00ff00ff00ff00ff
			odd += v >> 8 & 0x00ff00ff00ff00ff
			last += int32(row[8])
		}
		off := int32(len(chunk)) * 128
		for k := 0; k < 4; k++ {
			acc[2*k] += int32(even>>(16*k)&0xffff) - off
			acc[2*k+1] += int32(odd>>(16*k)&0xffff) - off
		}
		acc[8] += last - off
	}
	return acc
}

// lanesMax is the most features summed in one 16-bit lane run: 257 bytes of
// 255 fit in 65535.
const lanesMax = 256

// sumSlow is Sum one label at a time (a Model built without prepare).
func (m *Model) sumSlow(feats []uint64) [NumLabels]int32 {
	mask := m.Mask()
	var acc [NumLabels]int32
	for _, h := range feats {
		w := m.W[int(h&mask)*NumLabels:][:NumLabels]
		for y := range acc {
			acc[y] += int32(w[y])
		}
	}
	return acc
}

func (m *Model) trans(a, b int) float64 { return float64(m.Trans[a][b]) }

func grow(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// Decode appends to dst the best label sequence for s under m.
func (d *Decoder) Decode(m *Model, s *Sequence, dst []Label) []Label {
	return d.viterbi(m, s, dst)
}

func (d *Decoder) viterbi(sc scorer, s *Sequence, dst []Label) []Label {
	n := s.Len()
	if n == 0 {
		return dst
	}
	d.emit = grow(d.emit, n*NumLabels)
	sc.emissions(d.emit, s)
	return d.path(sc, n, dst)
}

// transTable returns the transition scores of sc with -Inf where a label
// may not follow another.
func transTable(sc scorer) [NumLabels + 1][NumLabels]float64 {
	if m, ok := sc.(*Model); ok && m.trOK && m.trSrc == m.Trans {
		return m.tr
	}
	var tr [NumLabels + 1][NumLabels]float64
	for a := 0; a <= NumLabels; a++ {
		for b := 0; b < NumLabels; b++ {
			if allowed(Label(a), Label(b)) {
				tr[a][b] = sc.trans(a, b)
			} else {
				tr[a][b] = math.Inf(-1)
			}
		}
	}
	return tr
}

// temperature returns m.Temp as Marginals reads it (1 when not set).
func temperature(m *Model) float64 {
	if m.Temp <= 0 {
		return 1
	}
	return float64(m.Temp)
}

// potTable returns the transition potentials of m at temperature t: 0
// where a label may not follow another.
func potTable(m *Model, t float64) [NumLabels + 1][NumLabels]float64 {
	var tr [NumLabels + 1][NumLabels]float64
	for a := 0; a <= NumLabels; a++ {
		for b := 0; b < NumLabels; b++ {
			if allowed(Label(a), Label(b)) {
				tr[a][b] = math.Exp(float64(m.Trans[a][b]) / t)
			}
		}
	}
	return tr
}

// path appends the best label sequence for the n tokens whose emission
// scores are in d.emit, with the transitions of sc.
func (d *Decoder) path(sc scorer, n int, dst []Label) []Label {
	d.delta = grow(d.delta, n*NumLabels)
	if cap(d.back) < n*NumLabels {
		d.back = make([]uint8, n*NumLabels)
	}
	d.back = d.back[:n*NumLabels]
	inf := math.Inf(-1)
	tr := transTable(sc)
	for y := 0; y < NumLabels; y++ {
		if allowed(NumLabels, Label(y)) {
			d.delta[y] = d.emit[y] + tr[NumLabels][y]
		} else {
			d.delta[y] = inf
		}
	}
	for i := 1; i < n; i++ {
		prev := d.delta[(i-1)*NumLabels:][:NumLabels]
		cur := d.delta[i*NumLabels:][:NumLabels]
		bk := d.back[i*NumLabels:][:NumLabels]
		for y := 0; y < NumLabels; y++ {
			best, arg := inf, 0
			lo, hi := 0, NumLabels-1
			if Label(y).Inside() {
				// Only its own B- and I- labels may precede an I- label;
				// the other transitions are -Inf.
				lo, hi = y-1, y
			}
			for x := lo; x <= hi; x++ {
				if v := prev[x] + tr[x][y]; v > best {
					best, arg = v, x
				}
			}
			cur[y] = best + d.emit[i*NumLabels+y]
			bk[y] = uint8(arg)
		}
	}
	last := d.delta[(n-1)*NumLabels:][:NumLabels]
	arg := 0
	for y := 1; y < NumLabels; y++ {
		if last[y] > last[arg] {
			arg = y
		}
	}
	start := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, O)
	}
	out := dst[start:]
	for i := n - 1; i >= 0; i-- {
		out[i] = Label(arg)
		arg = int(d.back[i*NumLabels+arg])
	}
	return dst
}

// Marginals appends to dst, for each token of s, the probability of the
// label labels[i] at position i under the model read as a linear-chain CRF
// with temperature m.Temp (scaled forward-backward in probability space).
// It must follow a Decode or DecodeNet of the same sequence with the same
// Decoder, which computed the emissions; it turns them into potentials in
// place, so it can be called once per decode.
func (d *Decoder) Marginals(m *Model, s *Sequence, labels []Label, dst []float64) []float64 {
	n := s.Len()
	if n == 0 {
		return dst
	}
	t := temperature(m)
	const L = NumLabels
	d.alpha = grow(d.alpha, n*L)
	d.beta = grow(d.beta, n*L)
	e := d.emit
	// Emission potentials, scaled per token by their maximum.
	for i := 0; i < n; i++ {
		row := e[i*L:][:L]
		mx := row[0]
		for _, v := range row[1:] {
			mx = max(mx, v)
		}
		for y := range row {
			row[y] = math.Exp((row[y] - mx) / t)
		}
	}
	tr := m.pt
	if !m.trOK || m.trSrc != m.Trans || m.ptTemp != m.Temp {
		tr = potTable(m, t)
	}
	// Forward, normalising each step.
	sum := 0.0
	for y := 0; y < L; y++ {
		d.alpha[y] = e[y] * tr[L][y]
		sum += d.alpha[y]
	}
	normalize(d.alpha[:L], sum)
	for i := 1; i < n; i++ {
		prev := d.alpha[(i-1)*L:][:L]
		cur := d.alpha[i*L:][:L]
		sum = 0
		for y := 0; y < L; y++ {
			v := 0.0
			if Label(y).Inside() {
				// Only its own B- and I- labels may precede an I- label
				// (the other transitions are zero).
				v = prev[y-1]*tr[y-1][y] + prev[y]*tr[y][y]
			} else {
				for x := 0; x < L; x++ {
					v += prev[x] * tr[x][y]
				}
			}
			v *= e[i*L+y]
			cur[y] = v
			sum += v
		}
		normalize(cur, sum)
	}
	for y := 0; y < L; y++ {
		d.beta[(n-1)*L+y] = 1
	}
	for i := n - 2; i >= 0; i-- {
		next := d.beta[(i+1)*L:][:L]
		cur := d.beta[i*L:][:L]
		sum = 0
		// en[y] is the next token's potential times its beta; the
		// labels an I- label may follow are summed apart.
		var en [L]float64
		for y := 0; y < L; y++ {
			en[y] = e[(i+1)*L+y] * next[y]
		}
		for x := 0; x < L; x++ {
			v := tr[x][O] * en[O]
			for y := 1; y < L; y += 2 {
				v += tr[x][y] * en[y]
			}
			if x != int(O) {
				// x may be followed by the I- label of its own type.
				iy := int(I(Label(x).Type()))
				v += tr[x][iy] * en[iy]
			}
			cur[x] = v
			sum += v
		}
		normalize(cur, sum)
	}
	for i := 0; i < n; i++ {
		a, b := d.alpha[i*L:][:L], d.beta[i*L:][:L]
		z := 0.0
		for y := 0; y < L; y++ {
			z += a[y] * b[y]
		}
		y := int(labels[i])
		p := 0.0
		if z > 0 {
			p = a[y] * b[y] / z
		}
		if p > 1 || math.IsNaN(p) {
			p = 1
		}
		dst = append(dst, p)
	}
	return dst
}

func normalize(v []float64, sum float64) {
	if sum <= 0 || math.IsInf(sum, 0) || math.IsNaN(sum) {
		for i := range v {
			v[i] = 1 / float64(len(v))
		}
		return
	}
	for i := range v {
		v[i] /= sum
	}
}

func logSumExp(v []float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		if x > m {
			m = x
		}
	}
	if math.IsInf(m, -1) {
		return m
	}
	s := 0.0
	for _, x := range v {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}
