package model

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func testModel() *Model {
	m := &Model{Bits: 10, Scale: 3.5, Temp: 20, OBias: -2, W: make([]int8, (1<<10)*NumLabels)}
	m.W[5*NumLabels+int(BPer)] = 100
	m.W[1000*NumLabels+int(O)] = -7
	m.Trans[NumLabels][BLoc] = 12
	m.Trans[BPer][IPer] = 40
	m.Words = map[string]uint32{"القاهره": 0x01234567, "x": 1}
	m.prepare()
	return m
}

func TestCodecRoundTrip(t *testing.T) {
	m := testModel()
	var buf bytes.Buffer
	if err := Encode(&buf, m, "set-1"); err != nil {
		t.Fatal(err)
	}
	got, fs, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if fs != "set-1" {
		t.Errorf("feature set = %q, want set-1", fs)
	}
	if diff := cmp.Diff(m, got, cmp.AllowUnexported(Model{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

// TestCodecNet: a model with a second-stage network round-trips, and a
// file cut inside the network is ErrFormat.
func TestCodecNet(t *testing.T) {
	m := testModel()
	m.Net = NewNet(3, 4, 0.25, 1)
	m.Net.Lambda, m.Net.Tau = 5.5, 0.8
	m.Net.B2[BLoc] = -1.5
	var buf bytes.Buffer
	if err := Encode(&buf, m, "set-1"); err != nil {
		t.Fatal(err)
	}
	got, _, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got, cmp.AllowUnexported(Model{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodeErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, testModel(), "set-1"); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"garbage":   []byte("not a model"),
		"truncated": good[:len(good)-10],
	} {
		if _, _, err := Decode(data); !errors.Is(err, ErrFormat) {
			t.Errorf("Decode(%s) error = %v, want ErrFormat", name, err)
		}
	}
}

func TestDecodeAllowed(t *testing.T) {
	// With all weights zero and no transitions, Viterbi must still produce
	// a valid BIO sequence: an I- label only after its own B- or I-.
	m := &Model{Bits: 10, Scale: 1, Temp: 1, W: make([]int8, (1<<10)*NumLabels)}
	m.W[1*NumLabels+int(IPer)] = 100 // token feature 1 strongly prefers I-PERS
	seq := Sequence{Feats: []uint64{1, 1}, Off: []int{0, 1, 2}}
	var d Decoder
	got := d.Decode(m, &seq, nil)
	if got[0].Inside() {
		t.Errorf("Decode = %v: sentence starts with an I- label", got)
	}
	ps := d.Marginals(m, &seq, got, nil)
	for i, p := range ps {
		if !(p > 0 && p <= 1) {
			t.Errorf("marginal %d = %v, want in (0, 1]", i, p)
		}
	}
}

// TestEmissionsLanes checks the eight-at-a-time emission sums against the
// plain ones, with extreme weights and tokens of 0 to 700 features (more
// than one lane run).
func TestEmissionsLanes(t *testing.T) {
	m := &Model{Bits: 6, OBias: -5, W: make([]int8, (1<<6)*NumLabels)}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range m.W {
		m.W[i] = int8(r.IntN(256) - 128)
	}
	m.W[7*NumLabels+3], m.W[8*NumLabels+8] = -128, 127
	for y := 0; y < NumLabels; y++ {
		m.W[9*NumLabels+y] = 127 // the largest lane bytes
	}
	m.prepare()
	var s Sequence
	s.Reset()
	for _, nf := range []int{0, 1, 85, 255, 256, 257, 700} {
		for k := 0; k < nf; k++ {
			f := r.Uint64()
			switch k % 3 {
			case 0:
				f = 7 + 64*r.Uint64N(1000) // the -128 row, many times
			case 1:
				f = 9 + 64*r.Uint64N(1000) // the all-127 row
			}
			s.Feats = append(s.Feats, f)
		}
		s.EndToken()
	}
	var fast, slow [][NumLabels]int32
	for i := range s.Len() {
		f := s.Feats[s.Off[i]:s.Off[i+1]]
		fast = append(fast, m.Sum(f))
		slow = append(slow, m.sumSlow(f))
	}
	if diff := cmp.Diff(slow, fast); diff != "" {
		t.Errorf("Sum mismatch (-slow +fast):\n%s", diff)
	}
}

// TestEmissionsBase checks that a token's precomputed sums in Base count as
// if its features were in Feats.
func TestEmissionsBase(t *testing.T) {
	m := &Model{Bits: 6, OBias: -5, W: make([]int8, (1<<6)*NumLabels)}
	r := rand.New(rand.NewPCG(5, 6))
	for i := range m.W {
		m.W[i] = int8(r.IntN(256) - 128)
	}
	m.prepare()
	feats := [][]uint64{{1, 2, 3, 4}, {5}, {}, {6, 7, 8, 9, 10}}
	var full, split Sequence
	full.Reset()
	split.Reset()
	for k, f := range feats {
		full.Feats = append(full.Feats, f...)
		full.EndToken()
		// Token k's first k features go to Base.
		cut := min(k, len(f))
		sum := m.Sum(f[:cut])
		split.Base = append(split.Base, sum[:]...)
		split.Feats = append(split.Feats, f[cut:]...)
		split.EndToken()
	}
	want := make([]float64, full.Len()*NumLabels)
	got := make([]float64, split.Len()*NumLabels)
	m.emissions(want, &full)
	m.emissions(got, &split)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("emissions with Base differ (-all in Feats +split):\n%s", diff)
	}
}
