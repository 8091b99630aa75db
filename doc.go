// Package khabar is a pure-Go library for processing Arabic news text: wire
// copy, web articles and feeds. The root package holds no code; the work is
// done by independent packages that callers compose themselves:
//
//   - [github.com/khabar-nlp/khabar/normalize]: Unicode and orthographic
//     normalisation (presentation forms, diacritics, tatweel and
//     tatweel-split words, alef/hamza, ya/alef maksura, ta marbuta, digits,
//     invisible marks, punctuation) in named profiles, streaming through
//     golang.org/x/text/transform, with an alignment from normalised offsets
//     back to the original text.
//   - [github.com/khabar-nlp/khabar/tokenize]: words, numbers, punctuation,
//     URLs, hashtags and sentences, and clitic segmentation in three schemes.
//   - [github.com/khabar-nlp/khabar/numbers]: numbers written in digits of
//     three scripts or in words, ordinals, fractions, percentages and bounds,
//     found in running text; spelling numbers out.
//   - [github.com/khabar-nlp/khabar/dates] and
//     [github.com/khabar-nlp/khabar/dates/hijri]: Gregorian and Hijri dates
//     in text resolved against a reference date; the Umm al-Qura and tabular
//     Islamic calendars.
//   - [github.com/khabar-nlp/khabar/entities]: people, places, organisations
//     and other names, tagged by an embedded, clitic-aware model.
//
// # Composing the packages
//
// A pipeline usually runs normalize → tokenize → numbers, dates, entities.
// Each extractor accepts the caller's original text and normalises
// internally where it needs to, so the common case needs no plumbing:
// call each package on the same string. When a caller does normalise first
// (for search indexing, say), normalize's mapped form translates offsets
// found on the normalised text back to the original bytes. The program
// examples/annotate composes every package and is the reference for how
// they fit together.
//
// # Offsets
//
// Every result carries byte offsets [Start, End) into the caller's original
// string (UTF-8), half-open, and its Text field is exactly s[Start:End] — a
// substring, never a copy of normalised text. Results of one extractor are
// ordered by Start and never overlap.
//
// # Bad input
//
// No function panics on input. Invalid UTF-8 is never dropped and never
// silently replaced: normalize passes ill-formed bytes through unchanged
// (replacement is an explicit option), tokenize puts them in tokens of kind
// invalid, and extractors skip them, so offsets always stay valid. Empty
// input yields empty results; huge input is handled in streaming or
// iterator form without quadratic work. Errors that callers may branch on
// are exported sentinels, wrapped with context; no library code logs or
// prints.
//
// # Concurrency
//
// Tables and models are immutable once loaded (models lazily, on first use)
// and every exported function and value is safe for concurrent use unless
// its documentation says otherwise (a transformer returned by
// NewTransformer keeps per-stream state and belongs to one goroutine).
package khabar
