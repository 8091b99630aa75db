package tokenize

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/tokenize"
)

// Bars from issue 6, on the test split.
const (
	barClitic = 0.97
	barFull   = 0.95
)

// predict segments one gold surface token the way a user would: tokenize it
// and, when it is one Arabic word, segment it.
func predict(surface string, scheme tokenize.Scheme, buf []tokenize.Segment) string {
	toks := tokenize.Tokens(surface)
	if len(toks) != 1 || toks[0].Kind != tokenize.Word {
		return surface
	}
	buf = tokenize.AppendSegments(buf[:0], surface, scheme)
	var b strings.Builder
	for i, s := range buf {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(s.Form)
	}
	return b.String()
}

type score struct {
	n, exact, nb, exactB, baseline int
	tp, fp, fn                     int
}

func (s score) pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func gold(g GoldToken, scheme tokenize.Scheme) string {
	switch scheme {
	case tokenize.Article:
		return g.Article
	case tokenize.Full:
		return g.Full
	}
	return g.Clitic
}

func evaluate(toks []GoldToken, split string, scheme tokenize.Scheme, errs func(g GoldToken, want, got string)) score {
	var sc score
	var buf []tokenize.Segment
	for _, g := range toks {
		if g.Split != split || g.Ambig && scheme != tokenize.Full {
			continue
		}
		want := gold(g, scheme)
		got := predict(g.Surface, scheme, buf)
		sc.n++
		hasB := strings.Contains(want, "+")
		if hasB {
			sc.nb++
		}
		if got == want {
			sc.exact++
			if hasB {
				sc.exactB++
			}
		} else if errs != nil {
			errs(g, want, got)
		}
		if !hasB {
			sc.baseline++
		}
		wb, ok1 := Boundaries(g.Surface, want)
		gb, ok2 := Boundaries(g.Surface, got)
		if !ok1 || !ok2 {
			continue
		}
		in := map[int]bool{}
		for _, b := range wb {
			in[b] = true
		}
		for _, b := range gb {
			if in[b] {
				sc.tp++
				delete(in, b)
			} else {
				sc.fp++
			}
		}
		sc.fn += len(in)
	}
	return sc
}

// TestWikiNewsSegmentation scores the segmenter on the WikiNews gold test
// split in the three schemes, and fails below the bars of issue 6. Set
// KHABAR_SEG_ERRORS=dev (or test) to print the disagreements of a split.
func TestWikiNewsSegmentation(t *testing.T) {
	toks := ParseSeg(string(corpus.Read(t, "data/wikinews/seg.tsv")))
	dump := os.Getenv("KHABAR_SEG_ERRORS")
	table := []string{"| split | scheme | tokens | exact % | exact % (tokens with a boundary) | boundary P % | boundary R % | split-nothing % |", "|---|---|---|---|---|---|---|---|"}
	for _, split := range []string{"dev", "test"} {
		for _, scheme := range []tokenize.Scheme{tokenize.Clitics, tokenize.Article, tokenize.Full} {
			var errs func(g GoldToken, want, got string)
			if dump == split {
				errs = func(g GoldToken, want, got string) {
					fmt.Printf("ERR %v\t%s\twant %s\tgot %s\n", scheme, g.Surface, want, got)
				}
			}
			sc := evaluate(toks, split, scheme, errs)
			acc := sc.pct(sc.exact, sc.n)
			table = append(table, fmt.Sprintf("| %s | %v | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", split, scheme, sc.n, acc,
				sc.pct(sc.exactB, sc.nb), sc.pct(sc.tp, sc.tp+sc.fp), sc.pct(sc.tp, sc.tp+sc.fn), sc.pct(sc.baseline, sc.n)))
			if split != "test" {
				continue
			}
			switch scheme {
			case tokenize.Clitics:
				if acc < 100*barClitic {
					t.Errorf("clitics exact match %.2f%% < %.0f%%", acc, 100*barClitic)
				}
			case tokenize.Full:
				if acc < 100*barFull {
					t.Errorf("full exact match %.2f%% < %.0f%%", acc, 100*barFull)
				}
			}
		}
	}
	out := strings.Join(table, "\n")
	t.Log("\n" + out)
	if testing.Verbose() {
		fmt.Println(out)
	}
}

// stripMarks removes Arabic diacritics (the gold tokens are undiacritized).
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

// TestWikiNewsTokens checks that tokenising WikiNewsTruth.txt with the
// diacritics removed gives the gold surface tokens, in order: it reports the
// share of gold tokens matched by a greedy alignment and fails below 99%.
func TestWikiNewsTokens(t *testing.T) {
	toks := ParseSeg(string(corpus.Read(t, "data/wikinews/seg.tsv")))
	text := stripMarks(string(corpus.Read(t, "data/wikinews/WikiNewsTruth.txt")))
	var got []string
	for tk := range tokenize.All(text) {
		got = append(got, tk.Text)
	}
	want := make([]string, len(toks))
	for i, g := range toks {
		want[i] = g.Surface
	}
	matched, i, j := 0, 0, 0
	var misses []string
	for i < len(want) && j < len(got) {
		if want[i] == got[j] {
			matched++
			i++
			j++
			continue
		}
		if len(misses) < 20 {
			misses = append(misses, fmt.Sprintf("gold %q vs tokens %q", want[i], got[j]))
		}
		// resynchronise on the nearest equal pair within a small window
		bi, bj, best := i+1, j+1, 1<<30
		for di := 0; di < 8; di++ {
			for dj := 0; dj < 8; dj++ {
				if i+di < len(want) && j+dj < len(got) && want[i+di] == got[j+dj] && di+dj < best && di+dj > 0 {
					bi, bj, best = i+di, j+dj, di+dj
				}
			}
		}
		i, j = bi, bj
	}
	rate := 100 * float64(matched) / float64(len(want))
	t.Logf("WikiNewsTruth.txt: %d gold tokens, %d produced, %d matched in order (%.2f%%); first differences:\n%s", len(want), len(got), matched, rate, strings.Join(misses, "\n"))
	if testing.Verbose() {
		fmt.Printf("WikiNews tokens matched: %.2f%% of %d\n", rate, len(want))
	}
	if rate < 99 {
		t.Errorf("only %.2f%% of the gold tokens are reproduced", rate)
	}
}
