package normalize

import "unicode/utf8"

// decode is utf8.DecodeRune for both strings and byte slices: it returns the
// rune at s[i] and its size, or (utf8.RuneError, 1) for an ill-formed or
// incomplete sequence.
func decode[S input](s S, i int) (rune, int) {
	n := len(s) - i
	c0 := s[i]
	switch {
	case c0 < 0x80:
		return rune(c0), 1
	case c0 < 0xC2:
		return utf8.RuneError, 1
	case c0 < 0xE0:
		if n < 2 || s[i+1]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c0 < 0xF0:
		lo, hi := byte(0x80), byte(0xBF)
		switch c0 {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		}
		if n < 3 || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	case c0 < 0xF5:
		lo, hi := byte(0x80), byte(0xBF)
		switch c0 {
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if n < 4 || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != 0x80 || s[i+3]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
	}
	return utf8.RuneError, 1
}

// fullRune is utf8.FullRune for both strings and byte slices.
func fullRune[S input](s S) bool {
	var b [utf8.UTFMax]byte
	n := copy(b[:], s)
	return utf8.FullRune(b[:n])
}
