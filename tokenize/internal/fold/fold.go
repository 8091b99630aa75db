// Package fold holds the letter folding shared by the tokenize segmenter and
// its lexicon generator, so that the two cannot drift apart.
package fold

// Letter maps an Arabic letter to the form under which the lexicon stores
// it: the alef forms أ إ آ ٱ fold to ا, ى to ي, and the Persian/Urdu kaf and
// yeh (ک ی) to ك ي. ok is false for runes the segmenter does not handle as
// letters (everything outside the Arabic letters U+0621–U+064A and the few
// extra letters of loanwords, پ چ ڤ گ).
func Letter(r rune) (f rune, ok bool) {
	switch {
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا', true
	case r == 'ى' || r == 'ی':
		return 'ي', true
	case r == 'ک':
		return 'ك', true
	case r >= 0x0621 && r <= 0x063A || r >= 0x0641 && r <= 0x064A:
		return r, true
	case r == 'پ' || r == 'چ' || r == 'ڤ' || r == 'گ':
		return r, true
	}
	return 0, false
}

// Skip reports whether r is written inside a word but carries no letter: the
// harakat and other combining marks U+064B–U+065F, superscript alef
// U+0670, tatweel U+0640 and the zero-width (non-)joiners.
func Skip(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || r == 0x200C || r == 0x200D ||
		r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9
}

// Word folds every letter of w and drops the runes Skip reports. ok is false
// when w holds any other rune.
func Word(w string) (string, bool) {
	b := make([]rune, 0, len(w)/2)
	for _, r := range w {
		if Skip(r) {
			continue
		}
		f, ok := Letter(r)
		if !ok {
			return "", false
		}
		b = append(b, f)
	}
	return string(b), true
}
