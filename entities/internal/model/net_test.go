package model

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// netVec returns a 2-dimensional int8 vector.
func netVec(a, b int8) string { return string([]byte{byte(a), byte(b)}) }

// TestNetLearns: a network trained on a toy task (a word whose vector
// points one way is a person name, the other way a place) labels unseen
// words by their vectors, and its probabilities sum to 1.
func TestNetLearns(t *testing.T) {
	per, loc := netVec(100, 0), netVec(0, 100)
	var sents [][]NetToken
	var gold [][]Label
	for k := 0; k < 200; k++ {
		sents = append(sents, []NetToken{{Bits: NetNoVec}, {Vec: per}, {Vec: loc}, {Bits: NetPunct | NetNoVec}})
		gold = append(gold, []Label{O, BPer, BLoc, O})
	}
	n := TrainNet(sents, gold, 2, 0.02, NetOptions{Hid: 8, Epochs: 5, LR: 0.05, Seed: 1})
	test := []NetToken{{Bits: NetNoVec}, {Vec: netVec(90, 10)}, {Vec: netVec(5, 95)}, {Bits: NetPunct | NetNoVec}}
	for i, want := range []Label{O, BPer, BLoc, O} {
		p := n.Probs(test, i)
		sum, best := float32(0), 0
		for y, v := range p {
			sum += v
			if v > p[best] {
				best = y
			}
		}
		if math.Abs(float64(sum-1)) > 1e-4 {
			t.Errorf("token %d: probabilities sum to %v", i, sum)
		}
		if Label(best) != want {
			t.Errorf("token %d: network says %v (%v), want %v", i, Label(best), p, want)
		}
	}
	// A vector of the wrong length is read as no vector, not a panic.
	n.Probs([]NetToken{{Vec: strings.Repeat("x", 7)}}, 0)
}

// TestDecodeNet: where the linear model is unsure, the network decides;
// where it is sure, the network is not consulted; without the network's
// inputs DecodeNet is Decode.
func TestDecodeNet(t *testing.T) {
	// Temp 4, Tau 0.6: a token is unsure when another label scores within
	// 4·ln(1.5) ≈ 1.6 of its own.
	m := &Model{Bits: 10, Scale: 1, Temp: 4, W: make([]int8, (1<<10)*NumLabels)}
	// Feature 1: PERS by 1 over LOC (unsure). Feature 2: O by 4 (sure), but
	// not so sure that the network could not overturn it if it were
	// consulted there.
	m.W[1*NumLabels+int(BPer)] = 21
	m.W[1*NumLabels+int(BLoc)] = 20
	m.W[2*NumLabels+int(O)] = 4
	m.prepare()
	seq := Sequence{Feats: []uint64{2, 1, 2}, Off: []int{0, 1, 2, 3}}
	var d Decoder
	linear := d.Decode(m, &seq, nil)
	if diff := cmp.Diff([]Label{O, BPer, O}, linear); diff != "" {
		t.Fatalf("Decode mismatch (-want +got):\n%s", diff)
	}
	n := NewNet(2, 4, 0.02, 1)
	clear(n.W1)
	clear(n.W2)
	n.B2[BLoc] = 5 // the network says LOC everywhere
	n.Lambda, n.Tau = 1, 0.6
	m.Net = n
	toks := []NetToken{{}, {Vec: netVec(1, 1)}, {}}
	if diff := cmp.Diff([]Label{O, BLoc, O}, d.DecodeNet(m, &seq, toks, nil)); diff != "" {
		t.Errorf("DecodeNet with a LOC network mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(linear, d.DecodeNet(m, &seq, nil, nil)); diff != "" {
		t.Errorf("DecodeNet without the network's inputs differs from Decode (-Decode +DecodeNet):\n%s", diff)
	}
	// A network that says PERS everywhere leaves the sure tokens O.
	n.B2[BLoc], n.B2[BPer] = 0, 5
	if diff := cmp.Diff([]Label{O, BPer, O}, d.DecodeNet(m, &seq, toks, nil)); diff != "" {
		t.Errorf("DecodeNet with a PERS network mismatch (-want +got):\n%s", diff)
	}
}

// BenchmarkNetForward is one forward pass of a network of the shipped size
// (50-dimensional vectors, 64 hidden units) over a window of five words.
func BenchmarkNetForward(b *testing.B) {
	n := NewNet(50, 64, 0.03, 1)
	vec := make([]byte, 50)
	for i := range vec {
		vec[i] = byte(i*37 + 11)
	}
	toks := make([]NetToken, 5)
	for i := range toks {
		toks[i] = NetToken{Vec: string(vec), Gaz: 1}
	}
	var sc netScratch
	b.ReportAllocs()
	for b.Loop() {
		n.input(&sc, toks, 2, 0, nil)
		n.forward(&sc)
	}
}
