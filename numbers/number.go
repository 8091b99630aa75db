package numbers

import "errors"

// Errors returned by [Parse] and the spelling functions, wrapped with the
// offending input; test them with errors.Is.
var (
	// ErrSyntax reports input that is not exactly one number.
	ErrSyntax = errors.New("numbers: not a number")
	// ErrRange reports a number too large (or too precise) for [Value], or
	// an argument outside what a function supports.
	ErrRange = errors.New("numbers: value out of range")
)

// Number is a number found in text.
type Number struct {
	// Start and End are byte offsets [Start, End) into the original string;
	// s[Start:End] == Text. The span covers the number itself: its digits or
	// words, a sign, a percent sign or percent words (في المئة) and scale
	// words (مليون); for a range, both ends and the word between. It does not
	// cover bound words (نحو, أكثر من, بين) — they are reported in Approx —
	// nor a proclitic conjunction or preposition glued to the first word
	// (the و of وثلاثة, the ب of بألفين). The article ال of an ordinal
	// (الثامنة, الـ15) is part of the span.
	Start, End int
	Text       string
	// Value is the exact value. For a percentage it is the number before
	// the percent sign (25 for "25%"); for a range or a vague quantity it is
	// the lower end.
	Value Value
	// Max is the upper end of a Range or Vague quantity; zero otherwise.
	Max Value
	// Kind says what the number counts or measures.
	Kind Kind
	// Form is the surface form: digits, words or both.
	Form Form
	// Approx is the bound the surrounding words put on the number.
	Approx Approx
	// FromEnd is set for a Relative number counted from the end (الأخير is
	// 0 from the end, قبل الأخير -1); otherwise Value counts from the
	// current item (التالي is +1).
	FromEnd bool
	// Script is the digit script of the digits in Text, or NoScript for
	// numbers written in words only.
	Script Script
}

// Kind is the kind of a number.
type Kind uint8

// The kinds of number.
const (
	Cardinal Kind = iota // a count or amount: 37124, ستة, 1.5 مليون
	Ordinal              // a rank: الثامنة, الحادي والعشرون, الـ15
	Fraction             // a fraction: ثلث, ثلاثة أرباع, واحد ونصف, ٣/٤
	Percent              // a percentage: 25%, ٢٥٪, خمسة في المئة (Value is 25, not 0.25)
	Decimal              // a number written with a decimal separator: 3.5, ٣٫٥, واحد فاصلة خمسة
	Relative             // a relative ordinal (only with Options.Relative): التالي (+1), الأخير (end)
)

var kindNames = [...]string{"cardinal", "ordinal", "fraction", "percent", "decimal", "relative"}

// String returns "cardinal", "ordinal", "fraction", "percent", "decimal" or
// "relative".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Form is how a number is written.
type Form uint8

// The surface forms.
const (
	DigitsForm Form = iota // only digits (and separators, signs, %)
	WordsForm              // only words
	MixedForm              // digits with words: 1.5 مليون, ٣ ملايين, 25 في المئة
)

var formNames = [...]string{"digits", "words", "mixed"}

// String returns "digits", "words" or "mixed".
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "unknown"
}

// Approx is the bound that the words around a number put on it.
type Approx uint8

// The bounds.
const (
	Exact    Approx = iota // no bound word
	About                  // نحو، حوالي، قرابة، زهاء، ما يقرب من، تقريبا
	MoreThan               // أكثر من، ما يزيد على/عن، أزيد من، ما يربو على
	AtLeast                // ما لا يقل عن، لا يقل عن، على الأقل
	LessThan               // أقل من، ما يقل عن، دون
	AtMost                 // لا يزيد على/عن، ما لا يزيد على، على الأكثر
	Range                  // بين X و Y، من X إلى Y: Value is X, Max is Y
	Vague                  // عشرات، مئات، آلاف، بضعة: Value and Max bound it
)

var approxNames = [...]string{"", "approx", "more-than", "at-least", "less-than", "at-most", "range", "vague"}

// String returns "" for Exact, then "approx", "more-than", "at-least",
// "less-than", "at-most", "range" and "vague".
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return "unknown"
}

// Script is a digit script.
type Script uint8

// The digit scripts.
const (
	NoScript    Script = iota // no digits
	Western                   // 0123456789
	ArabicIndic               // ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669)
	Extended                  // ۰۱۲۳۴۵۶۷۸۹ (U+06F0–U+06F9, Persian and Urdu)
)

var scriptNames = [...]string{"", "western", "arabic-indic", "extended"}

// String returns "western", "arabic-indic", "extended", or "" for NoScript.
func (s Script) String() string {
	if int(s) < len(scriptNames) {
		return scriptNames[s]
	}
	return "unknown"
}

// zero returns the digit zero of s.
func (s Script) zero() rune {
	switch s {
	case ArabicIndic:
		return '\u0660'
	case Extended:
		return '\u06F0'
	}
	return '0'
}
