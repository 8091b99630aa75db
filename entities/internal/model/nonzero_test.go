package model

import "testing"

// TestNonZeroSkipsOnlyZeroRows: emissions with the zero-row bitset equal a
// plain sum over all features.
func TestNonZeroSkipsOnlyZeroRows(t *testing.T) {
	m := &Model{Bits: 10, Scale: 1, W: make([]int8, 1<<10*NumLabels)}
	for r := 0; r < 1<<10; r += 3 {
		m.W[r*NumLabels+r%NumLabels] = int8(r%7 - 3)
	}
	var s Sequence
	for i := range 50 {
		for k := range 20 {
			s.Feats = append(s.Feats, uint64(i*31+k*17))
		}
		s.EndToken()
	}
	got := make([]float64, s.Len()*NumLabels)
	m.emissions(got, &s)
	for i := 0; i < s.Len(); i++ {
		var want [NumLabels]float64
		for _, h := range s.Feats[s.Off[i]:s.Off[i+1]] {
			for y := range want {
				want[y] += float64(m.W[int(h&m.Mask())*NumLabels+y])
			}
		}
		for y := range want {
			if got[i*NumLabels+y] != want[y] {
				t.Fatalf("token %d label %d: %v, want %v", i, y, got[i*NumLabels+y], want[y])
			}
		}
	}
}
