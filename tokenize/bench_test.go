package tokenize

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("وقال بلينكن للصحفيين: “اتفاق أو لا اتفاق، يظل من الضروري للغاية أن نحصل على المزيد من المساعدات للفلسطينيين” في 31 مايو 2024. ", 64)

func BenchmarkAppend(b *testing.B) {
	var dst []Token
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Append(dst[:0], benchText)
	}
}

func BenchmarkSentences(b *testing.B) {
	var dst []Sentence
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = AppendSentences(dst[:0], benchText)
	}
}
