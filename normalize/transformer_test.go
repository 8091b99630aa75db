package normalize_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/normalize"
	"golang.org/x/text/transform"
)

// streamString runs s through a fresh Transformer of p, feeding chunk bytes
// at a time and giving it an output buffer of chunk bytes, growing either
// only when the Transformer asks for it.
func streamString(p normalize.Profile, s string, chunk int) string {
	t := p.NewTransformer()
	var out []byte
	src := []byte(s)
	dst := make([]byte, chunk)
	avail := min(chunk, len(src)) // bytes of src offered
	pos := 0
	for guard := 0; guard < 10*len(s)+1000; guard++ {
		atEOF := pos+avail == len(src)
		nDst, nSrc, err := t.Transform(dst, src[pos:pos+avail], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		avail -= nSrc
		switch {
		case err == nil:
			if atEOF {
				return string(out)
			}
			avail = min(avail+chunk, len(src)-pos)
		case errors.Is(err, transform.ErrShortDst):
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, len(dst)+chunk)
			}
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return string(out) + "<ErrShortSrc at EOF>"
			}
			avail = min(avail+chunk, len(src)-pos)
		default:
			return string(out) + "<" + err.Error() + ">"
		}
	}
	return string(out) + "<no progress>"
}

// TestTransformerContract is the contract test of STYLE.md item 11: tiny
// dst and src buffers, a partial Arabic rune with atEOF=false, ill-formed
// bytes at EOF, and Span agreeing with Transform.
func TestTransformerContract(t *testing.T) {
	tests := []struct {
		name    string
		p       normalize.Profile
		src     string
		dstSize int
		atEOF   bool
		wantDst string
		wantN   int
		wantErr error
		reason  string
	}{
		{"dst 1 arabic", normalize.Search, "غزة", 1, true, "", 0, transform.ErrShortDst, "a two-byte rune does not fit in one byte"},
		{"dst 2 arabic", normalize.Search, "غزة", 2, true, "غ", 2, transform.ErrShortDst, "one rune fits"},
		{"dst 3 arabic", normalize.Search, "غزة", 3, true, "غ", 2, transform.ErrShortDst, "no half runes"},
		{"dst 3 ascii", normalize.Search, "abcd", 3, true, "abc", 3, transform.ErrShortDst, ""},
		{"dst 1 expansion", normalize.Search, "ﷲ", 1, true, "", 0, transform.ErrShortDst, "an expansion is written whole or not at all"},
		{"dst 3 removal", normalize.Search, "\u064E\u064Eب", 3, true, "ب", 6, nil, "removals need no room"},
		{"partial rune", normalize.Search, "غ\xd8", 10, false, "غ", 2, transform.ErrShortSrc, "the lead byte of an Arabic rune waits for more input"},
		{"partial rune EOF", normalize.Search, "غ\xd8", 10, true, "غ\xd8", 3, nil, "at EOF an incomplete rune is ill-formed and passes through"},
		{"ill-formed EOF", normalize.Search, "\xff\xfe", 10, true, "\xff\xfe", 2, nil, ""},
		{"ill-formed replaced", normalize.Search.With(normalize.ReplaceIllFormed()), "\xff", 10, true, "\uFFFD", 1, nil, ""},
		{"split needs lookahead", normalize.Display, "غـ ", 10, false, "غ", 4, transform.ErrShortSrc, "the gap after a tatweel is undecided until the next word"},
		{"split at EOF", normalize.Display, "غـ ", 10, true, "غ ", 5, nil, ""},
		{"collapse needs no lookahead", normalize.Display, "a  ", 10, false, "a ", 3, nil, "collapsing looks back only"},
		{"empty", normalize.Search, "", 0, true, "", 0, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := tc.p.NewTransformer()
			dst := make([]byte, tc.dstSize)
			nDst, nSrc, err := tr.Transform(dst, []byte(tc.src), tc.atEOF)
			if string(dst[:nDst]) != tc.wantDst || nSrc != tc.wantN || err != tc.wantErr {
				t.Errorf("Transform(%q, dst %d, atEOF %v) = %q, %d, %v; want %q, %d, %v (%s)",
					tc.src, tc.dstSize, tc.atEOF, dst[:nDst], nSrc, err, tc.wantDst, tc.wantN, tc.wantErr, tc.reason)
			}
		})
	}
}

// TestSpanAgreesWithTransform checks, on every case input and every prefix
// of it, that the span Span reports transforms to itself.
func TestSpanAgreesWithTransform(t *testing.T) {
	for _, p := range namedProfiles {
		for _, tc := range opCases {
			for _, atEOF := range []bool{true, false} {
				tr := p.p.NewTransformer()
				n, err := tr.Span([]byte(tc.in), atEOF)
				if n < 0 || n > len(tc.in) {
					t.Fatalf("%s: Span(%q) = %d out of range", p.name, tc.in, n)
				}
				if err == nil && n != len(tc.in) {
					t.Errorf("%s: Span(%q) = %d, nil; nil error needs n == len", p.name, tc.in, n)
				}
				full := p.p.String(tc.in)
				if !strings.HasPrefix(full, tc.in[:n]) {
					t.Errorf("%s: Span(%q, %v) = %d, but String gives %q", p.name, tc.in, atEOF, n, full)
				}
				if atEOF && err == nil && full != tc.in {
					t.Errorf("%s: Span(%q) = nil error but String changes it to %q", p.name, tc.in, full)
				}
				// Continue with Transform after Span: the result must be String's.
				var buf bytes.Buffer
				buf.WriteString(tc.in[:n])
				rest, _, terr := transform.String(continueT{tr}, tc.in[n:])
				buf.WriteString(rest)
				if terr == nil && atEOF && buf.String() != full {
					t.Errorf("%s: Span then Transform on %q = %q, want %q", p.name, tc.in, buf.String(), full)
				}
			}
		}
	}
}

// continueT wraps a Transformer so that transform.String's Reset does not
// clear the state Span left.
type continueT struct{ t *normalize.Transformer }

func (c continueT) Reset() {}
func (c continueT) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	return c.t.Transform(dst, src, atEOF)
}

// TestChunking checks that the Transformer gives String's result for every
// chunk size, including one byte at a time.
func TestChunking(t *testing.T) {
	for _, p := range namedProfiles {
		for _, tc := range opCases {
			want := p.p.String(tc.in)
			for _, chunk := range []int{1, 2, 3, 5, 7, 64} {
				if got := streamString(p.p, tc.in, chunk); got != want {
					t.Errorf("%s: chunk %d on %q = %q, want %q", p.name, chunk, tc.in, got, want)
				}
			}
			got, _, err := transform.String(p.p.NewTransformer(), tc.in)
			if err != nil || got != want {
				t.Errorf("%s: transform.String(%q) = %q, %v; want %q", p.name, tc.in, got, err, want)
			}
		}
	}
}

// TestReaderLarge streams about 100 MB through transform.NewReader and
// checks the result against String on one repetition. Skipped with -short.
func TestReaderLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input skipped in -short mode")
	}
	unit := "في إطار الجهود الدبلوماسية لتهدئة الأوضاع في غـ زة، قال “بلينكن” إنّ ١٢٣ ﻻ\u200f  "
	want := normalize.Search.String(unit + unit)[len(normalize.Search.String(unit)):]
	n := 100 << 20 / len(unit)
	if raceEnabled {
		n /= 20 // keep -race runs short
	}
	r := transform.NewReader(&repeatReader{s: unit, n: n}, normalize.Search.NewTransformer())
	buf := make([]byte, 32<<10)
	var total int64
	var tail []byte
	for {
		k, err := r.Read(buf)
		total += int64(k)
		tail = append(tail, buf[:k]...)
		if len(tail) > 4*len(want) {
			tail = tail[len(tail)-2*len(want):]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Contains(tail, []byte(want)) {
		t.Errorf("stream tail = %q, want it to contain %q", tail, want)
	}
	if total < int64(n)*int64(len(want))-int64(len(want)) {
		t.Errorf("stream produced %d bytes, want about %d", total, int64(n)*int64(len(want)))
	}
}

type repeatReader struct {
	s   string
	n   int
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.s[r.off:])
	r.off += k
	if r.off == len(r.s) {
		r.off = 0
		r.n--
	}
	return k, nil
}
