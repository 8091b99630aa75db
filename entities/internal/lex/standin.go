package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
	"github.com/khabar-nlp/khabar/tokenize"
)

// Tokenize appends the tokens of s to dst (package tokenize's tokens), with
// their clitic segmentation.
func Tokenize(dst []Token, s string) []Token {
	for t := range tokenize.All(s) {
		k := Other
		switch t.Kind {
		case tokenize.Word:
			k = Arabic
		case tokenize.Latin:
			k = Latin
		case tokenize.Number:
			k = Number
		case tokenize.Punct, tokenize.Symbol:
			k = Punct
		}
		lt := Token{Start: t.Start, End: t.End, Text: t.Text, Kind: k}
		if k == Arabic {
			lt.Pre, lt.Suf = Segment(t.Text)
		}
		dst = append(dst, lt)
	}
	return dst
}

// Search returns the search form of s: diacritics, tatweel and invisible
// controls removed, alef forms folded to ا, ى to ي, ة to ه, ؤ to و, ئ to ي,
// spaces removed (so a tatweel-split word folds to one word).
func Search(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case arabic.IsDiacritic(r), arabic.IsTatweel(r), arabic.IsInvisible(r), r == ' ':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Segment returns the byte lengths of the proclitics and enclitics of an
// Arabic word. This stand-in (until package tokenize's segmenter is used)
// cuts proclitics only: the conjunction و or ف before a word of three
// letters or more that is not a known و/ف-initial word, and the prepositions
// ب ك ل before the article or an initial alef (بالقاهرة, لإسرائيل).
func Segment(w string) (pre, suf int) {
	i := 0
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && utf8.RuneCountInString(w) >= 4 && !wawInitial[Search(w)] {
		i = 2
	}
	rest := w[i:]
	if strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ك") || strings.HasPrefix(rest, "ل") {
		r2, _ := utf8.DecodeRuneInString(rest[2:])
		if (r2 == 'ا' || r2 == 'أ' || r2 == 'إ' || r2 == 'آ') && utf8.RuneCountInString(rest) >= 4 {
			i += 2
		} else if strings.HasPrefix(rest, "لل") && utf8.RuneCountInString(rest) >= 4 {
			i += 2
		}
	}
	if utf8.RuneCountInString(w[i:]) < 2 {
		return 0, 0
	}
	return i, 0
}

// wawInitial lists frequent words (search form) that start with و or ف as
// part of their root.
var wawInitial = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`وزير وزيره وزاره وزراء وكاله وكالات وفد وفاه وقت وقف وقال وقالت وصل وصلت
		وضع وطن وطني وطنيه ولايه ولايات واشنطن وليد وايل وادي واقع وسط وسايل وجه وجود وحده وحدات وثيقه
		وعد ورقه وفق وفقا ولد وهو وهي وكان وكانت ويل ويليام والد والده وارد وراء ورد ورده وصف وقع وقعت
		فلسطين فلسطيني فلسطينيه فلسطينيين فرنسا فرنسي فريق فرانس فيينا فنزويلا فيتنام فنلندا فيصل فهد فؤاد
		فواد فايز فادي فارس فراس فتح فتره فكره فيلم فوز فندق فصل فقط فوق فيه فيها فان فاطمه فريد فوزي
		فيلق فرع فرص فرصه فعل فعلا فكر فقد فقر فلم فيما وفي ومن وما ولا ولم ولن وان واذا وقد`) {
		m[w] = true
	}
	return m
}()
