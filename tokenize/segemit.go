package tokenize

// emit appends the segments of candidate c under scheme to dst.
func (w *analysis) emit(dst []Segment, c cand, scheme Scheme) []Segment {
	word := w.word
	if c.conj == 1 {
		dst = append(dst, Segment{Start: 0, End: w.at(1), Form: word[:w.at(1)], Role: Conjunction})
	}
	stemStart := c.s
	if c.prep != prNone {
		p := c.conj
		role := Preposition
		if c.prep == prS {
			role = Future
		}
		dst = append(dst, Segment{Start: w.at(p), End: w.at(p + 1), Form: word[w.at(p):w.at(p+1)], Role: role})
	}
	a, b := w.at(stemStart), w.at(c.e)
	switch {
	case c.prep == prLL && scheme == Clitics:
		dst = append(dst, Segment{Start: a, End: b, Form: "ا" + word[a:b], Role: Stem})
	case c.prep == prLL:
		l := w.at(stemStart + 1)
		dst = append(dst, Segment{Start: a, End: l, Form: "ال", Role: Determiner})
		dst = w.emitStem(dst, stemStart+1, c.e, c.pron >= 0, scheme)
	default:
		if scheme != Clitics && w.hasArticle(stemStart, c.e) {
			l := w.at(stemStart + 2)
			dst = append(dst, Segment{Start: a, End: l, Form: word[a:l], Role: Determiner})
			stemStart += 2
		}
		dst = w.emitStem(dst, stemStart, c.e, c.pron >= 0, scheme)
	}
	if c.pron >= 0 {
		a := w.at(c.e)
		dst = append(dst, Segment{Start: a, End: len(word), Form: word[a:], Role: Pronoun})
	}
	return dst
}

// hasArticle reports whether the stem [i, j) starts with an article that
// the Article and Full schemes cut: written ال (plain alef) followed by at
// least two letters, the stem not being a function word (الذي, الله).
func (w *analysis) hasArticle(i, j int) bool {
	if j-i < 4 || w.raw[i] != 'ا' || w.raw[i+1] != 'ل' {
		return false
	}
	return w.class(i, j)&lexFunc == 0
}

// fusedMa reports the fused من/عن + ما/من words (مما عما ممن عمن) at [i, j):
// the form of the first part, or "".
func (w *analysis) fusedMa(i, j int) string {
	if j-i != 3 || w.folded(i+1) != 'م' {
		return ""
	}
	if t := w.folded(i + 2); t != 'ا' && t != 'ن' {
		return ""
	}
	switch w.folded(i) {
	case 'م':
		return "من"
	case 'ع':
		return "عن"
	}
	return ""
}

// emitStem appends the stem [i, j) and, under Full, its inflectional
// suffix.
func (w *analysis) emitStem(dst []Segment, i, j int, beforePron bool, scheme Scheme) []Segment {
	word := w.word
	a, b := w.at(i), w.at(j)
	if f := w.fusedMa(i, j); f != "" {
		m := w.at(i + 1)
		dst = append(dst, Segment{Start: a, End: m, Form: f, Role: Preposition})
		return append(dst, Segment{Start: m, End: b, Form: word[m:b], Role: Stem})
	}
	if scheme == Full {
		if k := w.inflSplit(i, j, beforePron); k > 0 {
			m := w.at(j - k)
			dst = append(dst, Segment{Start: a, End: m, Form: word[a:m], Role: Stem})
			return append(dst, Segment{Start: m, End: b, Form: word[m:b], Role: Inflection})
		}
	}
	return append(dst, Segment{Start: a, End: b, Form: word[a:b], Role: Stem})
}

// inflSplit returns the length in letters of the inflectional suffix the
// Full scheme cuts from the stem [i, j) (article already removed), or 0.
func (w *analysis) inflSplit(i, j int, beforePron bool) int {
	n := j - i
	if n < 3 {
		return 0
	}
	last := w.folded(j - 1)
	whole := w.class(i, j)
	noun := whole&lexNoun != 0
	switch {
	case last == 'ة':
		return 1
	case beforePron && last == 'ت' && w.classWith(i, j, 'ة') != 0:
		return 1
	case n >= 4 && w.suffixIs(j, sufAt) && w.raw[j-2] == 'ا':
		// ات written with a plain alef (not بدأت), the word not a lexicon
		// noun itself (أصوات, إثبات are broken plurals and masdars)
		if noun {
			return 0
		}
		return 2
	case n >= 4 && (w.suffixIs(j, sufYn) || w.suffixIs(j, sufWn)):
		base := w.class(i, j-2)
		switch {
		case tensBase(w, i, j-2):
			return 2 // عشرين ثلاثين ... ستين
		case noun || base == 0 || n < 5:
			return 0
		case whole == 0 || base&lexVerb != 0:
			return 2
		}
	case n >= 4 && w.suffixIs(j, sufAn):
		// the dual is rare in news and names ending in ان are common: cut
		// only verb forms (يقولان)
		if whole&lexVerb != 0 && !noun && w.class(i, j-2)&lexVerb != 0 {
			return 2
		}
	case n >= 4 && w.suffixIs(j, sufWa):
		if w.class(i, j-2)&lexVerb != 0 || w.class(i, j-1)&lexVerb != 0 {
			return 2
		}
	case last == 'ت':
		// the perfect's subject marker: كانت, بدأت, جرت
		if noun {
			return 0
		}
		if w.class(i, j-1)&lexVerb != 0 {
			return 1
		}
	case last == 'ا' && n >= 4:
		// the accusative alef (tanween): يوما, تجاريا, شيئا
		if noun || whole&lexFunc != 0 {
			return 0
		}
		b := w.class(i, j-1)
		if b&lexNoun != 0 || w.lookup(i, j-1, hamzaBase(w.folded(j-2)))&lexNoun != 0 ||
			w.folded(j-2) == 'ي' && w.class(i, j-2)&lexNoun != 0 {
			return 1
		}
	}
	return 0
}

// hamzaBase returns ء for a hamza on a seat (ئ ؤ), which the lexicon spells
// ء at the end of a word (شيئا → شيء), and 0 otherwise.
func hamzaBase(r rune) rune {
	if r == 'ئ' || r == 'ؤ' {
		return 'ء'
	}
	return 0
}

// tensBase reports whether the letters [i, j) are the base of a tens
// numeral (عشر ثلاث اربع خمس ست سبع ثمان تسع).
func tensBase(w *analysis, i, j int) bool {
	switch j - i {
	case 2:
		return w.f[i] == 'س' && w.f[i+1] == 'ت'
	case 3:
		a, b, c := w.f[i], w.f[i+1], w.f[i+2]
		return a == 'ع' && b == 'ش' && c == 'ر' || a == 'ث' && b == 'ل' && c == 'ث' ||
			a == 'خ' && b == 'م' && c == 'س' || a == 'س' && b == 'ب' && c == 'ع' || a == 'ت' && b == 'س' && c == 'ع'
	case 4:
		a, b, c, d := w.f[i], w.f[i+1], w.f[i+2], w.f[i+3]
		return a == 'ا' && b == 'ر' && c == 'ب' && d == 'ع' || a == 'ث' && b == 'م' && c == 'ا' && d == 'ن'
	}
	return false
}

// Inflectional suffixes the Full scheme cuts, folded.
var (
	sufAt = []rune("ات")
	sufYn = []rune("ين")
	sufWn = []rune("ون")
	sufAn = []rune("ان")
	sufWa = []rune("وا")
)

// suffixIs reports whether the folded letters before j end with suf.
func (w *analysis) suffixIs(j int, suf []rune) bool { return w.hasSuffix(0, j, suf, 0) }
