// Package normalize makes Arabic text uniform for display, search and
// matching: presentation forms, diacritics, tatweel and words split by it,
// alef/yeh/teh marbuta/hamza variants, Persian look-alike letters, digits,
// invisible controls, exotic spaces and punctuation. Every operation is an
// [Option] whose documentation lists the exact code points it touches, and
// a [Profile] is a set of them compiled into small tables.
//
// # Profiles
//
// Three profiles are ready to use. [Display] is safe: it removes what cannot
// be seen (controls, tatweel, presentation forms, exotic spaces) and keeps
// the spelling. [Search] is aggressive, for indexing and matching: it also
// removes diacritics and folds letters, digits and punctuation. [Lucene] is
// exactly Lucene's ArabicNormalizer (and bleve's normalize_ar), to match an
// existing index. Build others with [New], or extend one with
// [Profile.With]:
//
//	p := normalize.Display.With(normalize.Digits(normalize.DigitsToLatin))
//
// # Which API to use
//
//   - [Profile.String] for a string: it returns its input, without
//     allocating, when the input is already normal.
//   - [Profile.Append] and [Profile.AppendString] to reuse a buffer: they
//     do not allocate when the buffer has room.
//   - [Profile.Map] when results found on the normalised text (tokens,
//     entities) must be reported on the caller's original bytes: it returns
//     an [Alignment] with [Alignment.Original], [Alignment.OriginalSpan] and
//     [Alignment.NormalizedSpan].
//   - [Profile.NewTransformer] for streams: a transform.SpanningTransformer
//     for transform.NewReader, transform.Chain and transform.String.
//
// # Offsets
//
// Offsets are byte offsets. An [Alignment] maps every normalised offset
// 0..Len() to an offset of the original text, monotonically; a replaced rune
// maps as a unit and removed text belongs to no normalised byte.
//
// # Context rules
//
// Four operations look at their neighbours: [RepairSplitWords] (غـ زة →
// غزة, but 1445 هـ stays two words), [CollapseSpaces], [Punct] with
// [PunctToArabic], and [AlefMaksura] with [FinalYehToMaksura]. Their
// look-behind is the output already produced; their look-ahead is bounded by
// [Lookahead] bytes, so the result does not depend on how a stream is cut
// into chunks. The named profiles are idempotent: normalising twice gives
// the same text as normalising once.
//
// # Bad input
//
// Ill-formed UTF-8 passes through unchanged, byte for byte, so offsets stay
// valid, unless the profile has [ReplaceIllFormed]. So that normalising
// never turns ill-formed bytes into a valid rune (which would break
// idempotence), a rune that would be removed right after ill-formed bytes
// (and the diacritics following them) is kept: the bytes D9, ZWJ, 89 keep
// their ZWJ rather than become D9 89, which is ى. No input makes the
// package panic or return an error; empty input gives empty output.
//
// # Concurrency
//
// Profiles and Alignments are immutable and safe for concurrent use. A
// [Transformer] has state: use one per goroutine. The package has no mutable
// global state; its tables are built once and never modified.
package normalize
