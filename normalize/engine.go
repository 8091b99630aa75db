package normalize

import (
	"errors"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
	"golang.org/x/text/transform"
)

// Lookahead is the most input, in bytes, that the context rules read ahead
// of the rune they decide about: the gap of [RepairSplitWords] and the
// follower of a yeh under [FinalYehToMaksura]. The limit makes the result
// independent of how a stream is chunked; a [Transformer] asks for more input
// (transform.ErrShortSrc) until it has this much or the end of the input.
const Lookahead = 32

// state is what the context rules remember about the output so far.
type state struct {
	prev    uint8 // class of the last output rune (clsOther at the start)
	tat     bool  // the current Arabic word ends in a tatweel (diacritics after it allowed)
	num     bool  // the last non-space output rune is a digit
	wordDig bool  // a number came right before the current Arabic word (spaces allowed)
	wordN   uint8 // letters in the current Arabic word, saturating at 2
	first   rune  // first letter of the current Arabic word
	nfc     bool  // the output holds a rune that NFC may change (ComposeNFC only)
	bad     bool  // the last output is an ill-formed byte passed through, perhaps followed by marks
}

// emit records an output rune r of class cls.
func (st *state) emit(cls uint8, r rune) {
	switch cls {
	case clsLetter:
		if st.prev < clsLetter {
			st.wordN, st.first, st.wordDig = 1, r, st.num
		} else if st.wordN < 2 {
			st.wordN++
		}
		st.tat, st.num = false, false
	case clsMark:
		st.num = false
	case clsSpace:
		st.tat = false
	default:
		st.tat, st.num = false, cls == clsDigit
	}
	st.prev = cls
	if cls != clsMark {
		st.bad = false
	}
}

// abbrev reports whether the current word is a standalone abbreviation: the
// single letter ه or م right after a number (1445 هـ).
func (st *state) abbrev() bool {
	return st.wordN == 1 && st.wordDig && (st.first == arabic.Heh || st.first == 0x0645)
}

// keepLetter is the entry of an Arabic letter a profile keeps as it is.
var keepLetter = mk(kKeep, clsLetter, 0)

// mapLetter is the low byte of the entry of an Arabic letter a profile maps
// to another letter (the output rune is in the high bits).
const mapLetter = kMap | clsLetter<<4

// Modes of run.
const (
	modeAppend = iota // the output slice grows as needed
	modeFixed         // the output has a fixed capacity (Transform)
	modeSpan          // no output: stop before the first rune that changes
)

// errStop is returned by step in modeSpan before a rune that changes.
var errStop = errors.New("normalize: span ends")

type input interface{ ~string | ~[]byte }

// run normalises s, appending to out, and returns the extended out and the
// number of bytes of s consumed. err is nil, transform.ErrShortDst (modeFixed),
// transform.ErrShortSrc (when !atEOF and more input is needed) or errStop
// (modeSpan). al, if not nil, records the alignment (modeAppend only).
func run[S input](p *profile, st *state, out []byte, s S, atEOF bool, mode int, al *Alignment) ([]byte, int, error) {
	i := 0
	for i < len(s) {
		c := s[i]
		var (
			r    rune
			size int
			e    entry
		)
		switch {
		case c < utf8.RuneSelf:
			e = p.ascii[c]
			switch k := e.kind(); {
			case k == kKeep, k == kSpace && c == ' ' && !(st.tat && p.o.repair):
				if k == kSpace && st.prev == clsSpace && p.o.collapse && !st.bad {
					if mode == modeSpan {
						return out, i, errStop
					}
					al.edit(i, i+1, len(out), len(out))
					i++
					continue
				}
				if mode == modeFixed && len(out) == cap(out) {
					return out, i, transform.ErrShortDst
				}
				if mode != modeSpan {
					out = append(out, c)
				}
				st.emit(e.cls(), rune(c))
				i++
				continue
			}
			r, size = rune(c), 1
		case c-0xD8 < 4 && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // U+0600–U+06FF
			c1 := s[i+1]
			r, size = rune(c&0x1F)<<6|rune(c1&0x3F), 2
			e = p.tab[uint16(c&3)<<6|uint16(c1&0x3F)]
			switch e.kind() {
			case kKeep:
				if mode == modeFixed && cap(out)-len(out) < 2 {
					return out, i, transform.ErrShortDst
				}
				if mode != modeSpan {
					out = append(out, c, c1)
				}
				if e.unsafeNFC() {
					st.nfc = true
				}
				st.emit(e.cls(), r)
				i += 2
				if e == keepLetter {
					// A run of plain Arabic letters needs one state update
					// and one copy.
					j := i
					for j+1 < len(s) {
						c, c1 := s[j], s[j+1]
						if c-0xD8 >= 4 || c1&0xC0 != 0x80 {
							break
						}
						e2 := p.tab[uint16(c&3)<<6|uint16(c1&0x3F)]
						if e2 == keepLetter {
							j += 2
							continue
						}
						// When appending, a letter mapped to another
						// two-byte letter (أ → ا, ة → ه) stays in the run.
						q := e2.rune()
						if mode != modeAppend || e2&0xFF != mapLetter || q < 0x80 || q >= 0x800 {
							break
						}
						out = append(out, s[i:j]...)
						out = append(out, 0xC0|byte(q>>6), 0x80|byte(q&0x3F))
						j += 2
						i = j
						st.wordN = 2
					}
					if mode == modeFixed {
						j = i + min(j-i, (cap(out)-len(out))&^1)
					}
					if j > i {
						if mode != modeSpan {
							out = append(out, s[i:j]...)
						}
						st.wordN = 2
						i = j
					}
				}
				continue
			case kMap:
				// A two-byte rune mapped to a two-byte rune: same length,
				// so the alignment needs no edit.
				if q := e.rune(); q >= 0x80 && q < 0x800 && mode != modeSpan {
					if mode == modeFixed && cap(out)-len(out) < 2 {
						return out, i, transform.ErrShortDst
					}
					out = append(out, 0xC0|byte(q>>6), 0x80|byte(q&0x3F))
					if e.unsafeNFC() {
						st.nfc = true
					}
					st.emit(e.cls(), q)
					i += 2
					continue
				}
			case kDrop:
				if mode != modeSpan && !st.bad {
					al.edit(i, i+2, len(out), len(out))
					i += 2
					continue
				}
			}
		default:
			r, size = decode(s, i)
			if r == utf8.RuneError && size == 1 {
				if !atEOF && !fullRune(s[i:]) {
					return out, i, transform.ErrShortSrc
				}
				if p.o.illFormed {
					e = mk(kMap, clsOther, utf8.RuneError)
				} else {
					// Pass the byte through, and remember it: a removal
					// right after it could join it with the next ill-formed
					// bytes into a valid rune.
					if mode == modeFixed && len(out) == cap(out) {
						return out, i, transform.ErrShortDst
					}
					if mode != modeSpan {
						out = append(out, c)
					}
					st.emit(clsOther, utf8.RuneError)
					st.bad = true
					i++
					continue
				}
			} else {
				e = p.lookup(r)
			}
		}
		saved := *st
		if mode == modeFixed && cap(out)-len(out) < maxRuneOut {
			var scratch [maxRuneOut]byte
			tmp, next, err := step(p, st, scratch[:0], s, i, r, size, e, atEOF, modeAppend, nil)
			if err == nil && len(tmp) > cap(out)-len(out) {
				err = transform.ErrShortDst
			}
			if err != nil {
				*st = saved
				return out, i, err
			}
			out = append(out, tmp...)
			i = next
			continue
		}
		n0 := len(out)
		out2, next, err := step(p, st, out, s, i, r, size, e, atEOF, mode, al)
		if err != nil {
			*st = saved
			return out2[:n0], i, err
		}
		out, i = out2, next
	}
	return out, i, nil
}

// step handles the rune r of the given size at s[i] whose action is e, and
// returns the extended output and the index of the next unread byte. In
// modeSpan it returns errStop, before changing the state, if the output
// would differ from the input.
func step[S input](p *profile, st *state, out []byte, s S, i int, r rune, size int, e entry, atEOF bool, mode int, al *Alignment) ([]byte, int, error) {
	start := len(out)
	span := mode == modeSpan
	if e.unsafeNFC() {
		st.nfc = true // conservative: the caller restores st if step fails
	}
	switch e.kind() {
	case kKeep:
		return keepInput(st, out, s, i, size, r, e, span)
	case kDrop:
		if st.bad {
			return keepInput(st, out, s, i, size, r, e, span)
		}
		if span {
			return out, i, errStop
		}
		al.edit(i, i+size, start, start)
		return out, i + size, nil
	case kMap:
		if span {
			return out, i, errStop
		}
		out = utf8.AppendRune(out, e.rune())
		if e.unsafeNFC() {
			st.nfc = true
		}
		st.emit(e.cls(), e.rune())
		al.edit(i, i+size, start, len(out))
		return out, i + size, nil
	case kExpand:
		if st.bad {
			// The expansion may come out empty (ﳲ under Search): keep
			// the form, so no ill-formed bytes join around it.
			return keepInput(st, out, s, i, size, r, e, span)
		}
		if span {
			return out, i, errStop
		}
		exp := p.pres[r-0xFB50]
		for k, q := range exp {
			var err error
			if out, err = one(p, st, out, q, exp[k+utf8.RuneLen(q):], s, i+size, atEOF); err != nil {
				return out, i, err
			}
		}
		al.edit(i, i+size, start, len(out))
		return out, i + size, nil
	case kTatweel:
		inWord := st.prev == clsLetter || st.prev == clsMark || st.prev == clsTatweel && st.tat
		if (p.o.tatweel == TatweelAll || p.o.tatweel == TatweelInWords && inWord) && !st.bad {
			if span {
				return out, i, errStop
			}
			if inWord {
				st.tat = true
			}
			al.edit(i, i+size, start, start)
			return out, i + size, nil
		}
		if !span {
			out = append(out, s[i:i+size]...)
		}
		st.prev, st.tat, st.num, st.bad = clsTatweel, inWord, false, false
		return out, i + size, nil
	case kSpace:
		if p.o.repair && st.tat && !st.abbrev() && !st.bad {
			j, ok, err := gapEnd(p, s, i, atEOF)
			if err != nil {
				return out, i, err
			}
			if ok {
				if span {
					return out, i, errStop
				}
				al.edit(i, j, start, start)
				return out, j, nil
			}
		}
		q := e.rune()
		if q == ' ' && p.o.collapse && st.prev == clsSpace && !st.bad {
			if span {
				return out, i, errStop
			}
			al.edit(i, i+size, start, start)
			return out, i + size, nil
		}
		return keepOrMap(st, out, s, i, size, r, q, e.cls(), span, al)
	case kYeh:
		final, err := yehFinal(p, "", s, i+size, atEOF)
		if err != nil {
			return out, i, err
		}
		q := rune(arabic.Yeh)
		if final {
			q = arabic.AlefMaksura
		}
		return keepOrMap(st, out, s, i, size, r, q, clsLetter, span, al)
	default: // kPunct
		q := r
		if st.prev >= clsLetter {
			q = e.rune()
		}
		return keepOrMap(st, out, s, i, size, r, q, clsOther, span, al)
	}
}

// keepInput copies the input rune r at s[i:i+size] to the output.
func keepInput[S input](st *state, out []byte, s S, i, size int, r rune, e entry, span bool) ([]byte, int, error) {
	if !span {
		out = append(out, s[i:i+size]...)
	}
	bad := st.bad
	st.emit(e.cls(), r)
	if e.unsafeNFC() {
		st.nfc = true
	}
	if e.nonStarter() {
		// NFC may reorder r with the marks before it: keep treating them
		// as following the ill-formed byte.
		st.bad = bad
	}
	return out, i + size, nil
}

// keepOrMap outputs q for the input rune r at s[i:i+size]: the input bytes
// if q == r, else the encoding of q.
func keepOrMap[S input](st *state, out []byte, s S, i, size int, r, q rune, cls uint8, span bool, al *Alignment) ([]byte, int, error) {
	if q == r {
		if !span {
			out = append(out, s[i:i+size]...)
		}
	} else {
		if span {
			return out, i, errStop
		}
		start := len(out)
		out = utf8.AppendRune(out, q)
		al.edit(i, i+size, start, len(out))
	}
	st.emit(cls, q)
	return out, i + size, nil
}

// one outputs the rune q of a presentation form's expansion; rest is the
// remainder of the expansion and s[j:] the input after the presentation
// form, for the look-ahead of the context rules.
func one[S input](p *profile, st *state, out []byte, q rune, rest string, s S, j int, atEOF bool) ([]byte, error) {
	e := p.lookup(q)
	if e.unsafeNFC() {
		st.nfc = true
	}
	switch e.kind() {
	case kDrop:
		return out, nil
	case kKeep:
		out = utf8.AppendRune(out, q)
		st.emit(e.cls(), q)
	case kMap:
		out = utf8.AppendRune(out, e.rune())
		st.emit(e.cls(), e.rune())
	case kTatweel:
		inWord := st.prev == clsLetter || st.prev == clsMark || st.prev == clsTatweel && st.tat
		if p.o.tatweel == TatweelAll || p.o.tatweel == TatweelInWords && inWord {
			if inWord {
				st.tat = true
			}
			return out, nil
		}
		out = utf8.AppendRune(out, q)
		st.prev, st.tat, st.num = clsTatweel, inWord, false
	case kSpace:
		q = e.rune()
		if q == ' ' && p.o.collapse && st.prev == clsSpace {
			return out, nil
		}
		out = utf8.AppendRune(out, q)
		st.emit(e.cls(), q)
	case kYeh:
		final, err := yehFinal(p, rest, s, j, atEOF)
		if err != nil {
			return out, err
		}
		if final {
			q = arabic.AlefMaksura
		}
		out = utf8.AppendRune(out, q)
		st.emit(clsLetter, q)
	case kPunct:
		if st.prev >= clsLetter {
			q = e.rune()
		}
		out = utf8.AppendRune(out, q)
		st.emit(clsOther, q)
	}
	return out, nil
}

// gapEnd looks at the gap that starts with the space at s[i] after a word
// ending in tatweel. It returns the end of the gap and true if the gap is
// made of spaces and removed runes only, is shorter than Lookahead bytes, and
// is followed by an Arabic letter.
func gapEnd[S input](p *profile, s S, i int, atEOF bool) (int, bool, error) {
	j := i
	for j-i < Lookahead {
		if j >= len(s) || !atEOF && !fullRune(s[j:]) {
			if atEOF {
				return 0, false, nil
			}
			return 0, false, transform.ErrShortSrc
		}
		r, size := decode(s, j)
		if r == utf8.RuneError && size == 1 {
			return 0, false, nil
		}
		c := arabic.Of(r)
		switch {
		case r == ' ' || c&arabic.Space != 0 || p.lookup(r).kind() == kDrop:
			j += size
		case c&(arabic.Letter|arabic.Presentation) != 0:
			return j, true, nil
		default:
			return 0, false, nil
		}
	}
	return 0, false, nil
}

// yehFinal reports whether a yeh followed by rest and then s[j:] ends its
// word: whether the next rune that is not a diacritic, a removed rune or a
// removed tatweel is not an Arabic letter. A yeh whose follower lies more than
// Lookahead bytes of s away is not final.
func yehFinal[S input](p *profile, rest string, s S, j int, atEOF bool) (bool, error) {
	skip := func(r rune) bool {
		c := arabic.Of(r)
		switch {
		case c&(arabic.Harakah|arabic.Mark) != 0, c&arabic.Quranic != 0 && isCombiningQuranic(r):
			return true
		case r == arabic.TatweelRune:
			return p.o.tatweel != TatweelKeep
		}
		return p.lookup(r).kind() == kDrop
	}
	for _, r := range rest {
		if !skip(r) {
			return arabic.Of(r)&(arabic.Letter|arabic.Presentation) == 0, nil
		}
	}
	start := j
	for j-start < Lookahead {
		if j >= len(s) || !atEOF && !fullRune(s[j:]) {
			if atEOF {
				return true, nil
			}
			return false, transform.ErrShortSrc
		}
		r, size := decode(s, j)
		if r == utf8.RuneError && size == 1 || !skip(r) {
			return arabic.Of(r)&(arabic.Letter|arabic.Presentation) == 0, nil
		}
		j += size
	}
	return false, nil
}
