// Package tokenize cuts Arabic news text into tokens and sentences, and
// segments Arabic words into their clitics.
//
// # Tokens
//
// A [Token] is a half-open byte span [Start, End) of the string you pass in,
// with its Text (always s[Start:End], a substring that shares s's memory) and
// its [Kind]: an Arabic [Word], a [Latin] word, a [Number] (37,124 ٣٧٬١٢٤ 1.5
// ٣٫٥ 10:30 2024/06/10 %50 50٪ are one token each), [Punct] (each mark its
// own token; a run of dots is one), [Symbol], [URL], [Email], [Hashtag],
// [Mention], [Emoji], [Invalid] or [Other]. Arabic news conventions are kept
// whole: a word stretched by tatweel and broken by a space (غـ زة) is one
// token, and the dotted abbreviations (د. م. ص.ب ق.م أ.ف.ب) are one word.
//
// Three layers give the same tokens:
//
//   - [All] returns an iter.Seq for range loops;
//   - [Append] appends to a slice you reuse, and allocates nothing once the
//     slice has grown: use it on hot paths;
//   - [Tokens] returns a fresh slice.
//
// [ScanTokens] is a [bufio.SplitFunc] that cuts an io.Reader into the same
// token texts.
//
// # Sentences
//
// [Sentences], [AppendSentences] and [SplitSentences] cut a text into
// [Sentence] spans: after . ! ? ؟ … (and the closing quotation marks or
// brackets that follow the stop), and at every line break, so headlines and
// datelines on lines of their own are sentences. Dots inside numbers,
// abbreviations, URLs and e-mail addresses never end a sentence, nor does a
// stop inside a quotation that is still open on the same line.
//
// # Bad input
//
// Any bytes are accepted and nothing is lost: the tokens are in order, never
// overlap, and together with the gaps between them cover the input exactly;
// the gaps hold only white space (Unicode White_Space) and invisible format
// controls (bidi marks, zero-width space and joiners, byte order mark, soft
// hyphen). A run of bytes that is not valid UTF-8 becomes one token of kind
// [Invalid]; no other token holds invalid bytes. Nothing panics.
//
// # Concurrency
//
// All functions are pure and the package's tables are immutable after
// initialisation: everything is safe for concurrent use.
package tokenize
