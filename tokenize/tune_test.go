package tokenize

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTuneWeights searches the ranking weights by coordinate ascent on the
// dev split of the WikiNews gold (sections culture and health; never the
// test split). It runs only with KHABAR_TUNE=1 and prints the weights it
// finds; they are copied into segcand.go by hand.
//
//	KHABAR_TUNE=1 go test -run TestTuneWeights -v ./tokenize
func TestTuneWeights(t *testing.T) {
	if os.Getenv("KHABAR_TUNE") == "" {
		t.Skip("set KHABAR_TUNE=1 to tune on the WikiNews dev split")
	}
	data, err := os.ReadFile("../../shared/data/wikinews/seg.tsv")
	if err != nil {
		t.Skip(err)
	}
	type item struct{ surface, clitic, full string }
	var dev []item
	for _, line := range strings.Split(string(data), "\n")[1:] {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 8 || f[0] != "dev" || strings.Contains(f[7], "ambig") {
			continue
		}
		toks := Tokens(f[2])
		if len(toks) != 1 || toks[0].Kind != Word {
			continue
		}
		dev = append(dev, item{f[2], f[4], f[3]})
	}
	join := func(segs []Segment) string {
		var b strings.Builder
		for i, s := range segs {
			if i > 0 {
				b.WriteByte('+')
			}
			b.WriteString(s.Form)
		}
		return b.String()
	}
	names := []string{"بلينكن", "والد", "كامل", "لبنان", "بايدن", "فلسطين", "وزير", "بنيامين", "وكالات", "كبير", "فقط", "بين", "لكن"}
	objective := func() int {
		for _, n := range names {
			if len(SegmentWord(n, Clitics)) != 1 {
				return -1
			}
		}
		ok := 0
		var buf []Segment
		for _, it := range dev {
			buf = AppendSegments(buf[:0], it.surface, Clitics)
			if join(buf) == it.clitic {
				ok++
			}
			buf = AppendSegments(buf[:0], it.surface, Full)
			if join(buf) == it.full {
				ok++
			}
		}
		return ok
	}
	m := &model
	params := []*float32{&m.conjW[0], &m.conjW[1], &m.conjF[0], &m.conjF[1], &m.wholeKnown, &m.wholeFunc, &m.funcStem, &m.seenWhole, &m.conjYeh, &m.artPrep, &m.artPron, &m.shortStem, &m.futNotVerb, &m.prepVerb, &m.tanween, &m.tanweenSeen, &m.wholeKnownF2}
	for i := range m.level {
		params = append(params, &m.level[i])
	}
	for i := range m.prep {
		params = append(params, &m.prep[i][0], &m.prep[i][1])
	}
	for i := range m.pron {
		params = append(params, &m.pron[i][0], &m.pron[i][1])
	}
	best := objective()
	t.Logf("start: %d", best)
	for round := 0; round < 3; round++ {
		improved := false
		for _, p := range params {
			for _, d := range []float32{0.5, -0.5, 1, -1} {
				old := *p
				*p = old + d
				if v := objective(); v > best {
					best, improved = v, true
					continue
				}
				*p = old
			}
		}
		t.Logf("round %d: %d", round, best)
		if !improved {
			break
		}
	}
	fmt.Printf("%#v\n", *m)
}
