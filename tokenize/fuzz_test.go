package tokenize

import (
	"bufio"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"",
	"التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري",
	"زيارة بلينكن إلى القاهرة.. جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة \n",
	"قال د. محمد (أ.ف.ب) 37,124 ٣٧٬١٢٤ 1.5 ٣٫٥ 10:30 2024/06/10 %50 50٪",
	"https://example.com/a?b=(1). info@example.com #غزة @khabar 👨‍👩‍👧 🇸🇦",
	"غزة\xff\xfeاليوم\xd8",
	"«انتهى الأمر.» \u200fثم\u200c غادر… U.S. COVID-19",
	"للفلسطينيين مما وبلينكن لإسرائيل",
}

// FuzzTokens checks the invariants of every tokenisation: tokens are in
// order, non-overlapping and in bounds, Text is s[Start:End], the gaps hold
// only white space and invisible controls (so nothing is lost), invalid
// UTF-8 lands only in Invalid tokens; sentences are ordered spans that start
// and end on token bounds; every Arabic word can be segmented into spans that
// tile it.
func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		checkInvariants(t, s, toks)
		starts := map[int]bool{}
		ends := map[int]bool{}
		for _, tok := range toks {
			starts[tok.Start] = true
			ends[tok.End] = true
		}
		prev := 0
		for _, sen := range SplitSentences(s) {
			if sen.Start < prev || sen.End <= sen.Start || s[sen.Start:sen.End] != sen.Text {
				t.Fatalf("bad sentence %+v after %d", sen, prev)
			}
			if !starts[sen.Start] || !ends[sen.End] {
				t.Fatalf("sentence %+v not on token bounds", sen)
			}
			prev = sen.End
		}
		fuzzSegments(t, toks)
		if len(s) < 1000 {
			sc := bufio.NewScanner(strings.NewReader(s))
			sc.Buffer(make([]byte, 16), 1<<20)
			sc.Split(ScanTokens)
			k := 0
			for sc.Scan() {
				if k >= len(toks) || sc.Text() != toks[k].Text {
					t.Fatalf("ScanTokens token %d = %q, All gives %v", k, sc.Text(), toks)
				}
				k++
			}
			if sc.Err() != nil || k != len(toks) {
				t.Fatalf("ScanTokens gave %d tokens (err %v), All %d", k, sc.Err(), len(toks))
			}
		}
	})
}
