package tokenize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func sentenceTexts(s string) []string {
	var out []string
	for sen := range Sentences(s) {
		out = append(out, sen.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"empty", "  \n ", nil, "no tokens, no sentences"},
		{"two", "وصل بلينكن. ثم غادر.", []string{"وصل بلينكن.", "ثم غادر."}, "split after the full stop"},
		{"question", "هل وصل؟ نعم! وصل…", []string{"هل وصل؟", "نعم!", "وصل…"}, "؟ ! … end sentences"},
		{"decimal", "ارتفع 1.5 في المئة. ثم", []string{"ارتفع 1.5 في المئة.", "ثم"}, "never inside a number"},
		{"abbrev", "قال د. محمد إن (أ.ف.ب) ذكرت.", []string{"قال د. محمد إن (أ.ف.ب) ذكرت."}, "never inside abbreviations"},
		{"url", "زوروا www.example.com. شكرا", []string{"زوروا www.example.com.", "شكرا"}, "the URL keeps its dots; the stop after it ends the sentence"},
		{"open quote", "قال: «انتهى الأمر. سنعود». ثم غادر.", []string{"قال: «انتهى الأمر. سنعود».", "ثم غادر."}, "a stop inside an open quotation does not end the sentence"},
		{"close quote after stop", "قال: «انتهى الأمر.» ثم غادر.", []string{"قال: «انتهى الأمر.»", "ثم غادر."}, "the closing quote after the stop stays in the sentence"},
		{"curly quote", "قال “اتفاق أو لا اتفاق.” وغادر", []string{"قال “اتفاق أو لا اتفاق.”", "وغادر"}, "curly quotes"},
		{"headlines", "زيارة بلينكن إلى القاهرة\n\nوكالات\nفي إطار الجهود", []string{"زيارة بلينكن إلى القاهرة", "وكالات", "في إطار الجهود"}, "line breaks end headline-like lines"},
		{"double dot headline", "زيارة بلينكن إلى القاهرة.. جهود جديدة", []string{"زيارة بلينكن إلى القاهرة..", "جهود جديدة"}, "a run of dots ends a sentence"},
		{"unclosed quote", "قال «لا. أبدا\nثم غادر.", []string{"قال «لا. أبدا", "ثم غادر."}, "a line break ends a sentence even with an open quote"},
		{"paren after stop", "انتهى (تماما.) ثم", []string{"انتهى (تماما.)", "ثم"}, "closing bracket after the stop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got) [%s]:\n%s", tt.in, tt.reason, diff)
			}
			for _, sen := range SplitSentences(tt.in) {
				if tt.in[sen.Start:sen.End] != sen.Text {
					t.Errorf("sentence %+v: text differs from s[Start:End]", sen)
				}
			}
		})
	}
}
