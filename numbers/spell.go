package numbers

import "strings"

// Gender is the grammatical gender of the counted noun, which the number
// words agree with (3–10 take the opposite gender: ثلاثة رجال، ثلاث نساء).
type Gender uint8

// The genders.
const (
	Masculine Gender = iota // ثلاثة كتب، واحد، اثنان
	Feminine                // ثلاث صحف، واحدة، اثنتان
)

// Case is the grammatical case of the number. Only duals (اثنان/اثنين،
// مئتان/مئتين، ألفان/ألفين) and tens (عشرون/عشرين) change with it; the
// accusative and the genitive are written alike.
type Case uint8

// The cases.
const (
	Nominative Case = iota // عشرون، ألفان
	Accusative             // عشرين، ألفين
	Genitive               // عشرين، ألفين
)

// WordsOptions selects the gender and case of [Words].
type WordsOptions struct {
	Gender Gender
	Case   Case
}

var (
	unitsM = [...]string{"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}
	unitsF = [...]string{"", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"}
	tensW  = [...]string{"", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"}
	tensO  = [...]string{"", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"}
	hundW  = [...]string{"", "مئة", "", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"}
)

// scale is a scale word with its forms.
type scaleWord struct {
	val                 uint64
	one, acc, dual, duO string // ألف، ألفا، ألفان، ألفين
	plural              string // آلاف
}

var scaleWords = [...]scaleWord{
	{1e18, "كوينتليون", "كوينتليونا", "كوينتليونان", "كوينتليونين", "كوينتليونات"},
	{1e15, "كوادريليون", "كوادريليونا", "كوادريليونان", "كوادريليونين", "كوادريليونات"},
	{1e12, "تريليون", "تريليونا", "تريليونان", "تريليونين", "تريليونات"},
	{1e9, "مليار", "مليارا", "ملياران", "مليارين", "مليارات"},
	{1e6, "مليون", "مليونا", "مليونان", "مليونين", "ملايين"},
	{1e3, "ألف", "ألفا", "ألفان", "ألفين", "آلاف"},
}

// Words spells the integer n out in Arabic words, in the gender of the
// counted noun and the case given by opts: Words(37124, {}) is
// "سبعة وثلاثون ألفا ومئة وأربعة وعشرون". Hundreds are written مئة and
// fused (ثلاثمئة); parts are joined by " و"; a count of 3–10 takes the
// plural of a scale word (ثلاثة آلاف) and a count of 11–99 its accusative
// singular (أحد عشر ألفا); scales go up to كوينتليون (10^18), so every
// int64 has a spelling. Negative numbers start with سالب. [Parse] reads
// every result back to n.
func Words(n int64, opts WordsOptions) string {
	if n == 0 {
		return "صفر"
	}
	var b strings.Builder
	u := uint64(n)
	if n < 0 {
		b.WriteString("سالب ")
		u = uint64(-(n + 1)) + 1 // also for math.MinInt64
	}
	first := true
	sep := func() {
		if !first {
			b.WriteString(" و")
		}
		first = false
	}
	for _, sw := range scaleWords {
		g := u / sw.val
		u %= sw.val
		if g == 0 {
			continue
		}
		sep()
		switch {
		case g == 1:
			b.WriteString(sw.one)
		case g == 2:
			if opts.Case == Nominative {
				b.WriteString(sw.dual)
			} else {
				b.WriteString(sw.duO)
			}
		default:
			// The count agrees with the scale word, a masculine noun.
			writeGroup(&b, int(g), WordsOptions{Masculine, opts.Case})
			b.WriteByte(' ')
			switch r := g % 100; {
			case r >= 3 && r <= 10:
				b.WriteString(sw.plural)
			case r >= 11:
				b.WriteString(sw.acc)
			default:
				b.WriteString(sw.one)
			}
		}
	}
	if u > 0 {
		sep()
		writeGroup(&b, int(u), opts)
	}
	return b.String()
}

// writeGroup writes 1 ≤ g ≤ 999.
func writeGroup(b *strings.Builder, g int, opts WordsOptions) {
	h, r := g/100, g%100
	if h > 0 {
		switch {
		case h == 2 && opts.Case == Nominative:
			b.WriteString("مئتان")
		case h == 2:
			b.WriteString("مئتين")
		default:
			b.WriteString(hundW[h])
		}
		if r == 0 {
			return
		}
		b.WriteString(" و")
	}
	units := &unitsM
	if opts.Gender == Feminine {
		units = &unitsF
	}
	tens := &tensW
	if opts.Case != Nominative {
		tens = &tensO
	}
	switch {
	case r <= 10 && r != 2:
		b.WriteString(units[r])
	case r == 2:
		switch {
		case opts.Gender == Feminine && opts.Case == Nominative:
			b.WriteString("اثنتان")
		case opts.Gender == Feminine:
			b.WriteString("اثنتين")
		case opts.Case == Nominative:
			b.WriteString("اثنان")
		default:
			b.WriteString("اثنين")
		}
	case r < 20:
		u := r - 10
		fem := opts.Gender == Feminine
		switch {
		case u == 1 && fem:
			b.WriteString("إحدى")
		case u == 1:
			b.WriteString("أحد")
		case u == 2 && fem && opts.Case == Nominative:
			b.WriteString("اثنتا")
		case u == 2 && fem:
			b.WriteString("اثنتي")
		case u == 2 && opts.Case == Nominative:
			b.WriteString("اثنا")
		case u == 2:
			b.WriteString("اثني")
		default:
			b.WriteString(units[u])
		}
		if fem {
			b.WriteString(" عشرة")
		} else {
			b.WriteString(" عشر")
		}
	default:
		if u := r % 10; u > 0 {
			switch {
			case u == 1 && opts.Gender == Feminine:
				b.WriteString("إحدى")
			case u == 2 && opts.Gender == Feminine && opts.Case == Nominative:
				b.WriteString("اثنتان")
			case u == 2 && opts.Gender == Feminine:
				b.WriteString("اثنتين")
			case u == 2 && opts.Case == Nominative:
				b.WriteString("اثنان")
			case u == 2:
				b.WriteString("اثنين")
			default:
				b.WriteString(units[u])
			}
			b.WriteString(" و")
		}
		b.WriteString(tens[r/10])
	}
}

// Format writes v in digits of the script sc (Western for NoScript), with
// the Arabic separators of that script: ٬ between thousands and ٫ before
// decimals for Arabic-Indic and Extended digits, "," and "." for Western
// digits. Non-terminating fractions are written as [Value.String] rounds
// them. [Parse] reads every result back to v.
func Format(v Value, sc Script) string {
	plain := v.String()
	thou, dec := ",", "."
	if sc == ArabicIndic || sc == Extended {
		thou, dec = "\u066C", "\u066B"
	}
	zero := sc.zero()
	var b strings.Builder
	b.Grow(len(plain) * 2)
	if plain[0] == '-' {
		b.WriteByte('-')
		plain = plain[1:]
	}
	intPart, frac, _ := strings.Cut(plain, ".")
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(thou)
		}
		b.WriteRune(zero + rune(intPart[i]-'0'))
	}
	if frac != "" {
		b.WriteString(dec)
		for i := 0; i < len(frac); i++ {
			b.WriteRune(zero + rune(frac[i]-'0'))
		}
	}
	return b.String()
}

// FormatInt is Format(IntValue(n), sc).
func FormatInt(n int64, sc Script) string { return Format(IntValue(n), sc) }
