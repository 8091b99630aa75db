package normalize

import (
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A Profile is a set of normalisation operations compiled into tables. A
// Profile is immutable and safe for concurrent use by many goroutines; the
// zero Profile changes nothing. Build one with [New] or start from [Display],
// [Search] or [Lucene].
type Profile struct {
	p *profile
}

// New returns the profile that applies the given operations. Operations are
// applied per rune in one pass, in this order: presentation forms are
// expanded; removals (diacritics, invisible controls, tatweel); letter,
// digit, space and punctuation foldings (which compose, so ۀ becomes ه when
// both FoldPersian and TehMarbutaToHeh are on); the context rules (split-word
// repair, space collapsing, Arabic punctuation, final yeh) on the output; and
// last ComposeNFC. Later options of the same kind override earlier ones.
func New(opts ...Option) Profile {
	var o options
	for _, f := range opts {
		f(&o)
	}
	return Profile{build(o)}
}

// With returns a new profile with the operations of p and then opts.
func (p Profile) With(opts ...Option) Profile {
	o := p.impl().o
	for _, f := range opts {
		f(&o)
	}
	return Profile{build(o)}
}

var identity = build(options{})

func (p Profile) impl() *profile {
	if p.p == nil {
		return identity
	}
	return p.p
}

// The named profiles.
var (
	// Display makes text safe to show and compare by eye without changing
	// its spelling: presentation forms expanded, invisible and bidi controls
	// removed, tatweel inside words removed, split words repaired, exotic
	// spaces folded and runs of spaces collapsed. Letters, diacritics, digits
	// and punctuation are kept.
	Display = New(PresentationForms(), RemoveInvisible(), Tatweel(TatweelInWords),
		RepairSplitWords(), FoldSpaces(), CollapseSpaces())

	// Search is the aggressive profile for indexing and matching: everything
	// Display does, plus all diacritics removed, every tatweel removed,
	// alef forms, alef maksura, teh marbuta, hamza seats and Persian
	// look-alikes folded, digits to ASCII, quotes and dashes to ASCII, and
	// Arabic comma, semicolon and question mark to ASCII.
	Search = New(PresentationForms(), RemoveInvisible(), Tatweel(TatweelAll),
		RepairSplitWords(), FoldSpaces(), CollapseSpaces(),
		RemoveDiacritics(), FoldAlef(), AlefMaksura(MaksuraToYeh), TehMarbutaToHeh(),
		FoldHamzaSeats(), FoldPersian(), Digits(DigitsToLatin),
		FoldQuotes(), FoldDashes(), Punct(PunctToLatin))

	// Lucene does exactly what Lucene's ArabicNormalizer (and bleve's
	// normalize_ar filter) does, so that text can be matched against an
	// existing index: آ أ إ → ا, ى → ي, ة → ه, and tatweel U+0640 and the
	// harakat U+064B–U+0652 (shadda included) removed. Nothing else changes.
	Lucene = New(luceneAlef(), AlefMaksura(MaksuraToYeh), TehMarbutaToHeh(),
		Tatweel(TatweelAll), RemoveHarakat(), RemoveShadda())
)

// String returns the normalised form of s. When s is already normal it
// returns s itself without allocating.
func (p Profile) String(s string) string {
	pr := p.impl()
	var st state
	_, n, err := run(pr, &st, nil, s, true, modeSpan, nil)
	if err == nil && (!st.nfc || norm.NFC.IsNormalString(s)) {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/8+4)
	out = append(out, s[:n]...)
	out, _, _ = run(pr, &st, out, s[n:], true, modeAppend, nil)
	if st.nfc && !norm.NFC.IsNormal(out) {
		out = norm.NFC.Append(nil, out...)
	}
	return string(out)
}

// Bytes returns the normalised form of b in a new slice.
func (p Profile) Bytes(b []byte) []byte {
	return p.Append(make([]byte, 0, len(b)+len(b)/8+4), b)
}

// Append appends the normalised form of src to dst and returns the extended
// slice. It allocates only when dst lacks capacity (or, with [ComposeNFC],
// when the output holds combining sequences).
func (p Profile) Append(dst, src []byte) []byte {
	return appendNorm(p.impl(), dst, src)
}

// AppendString is like [Profile.Append] with a string input.
func (p Profile) AppendString(dst []byte, src string) []byte {
	return appendNorm(p.impl(), dst, src)
}

func appendNorm[S input](pr *profile, dst []byte, src S) []byte {
	var st state
	start := len(dst)
	dst, _, _ = run(pr, &st, dst, src, true, modeAppend, nil)
	if st.nfc && !norm.NFC.IsNormal(dst[start:]) {
		tmp := norm.NFC.Append(nil, dst[start:]...)
		dst = append(dst[:start], tmp...)
	}
	return dst
}

// Map returns the normalised form of s and the alignment from its byte
// offsets back to s. Use it when results found on the normalised text must
// be reported on the original: a token at norm[i:j] is s[a.OriginalSpan(i, j)].
func (p Profile) Map(s string) (string, *Alignment) {
	pr := p.impl()
	var st state
	al := &Alignment{srcLen: len(s)}
	out, _, _ := run(pr, &st, make([]byte, 0, len(s)+len(s)/8+4), s, true, modeAppend, al)
	al.outLen = len(out)
	if st.nfc && !norm.NFC.IsNormal(out) {
		return composeMapped(out, al)
	}
	return string(out), al
}

// composeMapped applies NFC to out, whose alignment to the original is
// inner, segment by segment, and returns the result with a two-stage
// alignment.
func composeMapped(out []byte, inner *Alignment) (string, *Alignment) {
	al := &Alignment{srcLen: len(out), inner: inner}
	res := make([]byte, 0, len(out))
	for pos := 0; pos < len(out); {
		n := norm.NFC.QuickSpan(out[pos:])
		res = append(res, out[pos:pos+n]...)
		pos += n
		if pos == len(out) {
			break
		}
		end := pos + norm.NFC.NextBoundary(out[pos:], true)
		if end == pos {
			end = len(out)
		}
		start := len(res)
		res = norm.NFC.Append(res, out[pos:end]...)
		al.edits = append(al.edits, edit{pos, end, start, len(res)})
		pos = end
	}
	if whole := norm.NFC.Bytes(out); string(whole) != string(res) {
		// x/text normalises a segment that follows ill-formed bytes
		// differently alone and in context; fall back to one edit for the
		// whole text so that Map agrees with String.
		res = whole
		al.edits = append(al.edits[:0], edit{0, len(out), 0, len(res)})
	}
	al.outLen = len(res)
	return string(res), al
}

// NewTransformer returns a new streaming Transformer for p, for use with
// transform.Chain, transform.NewReader and transform.String. The result is
// the same as [Profile.String] for any chunking of the input. A Transformer
// has state and must not be shared between goroutines; Profile itself may be.
func (p Profile) NewTransformer() *Transformer {
	t := &Transformer{core: core{p: p.impl()}}
	if t.core.p.o.nfc {
		t.mid = make([]byte, midSize)
	}
	return t
}

// A Transformer is a transform.SpanningTransformer that applies a
// [Profile]. Get one from [Profile.NewTransformer]. It is stateful: use one
// per goroutine, and call Reset before reusing it on new input.
//
// Bounded look-ahead: the context rules need up to [Lookahead] bytes of
// input after the rune they decide about; until the input ends (atEOF) or
// that much is available, Transform returns transform.ErrShortSrc.
type Transformer struct {
	core core

	// With ComposeNFC the core writes into mid and NFC reads mid[mp:mn].
	mid     []byte
	mp, mn  int
	coreEOF bool // the core has consumed its final input
}

// midSize is the size of the buffer between the core and NFC: far larger
// than the longest output of one input rune and than an NFC segment, so
// that both stages always make progress.
const midSize = 4096

var _ transform.SpanningTransformer = (*Transformer)(nil)

// Reset implements transform.Transformer.
func (t *Transformer) Reset() {
	t.core.Reset()
	t.mp, t.mn, t.coreEOF = 0, 0, false
}

// Transform implements transform.Transformer.
func (t *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if t.mid == nil {
		return t.core.Transform(dst, src, atEOF)
	}
	for {
		cerr := error(nil)
		progress := false
		if !t.coreEOF {
			if t.mp > 0 {
				t.mn = copy(t.mid, t.mid[t.mp:t.mn])
				t.mp = 0
			}
			var n, k int
			n, k, cerr = t.core.Transform(t.mid[t.mn:], src[nSrc:], atEOF)
			t.mn += n
			nSrc += k
			progress = n > 0 || k > 0
			if cerr == nil && atEOF {
				t.coreEOF = true
			}
		}
		n, k, nerr := norm.NFC.Transform(dst[nDst:], t.mid[t.mp:t.mn], t.coreEOF)
		nDst += n
		t.mp += k
		if !progress && n == 0 && k == 0 {
			// Neither stage can move (not expected: mid is far larger
			// than an NFC segment); report it rather than spin.
			if nerr == nil {
				nerr = cerr
			}
			return nDst, nSrc, nerr
		}
		switch {
		case nerr == transform.ErrShortDst:
			return nDst, nSrc, nerr
		case nerr != nil && nerr != transform.ErrShortSrc:
			return nDst, nSrc, nerr // not produced by NFC on a buffer
		case t.coreEOF:
			if nerr == nil {
				return nDst, nSrc, nil
			}
			// NFC at EOF consumes everything; ErrShortSrc cannot recur.
		case cerr == transform.ErrShortSrc:
			return nDst, nSrc, cerr
		case cerr == nil:
			// All of src is in mid; NFC may hold back its last segment
			// until more input or EOF.
			return nDst, nSrc, nil
		}
		// The core stopped because mid was full: drain and refill.
	}
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that the Transformer leaves unchanged.
func (t *Transformer) Span(src []byte, atEOF bool) (n int, err error) {
	if t.mid == nil {
		return t.core.Span(src, atEOF)
	}
	if t.mp != t.mn || t.coreEOF {
		return 0, transform.ErrEndOfSpan // buffered output comes first
	}
	saved := t.core.st
	n, err = t.core.Span(src, atEOF)
	m, err2 := norm.NFC.Span(src[:n], atEOF && n == len(src))
	if m < n || t.core.st.nfc {
		t.core.st = saved
		return 0, transform.ErrEndOfSpan
	}
	if err == nil {
		err = err2
	}
	return n, err
}

// core is the Transformer without ComposeNFC.
type core struct {
	p  *profile
	st state
}

func (c *core) Reset() { c.st = state{} }

func (c *core) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	out, n, err := run(c.p, &c.st, dst[:0:len(dst)], src, atEOF, modeFixed, nil)
	return len(out), n, err
}

func (c *core) Span(src []byte, atEOF bool) (n int, err error) {
	_, n, err = run(c.p, &c.st, nil, src, atEOF, modeSpan, nil)
	if err == errStop {
		err = transform.ErrEndOfSpan
	}
	return n, err
}
