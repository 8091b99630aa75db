//go:build peers

// Package benchmarks pins the peer libraries the comparisons import, so that
// their versions are recorded in go.mod before each benchmark package uses
// them. This file is never built (build tag "peers").
package benchmarks

import (
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	_ "github.com/blevesearch/segment"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/hablullah/go-hijri"
	_ "github.com/khabar-nlp/khabar/internal/arabic"
	_ "github.com/rivo/uniseg"
	_ "golang.org/x/text/unicode/norm"
)
