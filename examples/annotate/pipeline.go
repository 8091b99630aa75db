package main

import "time"

// annotator runs every khabar package over one document. It holds only
// read-only configuration, so one annotator serves all workers.
type annotator struct {
	ref time.Time // reference date for relative dates
}

// annotate fills a document for text. text must be valid UTF-8 (the caller
// sanitises input first, see sanitize).
func (a *annotator) annotate(text string) Document {
	doc := newDocument(text)
	// Packages fill their fields here as they land: tokenize (sentences,
	// tokens), numbers, dates, entities.
	return doc
}
