package hijri

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeRune checks the two-byte fast path against the standard decoder
// on every two-byte input (and the one-byte prefixes of each).
func TestDecodeRune(t *testing.T) {
	for c0 := 0; c0 < 256; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, s := range []string{string([]byte{byte(c0), byte(c1)}), string([]byte{byte(c0)})} {
				r1, n1 := decodeRune(s)
				r2, n2 := utf8.DecodeRuneInString(s)
				if r1 != r2 || n1 != n2 {
					t.Fatalf("decodeRune(%q) = %U, %d; want %U, %d", s, r1, n1, r2, n2)
				}
			}
		}
	}
}
