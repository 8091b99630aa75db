package model

import "math"

// crfStep is Step for a linear-chain CRF (t.CRFTemp > 0): one stochastic
// gradient step on the log-likelihood of gold, the scores read at
// temperature CRFTemp (in weight units). The update adds to each weight the
// gold count minus the expected count of its feature and label, so the
// weights stay in the perceptron's units (CRFTemp → 0 is the perceptron);
// they are averaged in the same way. It reports whether the labels of
// largest marginal are the gold labels.
func (t *Trainer) crfStep(seq *Sequence, gold []Label) bool {
	t.step++
	n := seq.Len()
	if n == 0 {
		return true
	}
	const L = NumLabels
	d := &t.dec
	d.emit = grow(d.emit, n*L)
	trainScorer{t, nil}.emissions(d.emit, seq)
	T := t.CRFTemp
	e := d.emit
	for i := 0; i < n; i++ {
		row := e[i*L:][:L]
		mx := row[0]
		for _, v := range row[1:] {
			mx = max(mx, v)
		}
		for y := range row {
			row[y] = math.Exp((row[y] - mx) / T)
		}
	}
	var tr [L + 1][L]float64
	for a := 0; a <= L; a++ {
		for b := 0; b < L; b++ {
			if allowed(Label(a), Label(b)) {
				tr[a][b] = math.Exp(min(max(t.tw[a][b]/T, -700), 700))
			}
		}
	}
	d.alpha = grow(d.alpha, n*L)
	d.beta = grow(d.beta, n*L)
	sum := 0.0
	for y := 0; y < L; y++ {
		d.alpha[y] = e[y] * tr[L][y]
		sum += d.alpha[y]
	}
	normalize(d.alpha[:L], sum)
	for i := 1; i < n; i++ {
		prev, cur := d.alpha[(i-1)*L:][:L], d.alpha[i*L:][:L]
		sum = 0
		for y := 0; y < L; y++ {
			v := 0.0
			for x := 0; x < L; x++ {
				v += prev[x] * tr[x][y]
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
		next, cur := d.beta[(i+1)*L:][:L], d.beta[i*L:][:L]
		sum = 0
		for x := 0; x < L; x++ {
			v := 0.0
			for y := 0; y < L; y++ {
				v += tr[x][y] * e[(i+1)*L+y] * next[y]
			}
			cur[x] = v
			sum += v
		}
		normalize(cur, sum)
	}
	mask := uint64(1)<<t.bits - 1
	c := t.step
	right := true
	for i := 0; i < n; i++ {
		a, b := d.alpha[i*L:][:L], d.beta[i*L:][:L]
		var p [L]float64
		z := 0.0
		for y := 0; y < L; y++ {
			p[y] = a[y] * b[y]
			z += p[y]
		}
		best := 0
		for y := 0; y < L; y++ {
			p[y] /= z
			if p[y] > p[best] {
				best = y
			}
		}
		g := int(gold[i])
		if best != g {
			right = false
		}
		feats := seq.Feats[seq.Off[i]:seq.Off[i+1]]
		for y := 0; y < L; y++ {
			gr := -p[y]
			if y == g {
				gr++
			}
			if math.Abs(gr) < 1e-3 {
				continue
			}
			for _, h := range feats {
				k := int(h&mask)*L + y
				t.w[k] += gr
				t.u[k] += c * gr
			}
		}
		// Transitions into token i.
		if i == 0 {
			for y := 0; y < L; y++ {
				gr := -p[y]
				if y == g {
					gr++
				}
				t.tw[L][y] += gr
				t.tu[L][y] += c * gr
			}
			continue
		}
		prev := d.alpha[(i-1)*L:][:L]
		var pe [L][L]float64
		s := 0.0
		for x := 0; x < L; x++ {
			for y := 0; y < L; y++ {
				v := prev[x] * tr[x][y] * e[i*L+y] * b[y]
				pe[x][y] = v
				s += v
			}
		}
		pg := int(gold[i-1])
		for x := 0; x < L; x++ {
			for y := 0; y < L; y++ {
				if !allowed(Label(x), Label(y)) {
					continue
				}
				gr := -pe[x][y] / s
				if x == pg && y == g {
					gr++
				}
				t.tw[x][y] += gr
				t.tu[x][y] += c * gr
			}
		}
	}
	return right
}
