package normalize

import (
	"sync"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
	"golang.org/x/text/unicode/norm"
)

// An entry is the action of a profile on one input rune, packed as
// kind | nonStarter<<3 | class<<4 | nfcUnsafe<<7 | rune<<8. The rune is the output rune of
// kMap, kSpace and kPunct; the class is that of the output rune.
type entry uint32

// Actions.
const (
	kKeep    = iota // copy the input bytes
	kDrop           // remove the rune
	kMap            // replace by entry.rune()
	kExpand         // presentation form: expand, then process each rune
	kTatweel        // U+0640, see TatweelMode
	kSpace          // a space: output entry.rune(); collapse and split repair apply
	kYeh            // ي under FinalYehToMaksura
	kPunct          // , ; ? under PunctToArabic: entry.rune() after Arabic text
)

// Classes of output runes, for the context rules. The word classes come
// last so that "inside an Arabic word" is prev >= clsLetter.
const (
	clsOther   = iota
	clsSpace   // U+0020
	clsDigit   // a decimal digit of any script
	clsLetter  // an Arabic letter
	clsMark    // an Arabic diacritic
	clsTatweel // a kept tatweel
)

// mk packs an entry.
func mk[C int | uint8](kind int, cls C, r rune) entry {
	return entry(kind) | entry(cls)<<4 | entry(r)<<8
}

func (e entry) kind() int        { return int(e & 0x7) }
func (e entry) nonStarter() bool { return e&0x8 != 0 }
func (e entry) cls() uint8       { return uint8(e>>4) & 0x7 }
func (e entry) rune() rune       { return rune(e >> 8) }
func (e entry) unsafeNFC() bool  { return e&0x80 != 0 }

func (e entry) withUnsafeNFC(b bool) entry {
	if b {
		return e | 0x80
	}
	return e &^ 0x80
}

// classOf returns the context class of an output rune.
func classOf(r rune) uint8 {
	switch {
	case r == ' ':
		return clsSpace
	case r < utf8.RuneSelf:
		if r >= '0' && r <= '9' {
			return clsDigit
		}
		return clsOther
	}
	c := arabic.Of(r)
	switch {
	case c&arabic.Letter != 0:
		return clsLetter
	case c&(arabic.Harakah|arabic.Mark) != 0, c&arabic.Quranic != 0 && isCombiningQuranic(r):
		return clsMark
	case c&arabic.Tatweel != 0:
		return clsTatweel
	case c&arabic.Digit != 0:
		return clsDigit
	}
	return clsOther
}

// isCombiningQuranic reports whether r is one of the Quranic signs that
// RemoveQuranic removes: all of U+06D6–U+06ED and U+08D3–U+08FF except the
// non-marks U+06DD, U+06DE, U+06E9 and U+08E2.
func isCombiningQuranic(r rune) bool {
	switch r {
	case 0x06DD, 0x06DE, 0x06E9, 0x08E2:
		return false
	}
	return r >= 0x06D6 && r <= 0x06ED || r >= 0x08D3 && r <= 0x08FF
}

// nfcUnsafe reports whether r, as an output rune, may change under NFC or
// combine with the rune before it.
func nfcUnsafe(r rune) bool {
	if r < 0x300 {
		return false
	}
	var buf [utf8.UTFMax]byte
	b := utf8.AppendRune(buf[:0], r)
	return !norm.NFC.Properties(b).BoundaryBefore() || !norm.NFC.IsNormal(b)
}

// maxRuneOut bounds the output of one input rune: the longest presentation
// form expansion (ﷺ U+FDFA, 33 bytes) or a three-byte rune. TestMaxRuneOut
// checks the bound.
const maxRuneOut = 48

// presentation holds the NFKC expansion of every Arabic presentation form
// letter, indexed by r-0xFB50; it is built once, on first use, from
// golang.org/x/text/unicode/norm and never modified.
var presentation = sync.OnceValue(func() []string {
	t := make([]string, 0xFEFD-0xFB50)
	for r := rune(0xFB50); r <= 0xFEFC; r++ {
		if arabic.Of(r)&arabic.Presentation == 0 {
			continue
		}
		t[r-0xFB50] = norm.NFKC.String(string(r))
	}
	return t
})

// profile is the compiled form of a set of options: immutable after build.
type profile struct {
	o     options
	ascii [utf8.RuneSelf]entry
	tab   [0x300]entry // U+0600–U+08FF
	lat1  [0x60]entry  // U+00A0–U+00FF
	punct [0x70]entry  // U+2000–U+206F
	pf    [0x3B0]entry // U+FB50–U+FEFF
	pres  []string     // presentation, when o.presentation
}

// build compiles o.
func build(o options) *profile {
	p := &profile{o: o}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		p.ascii[c] = p.compute(c)
	}
	for r := rune(0x600); r < 0x900; r++ {
		p.tab[r-0x600] = p.compute(r)
	}
	for r := rune(0xA0); r < 0x100; r++ {
		p.lat1[r-0xA0] = p.compute(r)
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		p.punct[r-0x2000] = p.compute(r)
	}
	for r := rune(0xFB50); r < 0xFF00; r++ {
		p.pf[r-0xFB50] = p.compute(r)
	}
	if o.presentation {
		p.pres = presentation()
	}
	return p
}

// lookup returns the action for r.
func (p *profile) lookup(r rune) entry {
	switch {
	case r < utf8.RuneSelf:
		return p.ascii[r]
	case r >= 0x600 && r < 0x900:
		return p.tab[r-0x600]
	case r < 0xA0:
		return mk(kKeep, clsOther, 0)
	case r < 0x100:
		return p.lat1[r-0xA0]
	case r >= 0x2000 && r < 0x2070:
		return p.punct[r-0x2000]
	case r >= 0xFB50 && r < 0xFF00:
		return p.pf[r-0xFB50]
	}
	return p.compute(r)
}

// mapLetter applies the letter, digit and punctuation foldings of the
// profile once.
func (p *profile) mapLetter(r rune) rune {
	o := &p.o
	switch r {
	case 0x06A9: // ک keheh
		if o.persian {
			return 0x0643
		}
	case 0x06CC: // ی farsi yeh
		if o.persian {
			return 0x064A
		}
	case 0x06C1, 0x06D5: // ہ heh goal, ە ae
		if o.persian {
			return 0x0647
		}
	case 0x06C0: // ۀ heh with yeh above
		if o.persian {
			return 0x0629
		}
	case 0x0623, 0x0625, 0x0622: // أ إ آ
		if o.alef || o.alef3 {
			return 0x0627
		}
	case 0x0671: // ٱ
		if o.alef {
			return 0x0627
		}
	case 0x0649: // ى
		if o.yeh == MaksuraToYeh {
			return 0x064A
		}
	case 0x0629: // ة
		if o.teh {
			return 0x0647
		}
	case 0x0624: // ؤ
		if o.seats {
			return 0x0648
		}
	case 0x0626: // ئ
		if o.seats {
			return 0x064A
		}
	case 0x066B: // ٫
		if o.digits == DigitsToLatin {
			return '.'
		}
	case 0x066C: // ٬
		if o.digits == DigitsToLatin {
			return ','
		}
	case 0x066A: // ٪
		if o.digits == DigitsToLatin {
			return '%'
		}
	case 0x060C: // ،
		if o.punct == PunctToLatin {
			return ','
		}
	case 0x061B: // ؛
		if o.punct == PunctToLatin {
			return ';'
		}
	case 0x061F: // ؟
		if o.punct == PunctToLatin {
			return '?'
		}
	case 0x201C, 0x201D, 0x00AB, 0x00BB, 0x201E, 0x201F:
		if o.quotes {
			return '"'
		}
	case 0x2018, 0x2019:
		if o.quotes {
			return '\''
		}
	case 0x2013, 0x2014:
		if o.dashes {
			return '-'
		}
	}
	if v, s := arabic.DigitValue(r); s != arabic.NoScript {
		switch {
		case o.digits == DigitsToLatin && s != arabic.Western:
			return '0' + rune(v)
		case o.digits == DigitsToArabicIndic && s != arabic.ArabicIndic:
			return 0x0660 + rune(v)
		}
	}
	return r
}

// compute returns the action for r. It is used to fill the tables and, for
// the rare runes outside them, at run time. With ComposeNFC the entry is
// marked when the rune it outputs (r itself for kKeep and kDrop, which keeps
// r after an ill-formed byte) may change under NFC.
func (p *profile) compute(r rune) entry {
	e := p.compute0(r)
	if !p.o.nfc {
		return e
	}
	out := r
	switch e.kind() {
	case kMap, kSpace, kPunct:
		out = e.rune()
	case kYeh:
		out = 0x064A
	}
	e = e.withUnsafeNFC(nfcUnsafe(out))
	if nonStarter(out) {
		e |= 0x8
	}
	return e
}

// nonStarter reports whether r has a non-zero canonical combining class, so
// that NFC may reorder it with the marks before it.
func nonStarter(r rune) bool {
	var buf [utf8.UTFMax]byte
	return norm.NFC.Properties(utf8.AppendRune(buf[:0], r)).CCC() != 0
}

func (p *profile) compute0(r rune) entry {
	o := &p.o
	c := arabic.Of(r)
	switch {
	case r == arabic.TatweelRune:
		if o.tatweel == TatweelKeep && !o.repair {
			return mk(kKeep, clsTatweel, 0)
		}
		return mk(kTatweel, clsTatweel, 0)
	case c&arabic.Harakah != 0:
		if r == arabic.Shadda && o.shadda || r != arabic.Shadda && o.harakat {
			return mk(kDrop, clsMark, 0)
		}
	case c&arabic.Mark != 0:
		if o.marks {
			return mk(kDrop, clsMark, 0)
		}
	case c&arabic.Quranic != 0 && isCombiningQuranic(r):
		if o.quranic {
			return mk(kDrop, clsMark, 0)
		}
	case c&arabic.Invisible != 0:
		if o.invis {
			return mk(kDrop, clsOther, 0)
		}
	case r == ' ' || c&arabic.Space != 0:
		out := r
		if o.spaces {
			out = ' '
		}
		if o.collapse || o.repair || out != r {
			return mk(kSpace, classOf(out), out)
		}
	case c&arabic.Presentation != 0:
		if o.presentation {
			return mk(kExpand, clsOther, 0)
		}
	case r == ',' || r == ';' || r == '?':
		if o.punct == PunctToArabic {
			out := arabic.Comma
			switch r {
			case ';':
				out = arabic.Semicolon
			case '?':
				out = arabic.QuestionMark
			}
			return mk(kPunct, clsOther, out)
		}
	}
	out := r
	for range 4 { // mappings chain at most ۀ → ة → ه
		out = p.mapLetter(out)
	}
	if out == 0x064A && o.yeh == FinalYehToMaksura {
		return mk(kYeh, clsLetter, out)
	}
	if out != r {
		return mk(kMap, classOf(out), out)
	}
	return mk(kKeep, classOf(out), 0)
}
