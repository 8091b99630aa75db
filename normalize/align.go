package normalize

import "sort"

// An Alignment maps byte offsets of a normalised text back to the original
// text it was made from, and spans both ways. It is returned by
// [Profile.Map] and is immutable, so it is safe for concurrent use.
//
// Bytes the profile copied, and runes it replaced by runes of the same
// length (أ → ا), map one to one. A rune replaced by text of another length
// (ﻻ → لا, ٣ → 3) maps as a unit: every byte of its replacement maps to the
// start of the original rune, and a span covering any of them covers the
// whole original rune.
// Removed text (diacritics, tatweel, the gap of a repaired split word)
// belongs to no normalised byte: [Alignment.OriginalSpan] leaves it out at the
// edges of a span and keeps it inside.
type Alignment struct {
	srcLen, outLen int
	edits          []edit     // sorted by src and by out
	inner          *Alignment // a previous stage (ComposeNFC), or nil
}

// An edit says that src[src:srcEnd] became out[out:outEnd]. Runs between
// edits, and replacements that keep the length, map linearly.
type edit struct{ src, srcEnd, out, outEnd int }

// edit records a change; a nil Alignment ignores it.
func (a *Alignment) edit(src, srcEnd, out, outEnd int) {
	if a == nil || srcEnd-src == outEnd-out {
		return
	}
	if n := len(a.edits); n > 0 && out == outEnd {
		if l := &a.edits[n-1]; l.out == l.outEnd && l.outEnd == out && l.srcEnd == src {
			l.srcEnd = srcEnd // extend a run of removals
			return
		}
	}
	a.edits = append(a.edits, edit{src, srcEnd, out, outEnd})
}

// Len returns the length in bytes of the normalised text.
func (a *Alignment) Len() int { return a.outLen }

// OriginalLen returns the length in bytes of the original text.
func (a *Alignment) OriginalLen() int {
	if a.inner != nil {
		return a.inner.OriginalLen()
	}
	return a.srcLen
}

// Original returns the offset in the original text of the normalised byte
// offset i, for 0 <= i <= Len(); i outside that range is clamped. Original is
// monotonic, Original(0) >= 0 and Original(Len()) == OriginalLen(). The
// offset of a normalised byte inside a replaced rune is the start of that
// rune; the offset just after removed text is the end of the removed text.
func (a *Alignment) Original(i int) int {
	o := a.orig(i)
	if a.inner != nil {
		return a.inner.Original(o)
	}
	return o
}

// orig maps an offset of this stage's output to its input.
func (a *Alignment) orig(i int) int {
	i = min(max(i, 0), a.outLen)
	if i == a.outLen {
		return a.srcLen
	}
	k := sort.Search(len(a.edits), func(k int) bool { return a.edits[k].out > i }) - 1
	if k < 0 {
		return i
	}
	e := a.edits[k]
	if i < e.outEnd {
		return e.src
	}
	return e.srcEnd + i - e.outEnd
}

// origEnd returns the end, in this stage's input, of the text that produced
// output byte j (0 <= j < outLen).
func (a *Alignment) origEnd(j int) int {
	k := sort.Search(len(a.edits), func(k int) bool { return a.edits[k].out > j }) - 1
	if k >= 0 && j < a.edits[k].outEnd {
		return a.edits[k].srcEnd
	}
	return a.orig(j) + 1
}

// OriginalSpan returns the span of the original text that the normalised
// span [start, end) came from. Removed text at either edge is left out; a
// replaced rune is included whole. An empty span maps to an empty span at
// Original(start).
func (a *Alignment) OriginalSpan(start, end int) (int, int) {
	start = min(max(start, 0), a.outLen)
	end = min(max(end, 0), a.outLen)
	if end <= start {
		o := a.Original(start)
		return o, o
	}
	s, e := a.orig(start), a.origEnd(end-1)
	if a.inner != nil {
		return a.inner.OriginalSpan(s, e)
	}
	return s, e
}

// NormalizedSpan returns the span of the normalised text that the original
// span [start, end) became: the smallest span covering every normalised byte
// made from it. A span of removed text maps to an empty span.
func (a *Alignment) NormalizedSpan(start, end int) (int, int) {
	if a.inner != nil {
		start, end = a.inner.NormalizedSpan(start, end)
	}
	start = min(max(start, 0), a.srcLen)
	end = min(max(end, start), a.srcLen)
	s := a.normStart(start)
	e := a.normEnd(end)
	return s, max(s, e)
}

func (a *Alignment) normStart(o int) int {
	k := sort.Search(len(a.edits), func(k int) bool { return a.edits[k].src > o }) - 1
	if k < 0 {
		return o
	}
	e := a.edits[k]
	if o < e.srcEnd {
		return e.out
	}
	return e.outEnd + o - e.srcEnd
}

func (a *Alignment) normEnd(o int) int {
	k := sort.Search(len(a.edits), func(k int) bool { return a.edits[k].src >= o }) - 1
	if k < 0 {
		return o
	}
	e := a.edits[k]
	if o <= e.srcEnd {
		return e.outEnd
	}
	return e.outEnd + o - e.srcEnd
}
