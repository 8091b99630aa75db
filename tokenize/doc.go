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
// token (a tatweel standing alone, as in the dateline "القاهرة ـ", is a
// dash: Punct), and the dotted abbreviations (د. م. ص.ب ق.م أ.ف.ب) are one
// word.
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
// # Clitic segmentation
//
// [SegmentWord], [AppendSegments] and [AllSegments] cut one Arabic word (the
// Text of a [Word] token) into [Segment] spans under a [Scheme]:
//
//   - [Clitics] (the default): conjunctions و ف, prepositions ب ك ل, future
//     س and pronoun enclitics; the convention of the UD Arabic treebank;
//   - [Article]: the same plus the article ال;
//   - [Full]: Farasa's scheme, plus inflectional suffixes, case endings and
//     verb subject markers.
//
// Each segment has a byte span inside the word as written and a Form: the
// written letters, except where orthography hides a letter, which the Form
// restores (للفلسطينيين → ل + الفلسطينيين, مما → من + ما).
//
// The segmenter generates the candidate segmentations a word allows
// (conjunction × preposition or future × stem × pronoun) and ranks them with
// a small linear model whose features are the stem's standing in a lexicon
// (a known stem, a function word, ال or an inflection around a known stem,
// unknown), the identity of each clitic, whether the whole word is itself a
// lexicon word or an attested form, and the stem's length. The weights were
// set by hand and by a coordinate search on the dev split of QCRI's WikiNews
// segmentation gold (the test split is only scored; see
// benchmarks/tokenize; the search is TestTuneWeights, run with
// KHABAR_TUNE=1). Names the lexicon does not know stay whole unless a clitic
// is very likely (و before an unknown word is split: وبلينكن → و + بلينكن; ب
// before one is not: بلينكن, بايدن). Under [Article] and [Full] the article
// is cut from any stem written ال + two letters or more that is not a
// function word; under [Full] the inflectional suffix is then cut by rules
// checked against the lexicon (ة always; ات, ون, ين, the verb's ت and وا,
// the accusative alef when the base is a known word of the right class).
//
// On QCRI's WikiNews test split the exact-match accuracy per word is about
// 98.6% (Clitics), 98.5% (Article) and 97.1% (Full); see
// benchmarks/README.md for the current figures. Typical errors are unknown
// names read as a clitic plus a known word and hamza-less spellings that
// fold onto another word (وفقا read as و + فقأ).
//
// Segmenting costs a few hundred nanoseconds a word; [AppendSegments] with
// a reused slice allocates nothing except the Form of a stem whose article
// is hidden after ل under [Clitics].
//
// The lexicon (lexicon.txt.gz, embedded, about 0.5 MB) holds the entries of
// the Ayaspell hunspell dictionary (MPL 1.1) and the word list of Tesseract's
// Arabic model (Apache-2.0), folded; it is decoded on first use (about 50 ms,
// 1 MB of memory). It is rebuilt from the Debian packages hunspell-ar,
// tesseract-ocr and tesseract-ocr-ara by
//
//	go generate ./tokenize
//
// which runs gen_lexicon.go (internal/lexgen); see NOTICE for the licences.
// Beside it, names.txt lists about 1,500 names that begin with a letter
// read as a clitic (بوتين, بنغازي, سيدني, وليد), taken from the gazetteer
// lists of package entities by gen_names.go (also run by go generate); they
// enter the lexicon as nouns, so the whole word is a known reading and stays
// whole, while وبوتين is still و + بوتين and بأن, وسوف, سيكون keep their
// clitics. Names beginning with a clitic and the article (بالتيمور) are not
// listed: the list cannot tell them from a clitic before a noun.
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
// initialisation (the lexicon is built once, under a sync.Once, on the
// first segmentation): everything is safe for concurrent use.
package tokenize

//go:generate go run gen_lexicon.go
//go:generate go run gen_names.go
