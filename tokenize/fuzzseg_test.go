package tokenize

import "testing"

func fuzzSegments(t *testing.T, toks []Token) {}
