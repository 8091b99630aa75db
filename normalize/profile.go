package normalize

import "golang.org/x/text/unicode/norm"

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
