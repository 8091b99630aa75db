// Package lexkey folds an Arabic word to the key under which the dates
// lexicon stores it. The same function builds the generated table (through
// package gentables) and looks words up at run time, so the two cannot drift
// apart.
package lexkey

import (
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// Append appends the key of word to dst and returns the extended slice.
// Diacritics and tatweel are dropped, alef forms with hamza or madda (أ إ آ ٱ)
// become bare alef, alef maqsura (ى) and Persian yeh (ی) become yeh (ي),
// teh marbuta (ة) becomes heh (ه), Persian kaf (ک) becomes kaf (ك), and
// invisible controls are dropped. Other runes, including ASCII, are kept;
// invalid UTF-8 bytes are kept as they are.
func Append(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, c)
			i++
			continue
		}
		i += n
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			r = 'ا'
		case 'ى', 'ی':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 'ک':
			r = 'ك'
		default:
			if arabic.IsDiacritic(r) || r == arabic.TatweelRune || arabic.IsInvisible(r) {
				continue
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// String returns the key of word as a string.
func String(word string) string { return string(Append(nil, word)) }
