package normalize_test

import (
	"testing"
)

// TestAllocs pins the zero-allocation promises: String on text that is
// already normal returns it without allocating, and Append into a buffer
// with room never allocates.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under -race")
	}
	normal := "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري في القاهرة يوم الاثنين 1979"
	messy := "في إطار الجهود لتهدئة الأوضاع في غـ زة، قال “بلينكن” إنّ ١٢٣ ﷺ ﻻ\u200f  \xff"
	for _, p := range namedProfiles {
		in := p.p.String(normal)
		if n := testing.AllocsPerRun(100, func() { _ = p.p.String(in) }); n != 0 {
			t.Errorf("%s: String on normal text: %v allocs, want 0", p.name, n)
		}
		if in != normal && p.name == "Display" {
			t.Errorf("Display changed plain news text: %q", in)
		}
		if p.name == "Display+NFC" || p.name == "Search+NFC" {
			continue // ComposeNFC may allocate in Append
		}
		buf := make([]byte, 0, 4*len(messy))
		for _, s := range []string{normal, messy} {
			if n := testing.AllocsPerRun(100, func() { _ = p.p.AppendString(buf[:0], s) }); n != 0 {
				t.Errorf("%s: AppendString(%q): %v allocs, want 0", p.name, s, n)
			}
			b := []byte(s)
			if n := testing.AllocsPerRun(100, func() { _ = p.p.Append(buf[:0], b) }); n != 0 {
				t.Errorf("%s: Append(%q): %v allocs, want 0", p.name, s, n)
			}
		}
		tr := p.p.NewTransformer()
		src := []byte(messy)
		dst := make([]byte, 64)
		if n := testing.AllocsPerRun(100, func() {
			tr.Reset()
			for pos := 0; pos < len(src); {
				_, nSrc, _ := tr.Transform(dst, src[pos:], true)
				pos += nSrc
			}
		}); n != 0 {
			t.Errorf("%s: Transform: %v allocs, want 0", p.name, n)
		}
	}
}
