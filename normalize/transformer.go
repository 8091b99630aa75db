package normalize

import (
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

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
