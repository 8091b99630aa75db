package cluster

import (
	"cmp"
	"math"
	"slices"
)

// Counts holds the bigram statistics that Exchange clusters: a vocabulary of
// word ids 0..len(Freq)-1 and, for each word w, the ids of the words seen
// right before it with how often (Preds[w], sorted by id).
type Counts struct {
	Freq  []int64  // how often each word occurs as the second word of a bigram
	Preds [][]Pred // predecessors of each word
}

// Pred is one predecessor of a word and the count of the bigram.
type Pred struct {
	Word  int32
	Count int32
}

// NewCounts builds Counts from a sequence of word ids with n distinct ids.
// Every adjacent pair of seq is a bigram except across a negative id (a
// boundary marker, itself not a word).
func NewCounts(seq []int32, n int) *Counts {
	pairs := make([]uint64, 0, len(seq))
	for i := 1; i < len(seq); i++ {
		if seq[i-1] < 0 || seq[i] < 0 {
			continue
		}
		pairs = append(pairs, uint64(seq[i])<<32|uint64(seq[i-1]))
	}
	slices.Sort(pairs)
	c := &Counts{Freq: make([]int64, n), Preds: make([][]Pred, n)}
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, v := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		c.Preds[w] = append(c.Preds[w], Pred{Word: v, Count: int32(j - i)})
		c.Freq[w] += int64(j - i)
		i = j
	}
	return c
}

// xlogx is x·ln x, tabulated for small x.
type xlogx []float64

func newXlogx(n int) xlogx {
	t := make(xlogx, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t xlogx) at(x int64) float64 {
	if x < int64(len(t)) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// Exchange partitions the words of c into k classes by the predictive
// exchange algorithm (Uszkoreit and Brants 2008, after Kneser and Ney 1993):
// it maximises the likelihood of the class-based bigram model
// P(w | v) = P(class(w) | v) · P(w | class(w)), moving one word at a time to
// the class that helps most, for the given number of passes over the
// vocabulary (most frequent words first). Words are first assigned round
// robin by frequency. It is deterministic.
func Exchange(c *Counts, k, passes int) []int32 {
	n := len(c.Freq)
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(c.Freq[b], c.Freq[a]) })
	class := make([]int32, n)
	for r, w := range order {
		class[w] = int32(r % k)
	}
	// nvc[v*k+c]: how often word v is followed by a word of class c.
	nvc := make([]int32, n*k)
	nc := make([]int64, k)
	for w := range n {
		cw := class[w]
		for _, p := range c.Preds[w] {
			nvc[int(p.Word)*k+int(cw)] += p.Count
		}
		nc[cw] += c.Freq[w]
	}
	f := newXlogx(1 << 22)
	delta := make([]float64, k)
	for range passes {
		moved := 0
		for _, w := range order {
			preds := c.Preds[w]
			if len(preds) == 0 {
				continue
			}
			a := class[w]
			for _, p := range preds {
				nvc[int(p.Word)*k+int(a)] -= p.Count
			}
			nw := c.Freq[w]
			nc[a] -= nw
			for j := range delta {
				delta[j] = f.at(nc[j]) - f.at(nc[j]+nw)
			}
			for _, p := range preds {
				row := nvc[int(p.Word)*k:][:k]
				pc := int64(p.Count)
				for j, x := range row {
					if x != 0 {
						delta[j] += f.at(int64(x)+pc) - f.at(int64(x))
					} else {
						delta[j] += f.at(pc)
					}
				}
			}
			best := a
			for j, d := range delta {
				if d > delta[best]+1e-9 {
					best = int32(j)
				}
			}
			if best != a {
				moved++
			}
			class[w] = best
			for _, p := range preds {
				nvc[int(p.Word)*k+int(best)] += p.Count
			}
			nc[best] += nw
		}
		if moved == 0 {
			break
		}
	}
	return class
}
