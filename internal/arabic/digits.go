package arabic

// Script identifies the digit script of a decimal digit.
type Script uint8

// The three digit scripts of Arabic text.
const (
	NoScript    Script = iota // not a decimal digit
	Western                   // ASCII 0–9 (U+0030–U+0039)
	ArabicIndic               // ٠–٩ U+0660–U+0669 (Arabic-Indic, used in the Arab East)
	Extended                  // ۰–۹ U+06F0–U+06F9 (Extended Arabic-Indic: Persian, Urdu)
)

// String returns the script's name: "western", "arabic-indic", "extended" or "none".
func (s Script) String() string {
	switch s {
	case Western:
		return "western"
	case ArabicIndic:
		return "arabic-indic"
	case Extended:
		return "extended"
	}
	return "none"
}

// Zero returns the digit zero of the script (U+0030, U+0660 or U+06F0), or
// -1 for NoScript. The digit d of script s is Zero()+d.
func (s Script) Zero() rune {
	switch s {
	case Western:
		return '0'
	case ArabicIndic:
		return '\u0660'
	case Extended:
		return '\u06F0'
	}
	return -1
}

// DigitValue returns the value 0–9 of r and its script, for ASCII, Arabic-Indic
// and Extended Arabic-Indic digits (UnicodeData.txt: general category Nd,
// numeric value field). For any other rune it returns (-1, NoScript).
func DigitValue(r rune) (int, Script) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), Western
	case r >= '\u0660' && r <= '\u0669':
		return int(r - '\u0660'), ArabicIndic
	case r >= '\u06F0' && r <= '\u06F9':
		return int(r - '\u06F0'), Extended
	}
	return -1, NoScript
}

// IsDigit reports whether r is a decimal digit in any of the three scripts.
func IsDigit(r rune) bool {
	_, s := DigitValue(r)
	return s != NoScript
}
