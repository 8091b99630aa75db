// Package arabic holds the rune classes and small tables that several khabar
// packages share: Arabic letters, diacritics and Quranic marks, tatweel,
// alef and hamza forms, the two Arabic digit scripts and their values, Arabic
// punctuation, presentation forms, and the invisible (bidi and zero-width)
// controls and exotic spaces found in web text.
//
// Every class is defined by explicit code-point ranges taken from the Unicode
// Character Database (UnicodeData.txt general categories and the Arabic block
// charts, Unicode 15.0, the version of Go 1.26's unicode package); the comment
// on each range names the characters it holds. TestEveryRune walks every code
// point of the Arabic blocks U+0600–06FF, U+0750–077F, U+0870–08FF,
// U+FB50–FDFF and U+FE70–FEFF and pins its class against testdata/classes.txt.
//
// All functions are pure and the tables are immutable after package
// initialisation, so everything here is safe for concurrent use.
package arabic

// Class is a set of rune classes, as a bit mask. A rune may belong to several
// classes (an alef with hamza is both [Letter] and [AlefHamza]).
type Class uint16

// The rune classes. The ranges behind each class are listed in classes.go.
const (
	// Letter: Arabic-script letters of general category Lo (and the
	// letter-like Lm U+08C9), excluding tatweel, which has its own class.
	Letter Class = 1 << iota
	// Harakah: the eight core diacritics U+064B–U+0652 (three tanween,
	// fatha, damma, kasra, shadda, sukun).
	Harakah
	// Mark: the other Arabic combining marks that are not Quranic annotation:
	// honorific signs U+0610–U+061A, maddah and hamza above/below and the
	// rarer vowel signs U+0653–U+065F, superscript alef U+0670, the
	// Extended-B/A marks U+0898–U+089F and U+08CA–U+08D2.
	Mark
	// Quranic: Quranic annotation signs U+06D6–U+06ED and U+08D3–U+08FF,
	// including the few that are not combining (end of ayah U+06DD, rub el
	// hizb U+06DE, small waw/yeh U+06E5–U+06E6, place of sajdah U+06E9,
	// disputed end of ayah U+08E2).
	Quranic
	// Tatweel: U+0640 ARABIC TATWEEL (kashida), used to stretch words.
	Tatweel
	// Digit: Arabic-Indic digits U+0660–U+0669 and Extended Arabic-Indic
	// (Persian/Urdu) digits U+06F0–U+06F9. ASCII digits are not in this class.
	Digit
	// Punct: Arabic punctuation (general category Po): ، ؛ ؟ ٪ ٫ ٬ and the rest.
	Punct
	// Symbol: Arabic signs of category Sm, Sc, So and Sk (afghani sign, ray,
	// poetic verse sign, rial sign, ...).
	Symbol
	// Format: Arabic format characters of category Cf that carry meaning in
	// text: the number signs U+0600–U+0605, U+0890–U+0891 and U+08E2 (the
	// last two are also Quranic). The Arabic letter mark U+061C is Invisible.
	Format
	// Presentation: the Arabic presentation forms U+FB50–U+FDFF and
	// U+FE70–U+FEFC (contextual letter shapes and ligatures); NFKC maps them
	// back to base letters.
	Presentation
	// AlefHamza: the alef and hamza forms that orthographic normalisation
	// folds: ء آ أ ؤ إ ئ ا ٱ ٲ ٳ ٵ ٶ ٷ ٸ.
	AlefHamza
	// Invisible: zero-width and bidi controls that carry no text: soft hyphen
	// U+00AD, Arabic letter mark U+061C, U+200B–U+200F (ZWSP, ZWNJ, ZWJ, LRM,
	// RLM), U+202A–U+202E (embeddings and overrides), U+2060–U+2064 (word
	// joiner and invisible operators), U+2066–U+2069 (isolates), U+FEFF (BOM).
	Invisible
	// Space: space characters other than ASCII space that web text uses
	// between words: NBSP U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000.
	Space
)

// Of returns the classes of r. It returns 0 for runes outside every class,
// including ASCII letters and digits and invalid runes.
func Of(r rune) Class {
	switch {
	case r >= 0x0600 && r < 0x0900:
		return mainTable[r-0x0600]
	case r >= 0xFB50 && r <= 0xFEFF:
		return presentationClass(r)
	}
	return otherClass(r)
}

// Is reports whether r belongs to any of the classes in c.
func Is(r rune, c Class) bool { return Of(r)&c != 0 }

// IsLetter reports whether r is an Arabic-script letter ([Letter]).
func IsLetter(r rune) bool { return r >= 0x0600 && r < 0x0900 && mainTable[r-0x0600]&Letter != 0 }

// IsDiacritic reports whether r is a harakah, another Arabic combining mark
// or a Quranic annotation sign ([Harakah], [Mark] or [Quranic]).
func IsDiacritic(r rune) bool {
	return r >= 0x0600 && r < 0x0900 && mainTable[r-0x0600]&(Harakah|Mark|Quranic) != 0
}

// IsTatweel reports whether r is U+0640 ARABIC TATWEEL.
func IsTatweel(r rune) bool { return r == TatweelRune }

// IsInvisible reports whether r is a zero-width or bidi control ([Invisible]).
func IsInvisible(r rune) bool { return Of(r)&Invisible != 0 }

// IsSpace reports whether r is a space character other than ASCII space
// ([Space]).
func IsSpace(r rune) bool { return Of(r)&Space != 0 }

// IsWordRune reports whether r can be part of an Arabic word as written:
// a letter, a diacritic, a Quranic sign, tatweel or a presentation-form
// letter.
func IsWordRune(r rune) bool {
	return Of(r)&(Letter|Harakah|Mark|Quranic|Tatweel|Presentation) != 0
}

// Named code points used across packages.
const (
	TatweelRune      = '\u0640' // ـ ARABIC TATWEEL
	Comma            = '\u060C' // ، ARABIC COMMA
	Semicolon        = '\u061B' // ؛ ARABIC SEMICOLON
	QuestionMark     = '\u061F' // ؟ ARABIC QUESTION MARK
	PercentSign      = '\u066A' // ٪ ARABIC PERCENT SIGN
	DecimalSeparator = '\u066B' // ٫ ARABIC DECIMAL SEPARATOR
	ThousandsSep     = '\u066C' // ٬ ARABIC THOUSANDS SEPARATOR
	FullStop         = '\u06D4' // ۔ ARABIC FULL STOP (Urdu)
	LetterMark       = '\u061C' // ARABIC LETTER MARK (ALM), a bidi control
	Shadda           = '\u0651' // ARABIC SHADDA
	SuperscriptAlef  = '\u0670' // ARABIC LETTER SUPERSCRIPT ALEF
	Hamza            = '\u0621' // ء ARABIC LETTER HAMZA
	AlefMadda        = '\u0622' // آ
	AlefHamzaAbove   = '\u0623' // أ
	WawHamza         = '\u0624' // ؤ
	AlefHamzaBelow   = '\u0625' // إ
	YehHamza         = '\u0626' // ئ
	Alef             = '\u0627' // ا
	TehMarbuta       = '\u0629' // ة
	Heh              = '\u0647' // ه
	Waw              = '\u0648' // و
	AlefMaksura      = '\u0649' // ى
	Yeh              = '\u064A' // ي
	AlefWasla        = '\u0671' // ٱ
	Kaf              = '\u0643' // ك
	Lam              = '\u0644' // ل
)

var classNames = [...]string{
	"Letter", "Harakah", "Mark", "Quranic", "Tatweel", "Digit", "Punct",
	"Symbol", "Format", "Presentation", "AlefHamza", "Invisible", "Space",
}

// String returns the names of the classes in c joined by "|", or "0" for
// the empty set.
func (c Class) String() string {
	if c == 0 {
		return "0"
	}
	var b []byte
	for i, n := range classNames {
		if c&(1<<i) != 0 {
			if len(b) > 0 {
				b = append(b, '|')
			}
			b = append(b, n...)
		}
	}
	return string(b)
}
