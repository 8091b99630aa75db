package main

import (
	"math"
	"math/rand/v2"
	"sync"
)

// skipGram learns a vector of dimension dim for each word 0..v-1 of seq
// (ids < 0 end a paragraph; id v-1 is <unk> and is skipped) by skip-gram
// with negative sampling (Mikolov et al. 2013): window up to 5 words each
// side, five negative words drawn from the unigram distribution raised to
// 0.75, frequent words subsampled (t = 1e-4), step size decaying linearly
// from 0.025 over epochs passes. One goroutine and a seeded generator make
// the result deterministic.
func skipGram(seq []int32, v, dim, epochs int, seed uint64) [][]float32 {
	const (
		window    = 5
		neg       = 5
		alpha0    = 0.025
		tableSize = 1 << 24
	)
	freq := make([]float64, v)
	total := 0.0
	for _, id := range seq {
		if id >= 0 {
			freq[id]++
			total++
		}
	}
	// The negative-sampling table: word i fills a share of it proportional
	// to freq[i]^0.75.
	table := make([]int32, tableSize)
	pow := 0.0
	for i := 0; i < v-1; i++ {
		pow += math.Pow(freq[i], 0.75)
	}
	w, cum := 0, math.Pow(freq[0], 0.75)/pow
	for k := range table {
		table[k] = int32(w)
		if float64(k)/tableSize > cum && w < v-2 {
			w++
			cum += math.Pow(freq[w], 0.75) / pow
		}
	}
	keep := make([]float64, v)
	for i := range keep {
		if f := freq[i] / total; f > 0 {
			keep[i] = min(1, (math.Sqrt(f/1e-4)+1)*1e-4/f)
		}
	}
	r := rand.New(rand.NewPCG(seed, 7))
	in := make([]float32, v*dim)
	out := make([]float32, v*dim)
	for i := range in {
		in[i] = (r.Float32() - 0.5) / float32(dim)
	}
	grad := make([]float32, dim)
	var sent []int32
	steps := float64(epochs) * total
	done := 0.0
	alpha := float32(alpha0)
	for ep := 0; ep < epochs; ep++ {
		for start := 0; start < len(seq); {
			end := start
			for end < len(seq) && seq[end] >= 0 {
				end++
			}
			sent = sent[:0]
			for _, id := range seq[start:end] {
				if id != int32(v-1) && r.Float64() < keep[id] {
					sent = append(sent, id)
				}
			}
			done += float64(end - start)
			alpha = float32(max(alpha0*(1-done/steps), alpha0*1e-4))
			start = end + 1
			for p, wid := range sent {
				b := r.IntN(window)
				for q := p - window + b; q <= p+window-b; q++ {
					if q < 0 || q >= len(sent) || q == p {
						continue
					}
					vi := in[int(sent[q])*dim:][:dim]
					clear(grad)
					for d := 0; d <= neg; d++ {
						target, label := wid, float32(1)
						if d > 0 {
							if target = table[r.IntN(tableSize)]; target == wid {
								continue
							}
							label = 0
						}
						vo := out[int(target)*dim:][:dim]
						var dot float32
						for k := range vi {
							dot += vi[k] * vo[k]
						}
						var g float32
						switch {
						case dot > 6:
							g = (label - 1) * alpha
						case dot < -6:
							g = label * alpha
						default:
							g = (label - float32(1/(1+math.Exp(-float64(dot))))) * alpha
						}
						for k := range vi {
							grad[k] += g * vo[k]
							vo[k] += g * vi[k]
						}
					}
					for k := range vi {
						vi[k] += grad[k]
					}
				}
			}
		}
	}
	vecs := make([][]float32, v)
	for i := range vecs {
		vecs[i] = in[i*dim : (i+1)*dim]
	}
	return vecs
}

// kmeans groups the vectors, normalised to unit length, into k classes by
// cosine similarity (spherical k-means, iters rounds; the initial centres
// are k vectors evenly spaced in vecs, which is ordered by frequency) and
// returns each vector's class. The result is deterministic.
func kmeans(vecs [][]float32, k, iters int) []int32 {
	dim := len(vecs[0])
	n := len(vecs)
	unit := make([][]float32, n)
	for i, v := range vecs {
		var s float64
		for _, x := range v {
			s += float64(x) * float64(x)
		}
		s = math.Sqrt(s)
		if s == 0 {
			s = 1
		}
		u := make([]float32, dim)
		for j, x := range v {
			u[j] = float32(float64(x) / s)
		}
		unit[i] = u
	}
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = append([]float32(nil), unit[c*n/k]...)
	}
	assign := make([]int32, n)
	sum := make([][]float64, k)
	for c := range sum {
		sum[c] = make([]float64, dim)
	}
	for it := 0; it < iters; it++ {
		// Assignment: each goroutine writes its own indices.
		var wg sync.WaitGroup
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := g; i < n; i += 2 {
					best, bv := 0, float32(-2)
					for c, ce := range cent {
						var dot float32
						for j, x := range unit[i] {
							dot += x * ce[j]
						}
						if dot > bv {
							best, bv = c, dot
						}
					}
					assign[i] = int32(best)
				}
			}(g)
		}
		wg.Wait()
		for c := range sum {
			clear(sum[c])
		}
		for i, c := range assign {
			for j, x := range unit[i] {
				sum[c][j] += float64(x)
			}
		}
		for c := range cent {
			var s float64
			for _, x := range sum[c] {
				s += x * x
			}
			if s == 0 {
				continue // an empty class keeps its centre
			}
			s = math.Sqrt(s)
			for j := range cent[c] {
				cent[c][j] = float32(sum[c][j] / s)
			}
		}
	}
	return assign
}
