package normalize_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/normalize"
	"golang.org/x/text/transform"
)

// fuzzSeeds adds the case inputs and a few news-like lines.
func fuzzSeeds(f *testing.F) {
	for _, tc := range opCases {
		f.Add(tc.in, uint8(3))
	}
	for _, s := range []string{
		"وقال بلينكن للصحفيين: “اتفاق أو لا اتفاق، يظل من الضروري”.",
		"زيارة بلينكن إلى القاهرة.. جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة \n\nوكالات",
		"في 7 تشرين الأول/أكتوبر ١٤٤٥هـ الموافق – مقتل 1194 شخصا",
		"ﷺ ﻷ ﴾ﷲ﴿ \u200f\u202bنص\u202c\u00a0\u00a0x",
		"يـ\u200f زة علي\u064e ی ہ ۀ 12,5? x, غزة; ",
		"\xd8\xa7\xd9",
	} {
		f.Add(s, uint8(1))
	}
}

// FuzzProfiles checks, for every named profile: no panic; idempotence;
// String == Bytes == AppendString == Map's text == the streaming result
// for a chunk size chosen by the fuzzer; the alignment is monotonic and in
// bounds; valid UTF-8 stays valid; the input is returned unchanged when
// String reports no change.
func FuzzProfiles(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string, chunk uint8) {
		if len(s) > 4096 {
			return
		}
		for _, p := range namedProfiles {
			once := p.p.String(s)
			if twice := p.p.String(once); twice != once {
				t.Fatalf("%s: not idempotent on %+q:\nonce  %+q\ntwice %+q", p.name, s, once, twice)
			}
			if b := p.p.Bytes([]byte(s)); !bytes.Equal(b, []byte(once)) {
				t.Fatalf("%s: Bytes(%+q) = %+q, String = %+q", p.name, s, b, once)
			}
			if a := p.p.AppendString([]byte("x"), s); string(a) != "x"+once {
				t.Fatalf("%s: AppendString(%+q) = %+q, String = %+q", p.name, s, a, once)
			}
			c := int(chunk%16) + 1
			if got := streamString(p.p, s, c); got != once {
				t.Fatalf("%s: stream (chunk %d) of %+q = %+q, String = %+q", p.name, c, s, got, once)
			}
			out, al := p.p.Map(s)
			if out != once {
				t.Fatalf("%s: Map(%+q) = %+q, String = %+q", p.name, s, out, once)
			}
			checkAlignment(t, p.name, s, out, al)
			if utf8.ValidString(s) && !utf8.ValidString(once) {
				t.Fatalf("%s: valid input %+q gave invalid output %+q", p.name, s, once)
			}
		}
	})
}

// FuzzTransformerSpan checks that Span never claims more than String leaves
// unchanged, for every named profile, and that Span followed by Transform
// gives String's result.
func FuzzTransformerSpan(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string, cut uint8) {
		if len(s) > 4096 {
			return
		}
		for _, p := range namedProfiles {
			want := p.p.String(s)
			tr := p.p.NewTransformer()
			n, err := tr.Span([]byte(s), true)
			if n < 0 || n > len(s) || len(want) < n || want[:n] != s[:n] {
				t.Fatalf("%s: Span(%+q) = %d, %v but String = %+q", p.name, s, n, err, want)
			}
			if err == nil && want != s {
				t.Fatalf("%s: Span(%+q) = nil error but String = %+q", p.name, s, want)
			}
			// Span on a prefix without EOF, then stream the rest.
			k := min(int(cut), len(s))
			tr.Reset()
			m, _ := tr.Span([]byte(s[:k]), false)
			var out []byte
			out = append(out, s[:m]...)
			dst := make([]byte, 7)
			src := []byte(s[m:])
			for guard := 0; ; guard++ {
				if guard > 10*len(s)+100 {
					t.Fatalf("%s: no progress streaming %+q", p.name, s)
				}
				nDst, nSrc, err := tr.Transform(dst, src, true)
				out = append(out, dst[:nDst]...)
				src = src[nSrc:]
				if err == nil {
					break
				}
				if nDst == 0 && nSrc == 0 {
					if err != transform.ErrShortDst || len(dst) > 1<<12 {
						t.Fatalf("%s: Transform(dst %d, %+q, true) made no progress: %v", p.name, len(dst), src, err)
					}
					dst = make([]byte, 2*len(dst))
				}
			}
			if string(out) != want {
				t.Fatalf("%s: Span(%+q, false)=%d then Transform = %+q, String = %+q", p.name, s[:k], m, out, want)
			}
		}
	})
}

// allOptions are the options FuzzOptions combines, one bit each.
var allOptions = []normalize.Option{
	normalize.PresentationForms(), normalize.ComposeNFC(), normalize.ReplaceIllFormed(),
	normalize.RemoveHarakat(), normalize.RemoveShadda(), normalize.RemoveMarks(), normalize.RemoveQuranic(),
	normalize.Tatweel(normalize.TatweelInWords), normalize.Tatweel(normalize.TatweelAll), normalize.RepairSplitWords(),
	normalize.FoldAlef(), normalize.AlefMaksura(normalize.MaksuraToYeh), normalize.AlefMaksura(normalize.FinalYehToMaksura),
	normalize.TehMarbutaToHeh(), normalize.FoldHamzaSeats(), normalize.FoldPersian(),
	normalize.Digits(normalize.DigitsToLatin), normalize.Digits(normalize.DigitsToArabicIndic),
	normalize.RemoveInvisible(), normalize.FoldSpaces(), normalize.CollapseSpaces(),
	normalize.FoldQuotes(), normalize.FoldDashes(),
	normalize.Punct(normalize.PunctToArabic), normalize.Punct(normalize.PunctToLatin),
}

// FuzzOptions checks any combination of options (not only the named
// profiles): no panic, String == Bytes == Map's text == the streaming result
// for the fuzzer's chunk size, and the alignment invariants. Idempotence is
// promised for the named profiles only.
func FuzzOptions(f *testing.F) {
	for i, tc := range opCases {
		f.Add(tc.in, uint32(i)*2654435761, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, mask uint32, chunk uint8) {
		if len(s) > 4096 {
			return
		}
		var opts []normalize.Option
		for i, o := range allOptions {
			if mask&(1<<i) != 0 {
				opts = append(opts, o)
			}
		}
		p := normalize.New(opts...)
		want := p.String(s)
		if b := p.Bytes([]byte(s)); string(b) != want {
			t.Fatalf("mask %#x: Bytes(%+q) = %+q, String = %+q", mask, s, b, want)
		}
		c := int(chunk%16) + 1
		if got := streamString(p, s, c); got != want {
			t.Fatalf("mask %#x: stream (chunk %d) of %+q = %+q, String = %+q", mask, c, s, got, want)
		}
		out, al := p.Map(s)
		if out != want {
			t.Fatalf("mask %#x: Map(%+q) = %+q, String = %+q", mask, s, out, want)
		}
		checkAlignment(t, "options", s, out, al)
	})
}
