package main

import (
	"testing"
	"time"
)

// BenchmarkAnnotateSample runs the whole pipeline on the embedded sample.
func BenchmarkAnnotateSample(b *testing.B) {
	a, err := newAnnotator(time.Date(2024, 6, 11, 0, 0, 0, 0, time.UTC))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(sampleText)))
	b.ReportAllocs()
	for b.Loop() {
		_ = a.annotate(sampleText)
	}
}
