package model

import "math"

// Sequence is the features of one sentence: token i's feature hashes are
// Feats[Off[i]:Off[i+1]]. len(Off) is the number of tokens + 1.
type Sequence struct {
	Feats []uint64
	Off   []int
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
}

// scorer gives the emission score of (bucket, label) and transitions.
type scorer interface {
	emissions(dst []float64, s *Sequence)
	trans(a, b int) float64
}

func (m *Model) emissions(dst []float64, s *Sequence) {
	mask := m.Mask()
	n := s.Len()
	for i := 0; i < n; i++ {
		var acc [NumLabels]int32
		for _, h := range s.Feats[s.Off[i]:s.Off[i+1]] {
			w := m.W[int(h&mask)*NumLabels:][:NumLabels]
			for y := range acc {
				acc[y] += int32(w[y])
			}
		}
		acc[O] += m.OBias
		row := dst[i*NumLabels:][:NumLabels]
		for y := range row {
			row[y] = float64(acc[y])
		}
	}
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
	d.delta = grow(d.delta, n*NumLabels)
	if cap(d.back) < n*NumLabels {
		d.back = make([]uint8, n*NumLabels)
	}
	d.back = d.back[:n*NumLabels]
	inf := math.Inf(-1)
	for y := 0; y < NumLabels; y++ {
		if allowed(NumLabels, Label(y)) {
			d.delta[y] = d.emit[y] + sc.trans(NumLabels, y)
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
			for x := 0; x < NumLabels; x++ {
				if !allowed(Label(x), Label(y)) {
					continue
				}
				if v := prev[x] + sc.trans(x, y); v > best {
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
// with temperature m.Temp (forward-backward). It must follow a Decode of the
// same sequence with the same Decoder, which computed the emissions.
func (d *Decoder) Marginals(m *Model, s *Sequence, labels []Label, dst []float64) []float64 {
	n := s.Len()
	if n == 0 {
		return dst
	}
	t := float64(m.Temp)
	if t <= 0 {
		t = 1
	}
	d.alpha = grow(d.alpha, n*NumLabels)
	d.beta = grow(d.beta, n*NumLabels)
	e := d.emit
	var tr [NumLabels + 1][NumLabels]float64
	for a := 0; a <= NumLabels; a++ {
		for b := 0; b < NumLabels; b++ {
			if allowed(Label(a), Label(b)) {
				tr[a][b] = float64(m.Trans[a][b]) / t
			} else {
				tr[a][b] = math.Inf(-1)
			}
		}
	}
	for y := 0; y < NumLabels; y++ {
		d.alpha[y] = e[y]/t + tr[NumLabels][y]
	}
	var tmp [NumLabels]float64
	for i := 1; i < n; i++ {
		for y := 0; y < NumLabels; y++ {
			for x := 0; x < NumLabels; x++ {
				tmp[x] = d.alpha[(i-1)*NumLabels+x] + tr[x][y]
			}
			d.alpha[i*NumLabels+y] = logSumExp(tmp[:]) + e[i*NumLabels+y]/t
		}
	}
	for y := 0; y < NumLabels; y++ {
		d.beta[(n-1)*NumLabels+y] = 0
	}
	for i := n - 2; i >= 0; i-- {
		for x := 0; x < NumLabels; x++ {
			for y := 0; y < NumLabels; y++ {
				tmp[y] = tr[x][y] + e[(i+1)*NumLabels+y]/t + d.beta[(i+1)*NumLabels+y]
			}
			d.beta[i*NumLabels+x] = logSumExp(tmp[:])
		}
	}
	z := logSumExp(d.alpha[(n-1)*NumLabels:][:NumLabels])
	for i := 0; i < n; i++ {
		y := int(labels[i])
		p := math.Exp(d.alpha[i*NumLabels+y] + d.beta[i*NumLabels+y] - z)
		if p > 1 || math.IsNaN(p) {
			p = 1
		}
		dst = append(dst, p)
	}
	return dst
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
