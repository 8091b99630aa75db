package tokenize

// Kind is the kind of a [Token].
type Kind uint8

// The token kinds. String returns the lower-case name given in each comment;
// the names are stable and may be stored.
const (
	Other   Kind = iota // "other": letters of scripts other than Arabic and Latin, controls, unassigned runes
	Word                // "word": an Arabic word (letters, diacritics, tatweel), possibly an abbreviation with dots (د. أ.ف.ب)
	Latin               // "latin": a Latin-script word, possibly with digits, inner hyphens or apostrophes (G20, COVID-19, U.S.)
	Number              // "number": digits in any script with inner separators and an attached percent sign (37,124 ٣٫٥ 10:30 2024/06/10 %50)
	Punct               // "punct": one punctuation mark, or a run of the same mark among . ! ? ؟ - (so "..." is one token)
	Symbol              // "symbol": one symbol rune that is not an emoji (currency, maths, ©)
	URL                 // "url": a web address starting with http://, https:// or www.
	Email               // "email": an e-mail address
	Hashtag             // "hashtag": # followed by letters, digits or _ (#غزة)
	Mention             // "mention": @ followed by letters, digits or _ (@khabar_news)
	Emoji               // "emoji": an emoji with its modifiers, variation selectors and zero-width-joiner sequence
	Invalid             // "invalid": a run of bytes that are not valid UTF-8
)

var kindNames = [...]string{
	Other:   "other",
	Word:    "word",
	Latin:   "latin",
	Number:  "number",
	Punct:   "punct",
	Symbol:  "symbol",
	URL:     "url",
	Email:   "email",
	Hashtag: "hashtag",
	Mention: "mention",
	Emoji:   "emoji",
	Invalid: "invalid",
}

// String returns the kind's name ("word", "latin", "number", ...), or
// "kind(N)" for a value outside the declared constants.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + string(rune('0'+k/100%10)) + string(rune('0'+k/10%10)) + string(rune('0'+k%10)) + ")"
}
