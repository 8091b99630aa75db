package train

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

func TestReadCoNLL(t *testing.T) {
	in := "زار\tO\nأنتوني\tB-PERS\nبلينكن\tI-PERS\nالقاهرة\tI-LOC\n\nغزة\tB-LOC\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"زار", "أنتوني", "بلينكن", "القاهرة"}, Labels: []model.Label{model.O, model.BPer, model.IPer, model.BLoc}},
		{Words: []string{"غزة"}, Labels: []model.Label{model.BLoc}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadCoNLL mismatch (-want +got):\n%s", diff)
	}
	if _, err := ReadCoNLL(strings.NewReader("كلمة\tB-CITY\n")); err == nil {
		t.Error("ReadCoNLL accepted an unknown tag")
	}
}

func TestChunksAndScore(t *testing.T) {
	gold := []model.Label{model.BPer, model.IPer, model.O, model.BLoc, model.IOrg}
	pred := []model.Label{model.BPer, model.O, model.O, model.BLoc, model.BOrg}
	wantChunks := []Chunk{{0, 2, 1}, {3, 4, 2}, {4, 5, 3}}
	if diff := cmp.Diff(wantChunks, Chunks(gold)); diff != "" {
		t.Errorf("Chunks mismatch (-want +got):\n%s", diff)
	}
	var s Score
	s.Add(gold, pred)
	if s.TP[0] != 2 || s.Pred[0] != 3 || s.Gold[0] != 3 {
		t.Errorf("Score = TP %d Pred %d Gold %d, want 2 3 3", s.TP[0], s.Pred[0], s.Gold[0])
	}
}

func TestAppositive(t *testing.T) {
	O, BP, IP, BL := model.O, model.BPer, model.IPer, model.BLoc
	tests := []struct {
		name, reason string
		in, want     Sentence
		ok           bool
	}{
		{
			name:   "title then name",
			reason: "a person after a word is set off by commas on both sides",
			in:     Sentence{Words: []string{"الوزير", "أنتوني", "بلينكن", "في", "القاهرة"}, Labels: []model.Label{O, BP, IP, O, BL}},
			want:   Sentence{Words: []string{"الوزير", "،", "أنتوني", "بلينكن", "،", "في", "القاهرة"}, Labels: []model.Label{O, O, BP, IP, O, O, BL}},
			ok:     true,
		},
		{
			name:   "name at the end",
			reason: "no closing comma after the last word",
			in:     Sentence{Words: []string{"قال", "لابيد"}, Labels: []model.Label{O, BP}},
			want:   Sentence{Words: []string{"قال", "،", "لابيد"}, Labels: []model.Label{O, O, BP}},
			ok:     true,
		},
		{
			name:   "punctuation already there",
			reason: "no comma is added next to existing punctuation, and a sentence-initial name has no comma before it",
			in:     Sentence{Words: []string{"بلينكن", "قال", ":", "بايدن", "."}, Labels: []model.Label{BP, O, O, BP, O}},
			ok:     false,
		},
		{
			name:   "other types untouched",
			reason: "only the requested types get commas",
			in:     Sentence{Words: []string{"في", "القاهرة"}, Labels: []model.Label{O, BL}},
			ok:     false,
		},
	}
	aug := Appositive(model.BPer)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := aug(tc.in)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (%s)", ok, tc.ok, tc.reason)
			}
			if !ok {
				return
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
