package normalize

// An Option turns on one normalisation operation. Options are combined by
// [New] into a [Profile]; the named profiles [Display], [Search] and [Lucene]
// are built from the same options. Each option's doc lists the exact code
// points it touches.
type Option func(*options)

// TatweelMode says what happens to U+0640 ARABIC TATWEEL (kashida).
type TatweelMode uint8

// The tatweel modes.
const (
	// TatweelKeep leaves every tatweel in place.
	TatweelKeep TatweelMode = iota
	// TatweelInWords removes a tatweel that follows an Arabic letter or an
	// Arabic diacritic (in the output), that is, one inside or at the end of
	// a word: كتـــاب → كتاب. A tatweel standing alone or opening a word (a
	// dash in "القاهرة ـ وكالات") is kept.
	TatweelInWords
	// TatweelAll removes every tatweel.
	TatweelAll
)

// YehMode says how alef maksura U+0649 ى and yeh U+064A ي are unified.
type YehMode uint8

// The alef maksura modes.
const (
	// YehKeep leaves ى and ي as written.
	YehKeep YehMode = iota
	// MaksuraToYeh maps every alef maksura ى U+0649 to yeh ي U+064A.
	MaksuraToYeh
	// FinalYehToMaksura maps a word-final yeh ي U+064A to alef maksura ى
	// U+0649 (the Egyptian spelling). Final means that the next rune after
	// any diacritics, removed invisibles and removed tatweel is not an Arabic
	// letter; the look-ahead is bounded (see [Lookahead]), and a yeh whose
	// follower is further away is left alone.
	FinalYehToMaksura
)

// DigitMode says how decimal digits are unified.
type DigitMode uint8

// The digit modes.
const (
	// DigitsKeep leaves digits as written.
	DigitsKeep DigitMode = iota
	// DigitsToLatin maps Arabic-Indic digits ٠–٩ U+0660–U+0669 and Extended
	// Arabic-Indic digits ۰–۹ U+06F0–U+06F9 to ASCII 0–9, and the Arabic
	// decimal separator ٫ U+066B, thousands separator ٬ U+066C and percent
	// sign ٪ U+066A to '.', ',' and '%'.
	DigitsToLatin
	// DigitsToArabicIndic maps ASCII 0–9 and Extended Arabic-Indic ۰–۹
	// U+06F0–U+06F9 to Arabic-Indic ٠–٩ U+0660–U+0669. Digits inside Latin
	// words (F16, COVID-19) are mapped too.
	DigitsToArabicIndic
)

// PunctMode says how the comma, semicolon and question mark are unified.
type PunctMode uint8

// The punctuation modes.
const (
	// PunctKeep leaves punctuation as written.
	PunctKeep PunctMode = iota
	// PunctToArabic maps the ASCII comma ',', semicolon ';' and question mark
	// '?' to ، U+060C, ؛ U+061B and ؟ U+061F when the rune before it (in the
	// output) is an Arabic letter, diacritic or tatweel: "غزة, وقال" →
	// "غزة، وقال". After digits and Latin text they are left alone.
	PunctToArabic
	// PunctToLatin maps ، U+060C, ؛ U+061B and ؟ U+061F to ',', ';' and '?'
	// everywhere.
	PunctToLatin
)

// options is the set of operations of a profile. The zero value does
// nothing.
type options struct {
	presentation bool // NFKC of U+FB50–U+FDFF and U+FE70–U+FEFF
	nfc          bool // NFC of the whole output
	illFormed    bool // replace ill-formed bytes with U+FFFD

	harakat  bool // U+064B–U+0650, U+0652
	shadda   bool // U+0651
	marks    bool // U+0610–U+061A, U+0653–U+065F, U+0670, U+0898–U+089F, U+08CA–U+08D2
	quranic  bool // combining Quranic annotation signs
	tatweel  TatweelMode
	repair   bool // join words split after a tatweel
	alef     bool // أ إ آ ٱ → ا
	alef3    bool // أ إ آ → ا (Lucene: not ٱ)
	yeh      YehMode
	teh      bool // ة → ه
	seats    bool // ؤ → و, ئ → ي
	persian  bool // ک ی ہ ە ۀ
	digits   DigitMode
	invis    bool // remove invisible and bidi controls
	spaces   bool // exotic spaces → ' '
	collapse bool // runs of ' ' → one ' '
	quotes   bool // “ ” « » „ ‟ → ", ‘ ’ → '
	dashes   bool // – — → -
	punct    PunctMode
}

// PresentationForms maps the Arabic presentation forms, U+FB50–U+FDFF
// (Presentation Forms-A) and U+FE70–U+FEFC (Presentation Forms-B), to the
// base letters they stand for, using the NFKC decomposition of
// golang.org/x/text/unicode/norm restricted to those two ranges: ﻻ U+FEFB →
// لا, ﷲ U+FDF2 → الله, ﺑ U+FE91 → ب, ﷺ U+FDFA → صلى الله عليه وسلم. The
// runes produced then go through the profile's other operations. Signs in
// those blocks that are not letters (ornate parentheses U+FD3E–U+FD3F, the
// rial sign U+FDFC, the bismillah U+FDFD) are left alone.
func PresentationForms() Option { return func(o *options) { o.presentation = true } }

// ComposeNFC applies Unicode canonical composition (NFC, via
// golang.org/x/text/unicode/norm) to the whole output, after the other
// operations: a combining hamza U+0654 or U+0655 or madda U+0653 after ا و ي
// composes to أ إ آ ؤ ئ, and decomposed Latin letters compose. With this
// option [Profile.Append] may allocate when the output holds combining
// sequences.
func ComposeNFC() Option { return func(o *options) { o.nfc = true } }

// ReplaceIllFormed replaces each byte of ill-formed UTF-8 with U+FFFD. Without
// it ill-formed bytes pass through unchanged.
func ReplaceIllFormed() Option { return func(o *options) { o.illFormed = true } }

// RemoveHarakat removes the short vowels and tanween: fathatan U+064B,
// dammatan U+064C, kasratan U+064D, fatha U+064E, damma U+064F, kasra U+0650
// and sukun U+0652. Shadda has its own option, [RemoveShadda].
func RemoveHarakat() Option { return func(o *options) { o.harakat = true } }

// RemoveShadda removes shadda U+0651.
func RemoveShadda() Option { return func(o *options) { o.shadda = true } }

// RemoveMarks removes the other Arabic combining marks: maddah above U+0653,
// hamza above U+0654 and below U+0655, and the rarer vowel signs
// U+0656–U+065F; superscript alef U+0670; the honorific and small high
// letter signs U+0610–U+061A; and the Extended-A/B marks U+0898–U+089F and
// U+08CA–U+08D2.
func RemoveMarks() Option { return func(o *options) { o.marks = true } }

// RemoveQuranic removes the Quranic annotation signs U+06D6–U+06ED and
// U+08D3–U+08FF, except the ones that are not marks: end of ayah U+06DD,
// rub el hizb ۞ U+06DE, place of sajdah ۩ U+06E9 and the disputed end of
// ayah U+08E2 are kept.
func RemoveQuranic() Option { return func(o *options) { o.quranic = true } }

// RemoveDiacritics is [RemoveHarakat], [RemoveShadda], [RemoveMarks] and
// [RemoveQuranic] together.
func RemoveDiacritics() Option {
	return func(o *options) { o.harakat, o.shadda, o.marks, o.quranic = true, true, true, true }
}

// Tatweel sets what happens to U+0640 ARABIC TATWEEL; see [TatweelMode].
func Tatweel(m TatweelMode) Option { return func(o *options) { o.tatweel = m } }

// RepairSplitWords joins a word that a tatweel and a space split in two,
// as web text often does: غـ زة → غزة, فلسطـ ين → فلسطين.
//
// The rule: when an Arabic word ends in tatweel (optionally followed by
// diacritics) and is followed by one or more spaces (U+0020 and the exotic
// spaces of [FoldSpaces], plus any runes this profile removes) and then an
// Arabic letter, the spaces are removed. The gap may be at most [Lookahead]
// bytes long. The exception is a standalone abbreviation: a word of the
// single letter ه U+0647 or م U+0645 that comes right after a number (only
// spaces between), as in the Hijri year "1445 هـ الموافق"; it stays a
// separate word (its tatweel is still subject to [Tatweel]).
func RepairSplitWords() Option { return func(o *options) { o.repair = true } }

// FoldAlef maps the alef forms أ U+0623, إ U+0625, آ U+0622 and ٱ U+0671 to
// bare alef ا U+0627.
func FoldAlef() Option { return func(o *options) { o.alef = true } }

// AlefMaksura sets how ى U+0649 and ي U+064A are unified; see [YehMode].
func AlefMaksura(m YehMode) Option { return func(o *options) { o.yeh = m } }

// TehMarbutaToHeh maps teh marbuta ة U+0629 to heh ه U+0647.
func TehMarbutaToHeh() Option { return func(o *options) { o.teh = true } }

// FoldHamzaSeats maps waw with hamza ؤ U+0624 to waw و U+0648 and yeh with
// hamza ئ U+0626 to yeh ي U+064A. It loses information and is meant for
// search only.
func FoldHamzaSeats() Option { return func(o *options) { o.seats = true } }

// FoldPersian maps Persian and Urdu look-alike letters to their Arabic
// counterparts: keheh ک U+06A9 → kaf ك U+0643, farsi yeh ی U+06CC → yeh ي
// U+064A, heh goal ہ U+06C1 and ae ە U+06D5 → heh ه U+0647, heh with yeh
// above ۀ U+06C0 → teh marbuta ة U+0629 (then ه with [TehMarbutaToHeh]).
func FoldPersian() Option { return func(o *options) { o.persian = true } }

// Digits sets how decimal digits are unified; see [DigitMode].
func Digits(m DigitMode) Option { return func(o *options) { o.digits = m } }

// RemoveInvisible removes zero-width and bidi controls: soft hyphen U+00AD,
// Arabic letter mark U+061C, zero width space U+200B, ZWNJ U+200C, ZWJ
// U+200D, LRM U+200E, RLM U+200F, the embeddings and overrides
// U+202A–U+202E, word joiner and invisible operators U+2060–U+2064, the
// isolates U+2066–U+2069 and the byte order mark U+FEFF.
func RemoveInvisible() Option { return func(o *options) { o.invis = true } }

// FoldSpaces maps the exotic spaces no-break space U+00A0, U+2000–U+200A,
// narrow no-break space U+202F, medium mathematical space U+205F and
// ideographic space U+3000 to U+0020.
func FoldSpaces() Option { return func(o *options) { o.spaces = true } }

// CollapseSpaces folds a run of U+0020 spaces (in the output, so after
// [FoldSpaces] and removals) into one. Tabs and line breaks are kept.
func CollapseSpaces() Option { return func(o *options) { o.collapse = true } }

// FoldQuotes maps the double quotes “ U+201C, ” U+201D, « U+00AB, » U+00BB,
// „ U+201E and ‟ U+201F to the ASCII quotation mark U+0022, and the single
// quotes ‘ U+2018 and ’ U+2019 to the ASCII apostrophe U+0027.
func FoldQuotes() Option { return func(o *options) { o.quotes = true } }

// FoldDashes maps en dash – U+2013 and em dash — U+2014 to '-'.
func FoldDashes() Option { return func(o *options) { o.dashes = true } }

// Punct sets how the comma, semicolon and question mark are unified; see
// [PunctMode].
func Punct(m PunctMode) Option { return func(o *options) { o.punct = m } }

// luceneAlef is Lucene's alef rule: آ أ إ → ا, but not ٱ.
func luceneAlef() Option { return func(o *options) { o.alef3 = true } }
