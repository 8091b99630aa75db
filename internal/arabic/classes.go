package arabic

// classRange assigns class c to the runes lo..hi inclusive.
type classRange struct {
	lo, hi rune
	c      Class
}

// mainRanges lists the classes of the Arabic blocks U+0600–06FF (Arabic),
// U+0750–077F (Arabic Supplement), U+0870–089F (Arabic Extended-B) and
// U+08A0–08FF (Arabic Extended-A). Source: UnicodeData.txt (Unicode 15.0),
// general category in brackets. Ranges may overlap; classes are OR-ed.
var mainRanges = []classRange{
	{0x0600, 0x0605, Format},    // [Cf] number sign, sanah, footnote marker, safha, samvat, number mark above
	{0x0606, 0x0608, Symbol},    // [Sm] cube root, fourth root, ray
	{0x0609, 0x060A, Punct},     // [Po] per mille, per ten thousand
	{0x060B, 0x060B, Symbol},    // [Sc] afghani sign
	{0x060C, 0x060D, Punct},     // [Po] ، comma, ؍ date separator
	{0x060E, 0x060F, Symbol},    // [So] poetic verse sign, sign misra
	{0x0610, 0x061A, Mark},      // [Mn] honorifics (sallallahou ...) and small high letters
	{0x061B, 0x061B, Punct},     // [Po] ؛ semicolon
	{0x061D, 0x061F, Punct},     // [Po] end of text mark, ؞ triple dot, ؟ question mark
	{0x0620, 0x063F, Letter},    // [Lo] kashmiri yeh, hamza, alef ... ghain, farsi yeh forms
	{0x0621, 0x0627, AlefHamza}, // ء آ أ ؤ إ ئ ا
	{0x0640, 0x0640, Tatweel},   // [Lm] tatweel
	{0x0641, 0x064A, Letter},    // [Lo] feh ... yeh
	{0x064B, 0x0652, Harakah},   // [Mn] fathatan dammatan kasratan fatha damma kasra shadda sukun
	{0x0653, 0x065F, Mark},      // [Mn] maddah above, hamza above/below, subscript alef, ... wavy hamza below
	{0x0660, 0x0669, Digit},     // [Nd] Arabic-Indic digits
	{0x066A, 0x066D, Punct},     // [Po] ٪ percent, ٫ decimal sep, ٬ thousands sep, ٭ five pointed star
	{0x066E, 0x066F, Letter},    // [Lo] dotless beh, dotless qaf
	{0x0670, 0x0670, Mark},      // [Mn] superscript alef
	{0x0671, 0x06D3, Letter},    // [Lo] alef wasla ... yeh barree with hamza above
	{0x0671, 0x0673, AlefHamza}, // ٱ ٲ ٳ
	{0x0675, 0x0678, AlefHamza}, // ٵ ٶ ٷ ٸ (high hamza forms)
	{0x06D4, 0x06D4, Punct},     // [Po] ۔ Urdu full stop
	{0x06D5, 0x06D5, Letter},    // [Lo] ae
	{0x06D6, 0x06ED, Quranic},   // [Mn, Cf 06DD, So 06DE 06E9, Lm 06E5-06E6] Quranic annotation signs
	{0x06EE, 0x06EF, Letter},    // [Lo] dal/reh with inverted v
	{0x06F0, 0x06F9, Digit},     // [Nd] Extended Arabic-Indic digits
	{0x06FA, 0x06FC, Letter},    // [Lo] sheen/dad/ghain with dot below
	{0x06FD, 0x06FE, Symbol},    // [So] sign sindhi ampersand, sindhi postposition men
	{0x06FF, 0x06FF, Letter},    // [Lo] heh with inverted v
	{0x0750, 0x077F, Letter},    // [Lo] Arabic Supplement letters
	{0x0870, 0x0887, Letter},    // [Lo] Arabic Extended-B letters
	{0x0888, 0x0888, Symbol},    // [Sk] raised round dot
	{0x0889, 0x088E, Letter},    // [Lo] Arabic Extended-B letters
	{0x0890, 0x0891, Format},    // [Cf] pound mark above, piastre mark above
	{0x0898, 0x089F, Mark},      // [Mn] small high word al-juz, ... half madda over madda
	{0x08A0, 0x08C8, Letter},    // [Lo] Arabic Extended-A letters
	{0x08C9, 0x08C9, Letter},    // [Lm] small farsi yeh
	{0x08CA, 0x08D2, Mark},      // [Mn] small high farsi yeh ... large round dot inside circle below
	{0x08D3, 0x08FF, Quranic},   // [Mn, Cf 08E2] small low waw ... mark sideways noon ghunna
	{0x08E2, 0x08E2, Format},    // [Cf] disputed end of ayah
}

// otherRanges lists the classes of runes outside the Arabic blocks. Source:
// UnicodeData.txt (general categories Cf and Zs) and the Unicode
// Bidirectional Algorithm (UAX #9) list of explicit formatting characters.
var otherRanges = []classRange{
	{0x00A0, 0x00A0, Space},     // [Zs] no-break space
	{0x00AD, 0x00AD, Invisible}, // [Cf] soft hyphen
	{0x2000, 0x200A, Space},     // [Zs] en quad ... hair space
	{0x200B, 0x200F, Invisible}, // [Cf] zero width space, ZWNJ, ZWJ, LRM, RLM
	{0x202A, 0x202E, Invisible}, // [Cf] LRE RLE PDF LRO RLO
	{0x202F, 0x202F, Space},     // [Zs] narrow no-break space
	{0x205F, 0x205F, Space},     // [Zs] medium mathematical space
	{0x2060, 0x2064, Invisible}, // [Cf] word joiner, function application, invisible times/separator/plus
	{0x2066, 0x2069, Invisible}, // [Cf] LRI RLI FSI PDI
	{0x3000, 0x3000, Space},     // [Zs] ideographic space
}

// mainTable holds the classes of U+0600–U+08FF, indexed by r-0x0600. Runes
// of the Syriac, Thaana, NKo, Samaritan and Mandaic blocks in between are 0.
var mainTable = func() (t [0x0300]Class) {
	for _, cr := range mainRanges {
		for r := cr.lo; r <= cr.hi; r++ {
			t[r-0x0600] |= cr.c
		}
	}
	t[LetterMark-0x0600] = Invisible // [Cf] ARABIC LETTER MARK, a bidi control
	return t
}()

// presentationClass returns the class of a rune in U+FB50–U+FEFF: the
// assigned letters, ligatures and isolated-diacritic forms of the Arabic
// Presentation Forms-A (U+FB50–FDFF) and -B (U+FE70–FEFC) blocks are
// Presentation; the ornate parentheses U+FD3E–FD3F, the signs U+FBB2–FBC2,
// U+FD40–FD4F, U+FDCF and U+FDFC–FDFF are Symbol or Punct; U+FEFF (byte
// order mark / zero width no-break space) is Invisible; unassigned code
// points and the noncharacters U+FDD0–FDEF are 0.
func presentationClass(r rune) Class {
	switch {
	case r <= 0xFBB1:
		return Presentation
	case r <= 0xFBC2:
		return Symbol // [Sk] Arabic symbols (dot above, ...)
	case r < 0xFBD3:
		return 0
	case r <= 0xFD3D:
		return Presentation
	case r <= 0xFD3F:
		return Punct // [Pe, Ps] ornate parentheses
	case r <= 0xFD4F:
		return Symbol // [So] ligature signs added in Unicode 14
	case r <= 0xFD8F:
		return Presentation
	case r <= 0xFD91:
		return 0
	case r <= 0xFDC7:
		return Presentation
	case r <= 0xFDCE:
		return 0
	case r == 0xFDCF:
		return Symbol // [So] salaamuhu alayhi
	case r <= 0xFDEF:
		return 0 // noncharacters
	case r <= 0xFDFB:
		return Presentation // [Lo] ligatures incl. ﷲ U+FDF2
	case r <= 0xFDFF:
		return Symbol // [Sc, So] rial sign, bismillah, ...
	case r < 0xFE70:
		return 0 // other blocks (variation selectors, CJK forms, small forms)
	case r == 0xFE75:
		return 0
	case r <= 0xFEFC:
		return Presentation
	case r == 0xFEFF:
		return Invisible
	}
	return 0
}

// otherClass returns the class of a rune outside the Arabic blocks.
func otherClass(r rune) Class {
	if r < 0x00A0 || r > 0x3000 {
		return 0
	}
	for _, cr := range otherRanges {
		if r < cr.lo {
			return 0
		}
		if r <= cr.hi {
			return cr.c
		}
	}
	return 0
}
