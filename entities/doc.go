// Package entities finds the people, places, organisations and other named
// entities (PERSON, LOCATION, ORGANIZATION, MISC) in Arabic news text.
//
// # Getting started
//
// [Find] returns the entities of a text with the embedded model; [All] and
// [Append] are the iterator and the allocation-free forms. Build a [Tagger]
// with [New] to add your own name lists ([WithGazetteer]) or to turn off
// document-level consistency ([WithConsistency]); [Load] and [LoadFile] read
// a model trained by the command in cmd/train.
//
//	for _, e := range entities.Find(text) {
//		fmt.Println(e.Type, e.Text, e.Key, e.Score)
//	}
//
// # Offsets
//
// Every [Entity] carries byte offsets [Start, End) into the caller's original
// string, and Text == s[Start:End]. A mention whose first word carries
// proclitics (the conjunctions و ف, the prepositions ب ل ك) starts after
// them: in "لإسرائيل" the entity is "إسرائيل". The segmenter's reading is
// checked for a name: the future particle س goes before verbs only ("سيناء"
// keeps its س), a proclitic that would leave fewer than three letters stays
// ("وول ستريت", but "وأم كلثوم" is و + "أم كلثوم"), and so does one of a word
// that as a whole begins a gazetteer name ("فيفا"). A word split by tatweel and a
// space ("غـ زة") is one word. Key is the normalised name (search form,
// proclitics removed), the same for every mention of a name, for counting
// and joining.
//
// # The model
//
// The text is cut into tokens and sentences by package tokenize. Each word
// gets its search form (alef, hamza, yeh, teh marbuta folded; diacritics and
// tatweel removed) and its clitic segmentation. A linear model over hashed
// features — the word, its stem and clitics, character prefixes and
// suffixes, shape, the words two to each side, membership of the embedded
// gazetteer (countries, cities and regions, organisations, news agencies and
// outlets, given names), how common the word is in person names (50,000
// name words of Wikidata), its word cluster and embedding class (classes of
// words that occur in similar contexts, learned by cmd/clusters from 18
// million words of Arabic Wikipedia and periodicals, by the exchange
// algorithm and by k-means over skip-gram word vectors), trigger words
// (titles such as الرئيس and وزير, heads
// of organisation and place names such as وزارة, حركة, مدينة, verbs of
// saying), nisba adjectives (المصري, الإسرائيلية), and statistics of the
// training text (how often a stem occurred there and how it was labelled,
// computed for training by 5-fold jackknifing so that they behave as on
// unseen text) — scores the nine BIO
// labels of each word, and Viterbi decoding finds the best label sequence of
// each sentence. The weights are an averaged structured perceptron trained
// on the ANERcorp train split by "go run ./entities/cmd/train" (the average
// of three runs with different shuffling seeds), together
// with copies of its sentences in which each person name after a word is set
// off by commas, as news writes an apposition ("الأمريكي، أنتوني بلينكن،"),
// which ANERcorp rarely does; the file is
// embedded (model.bin).
//
// A second stage looks again at the words the linear model is unsure of
// (a few in a hundred: those where the best path that gives the word another
// label scores almost as well as the best path, so that the word's label has
// a probability below 0.8 when the two are weighed). A small network trained
// on the same sentences reads the skip-gram vectors of the word and of the
// two words to each side (50 principal components, embedded as int8 in the
// cluster package) with a few indicator bits, and its label
// log-probabilities, weighted, are added to the linear scores of those words
// before the sentence is decoded again. The network sees where a word lies
// among all the words of the unlabeled text, so it errs differently from the
// linear model, and the sum is more accurate than either.
//
// A mention's Score is the mean probability of its
// labels under the model read as a linear-chain CRF, with a temperature
// calibrated on held-out data. With document-level consistency on (the
// default), later bare mentions of a confidently tagged name are tagged too
// (its last word for a person, the whole name otherwise, never a common
// word such as على), and the mentions of one name share the type their
// scores favour. Consistency acts within an article: a mention reaches only
// the occurrences of its name within about 1,200 words (12,000 bytes) of a
// tagged mention, and a one-word name the model tagged in fewer than one in
// ten of its occurrences is left as the model tagged it, so a feed read as
// one string does not carry one article's names into the others.
//
// The model and the names it learned come from ANERcorp (CC BY-SA 4.0): the
// model file keeps that licence and attribution, and so do the embedded
// class files (learned from CC BY-SA 4.0 text). The gazetteer lists name
// their sources in their headers; see the NOTICE file.
//
// # Bad input
//
// Any string is accepted: empty text, text without Arabic, very long lines
// and invalid UTF-8 (invalid bytes are never part of an entity) give valid
// entities, in order and never overlapping, and never a panic. A missing or
// corrupt model file is an error wrapping [ErrModel] from [Load], never a
// panic at the first call. A call keeps the tokens of the whole text (for
// document-level consistency), so its memory grows with the text: tag very
// large inputs article by article.
//
// # Concurrency
//
// A [Tagger] is immutable and safe for concurrent use; the package-level
// functions use one shared Tagger, loaded on first use. Each call in flight
// borrows a scratch state from the Tagger (pooled), which holds about 700
// KiB: a cache of the weight sums of the word forms it has met (exact; it
// spares repeated words their feature hashing and lookups). Tagging the 1
// MB news sample runs at 2–3 MB/s on one core (see benchmarks/README.md).
package entities
