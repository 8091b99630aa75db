// Package numbers evaluates github.com/khabar-nlp/khabar/numbers against the
// Arabic number cases of Duckling and Microsoft Recognizers-Text
// (../shared/eval/peers/numbers.tsv) and measures its speed on the 1 MB
// news sample. See ../README.md for the figures and the commands.
package numbers

import (
	"bufio"
	"bytes"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/numbers"
)

// peerCase is one row of numbers.tsv.
type peerCase struct {
	line                             int
	source, file, input, value, kind string
	note                             string
}

func readCases(t *testing.T) []peerCase {
	b := corpus.Read(t, "eval/peers/numbers.tsv")
	var cs []peerCase
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("numbers.tsv:%d: %d fields", i+1, len(f))
		}
		file := f[0]
		if k := strings.Index(file, "#"); k >= 0 {
			file = file[:k]
		}
		cs = append(cs, peerCase{i + 1, f[0], file, f[1], f[2], f[3], f[4]})
	}
	return cs
}

// exception is a case listed in testdata/exceptions.tsv with a reason.
type exception struct{ source, input, reason string }

func readExceptions(t *testing.T) map[string]exception {
	b, err := os.ReadFile("testdata/exceptions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ex := map[string]exception{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.TrimSpace(f[2]) == "" {
			t.Fatalf("exceptions.tsv: want source, input, reason: %q", line)
		}
		ex[f[0]+"\t"+f[1]] = exception{f[0], f[1], f[2]}
	}
	return ex
}

func noteValue(note, key string) string {
	for _, p := range strings.Split(note, "; ") {
		if v, ok := strings.CutPrefix(p, key+"="); ok {
			return v
		}
	}
	return ""
}

// kindChecked reports whether the peer itself checks the case's resolution,
// so that its kind is a reference (see the peers README): not
// IgnoreResolution, not NotSupported by the .NET implementation, and a
// kind the peer gave rather than one inferred.
func kindChecked(c peerCase) bool {
	if strings.Contains(c.note, "unverified(IgnoreResolution)") || strings.Contains(c.note, "kind inferred") {
		return false
	}
	ns := noteValue(c.note, "not_supported")
	return !strings.Contains(ns, "dotnet")
}

// sameValue reports whether v equals the peer's decimal want, exactly or
// (for the peer's rounded repeating decimals) to 12 significant digits.
func sameValue(v numbers.Value, want string) bool {
	w, ok := new(big.Rat).SetString(want)
	if !ok {
		return false
	}
	g := v.Rat()
	if g.Cmp(w) == 0 {
		return true
	}
	if v.Terminating() && !strings.Contains(want, "33333") && !strings.Contains(want, "66666") && len(want) < 15 {
		return false
	}
	d := new(big.Rat).Sub(g, w)
	d.Abs(d)
	lim := new(big.Rat).Abs(w)
	lim.Mul(lim, big.NewRat(1, 1e12))
	if lim.Sign() == 0 {
		lim.SetFrac64(1, 1e15)
	}
	return d.Cmp(lim) <= 0
}

func wantKind(c peerCase) (numbers.Kind, bool) {
	switch c.kind {
	case "cardinal":
		return numbers.Cardinal, true
	case "ordinal":
		return numbers.Ordinal, true
	case "fraction":
		return numbers.Fraction, true
	case "percent":
		return numbers.Percent, true
	case "decimal":
		return numbers.Decimal, true
	}
	if strings.Contains(c.note, "relative ordinal") {
		return numbers.Relative, true
	}
	return 0, false // subtype=power: any kind
}

// evaluator reads the peers' inputs with the options their conventions
// need: relative ordinals (التالي), ratios (واحد على ثلاثة) and dual nouns (رقمان).
var evaluator = numbers.Extractor{Options: numbers.Options{Relative: true, Ratios: true, Duals: true}}

// check runs one case and returns "" when it passes, else what went wrong.
func check(c peerCase) string {
	wk, hasKind := wantKind(c)
	checkKind := hasKind && (kindChecked(c) || wk == numbers.Relative)
	fromEnd := strings.Contains(c.note, "relativeTo=end")
	match := func(n numbers.Number) string {
		if !sameValue(n.Value, c.value) {
			return fmt.Sprintf("value %s (%s), want %s", n.Value, n.Text, c.value)
		}
		if checkKind && n.Kind != wk {
			return fmt.Sprintf("kind %s, want %s", n.Kind, wk)
		}
		if wk == numbers.Relative && n.FromEnd != fromEnd {
			return fmt.Sprintf("FromEnd %v, want %v", n.FromEnd, fromEnd)
		}
		return ""
	}
	span := noteValue(c.note, "span")
	if span == "" {
		n, err := evaluator.Parse(c.input)
		if err != nil {
			return err.Error()
		}
		return match(n)
	}
	// A sentence: a number found over the peer's span must have the value
	// (any number, when the peer's span text is not in the input).
	ns := evaluator.Find(c.input)
	var problems []string
	for _, n := range ns {
		if strings.Contains(c.input, span) && !overlapsSpan(c.input, span, n) {
			continue
		}
		p := match(n)
		if p == "" {
			return ""
		}
		problems = append(problems, p)
	}
	if len(problems) == 0 {
		return "not found"
	}
	return strings.Join(problems, "; ")
}

// overlapsSpan reports whether n overlaps an occurrence of span in s.
func overlapsSpan(s, span string, n numbers.Number) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], span)
		if i < 0 {
			return false
		}
		i += from
		if n.Start < i+len(span) && n.End > i {
			return true
		}
		from = i + 1
	}
}

// TestPeers reports the pass rate per peer file and fails below 95% on any
// of them, or if the exceptions exceed 2% of the cases.
func TestPeers(t *testing.T) {
	cs := readCases(t)
	ex := readExceptions(t)
	type score struct{ n, pass, excepted int }
	scores := map[string]*score{}
	var fails []string
	used := 0
	for _, c := range cs {
		s := scores[c.file]
		if s == nil {
			s = &score{}
			scores[c.file] = s
		}
		s.n++
		p := check(c)
		if p == "" {
			s.pass++
			continue
		}
		if _, ok := ex[c.source+"\t"+c.input]; ok {
			s.excepted++
			used++
			continue
		}
		fails = append(fails, fmt.Sprintf("%s\t%q\t%s %s\t%s", c.source, c.input, c.value, c.kind, p))
	}
	if used != len(ex) {
		t.Errorf("exceptions.tsv lists %d cases, %d of them fail (remove the ones that pass)", len(ex), used)
	}
	var files []string
	for f := range scores {
		files = append(files, f)
	}
	sort.Strings(files)
	var out strings.Builder
	fmt.Fprintf(&out, "%-62s %5s %5s %5s %7s\n", "source", "cases", "pass", "exc", "rate")
	total := 0
	for _, f := range files {
		s := scores[f]
		total += s.n
		rate := 100 * float64(s.pass) / float64(s.n-s.excepted)
		fmt.Fprintf(&out, "%-62s %5d %5d %5d %6.1f%%\n", f, s.n, s.pass, s.excepted, rate)
		if rate < 95 {
			t.Errorf("%s: pass rate %.1f%% < 95%%", f, rate)
		}
	}
	t.Log("\n" + out.String())
	if testing.Verbose() {
		fmt.Print(out.String())
	}
	if 100*float64(used) > 2*float64(total) {
		t.Errorf("%d exceptions is more than 2%% of %d cases", used, total)
	}
	for _, f := range fails {
		t.Log("FAIL " + f)
	}
	// For information: the news defaults (no relative ordinals, ratios or
	// dual nouns) on the same cases.
	def := map[string][2]int{}
	saved := evaluator
	evaluator = numbers.Extractor{}
	for _, c := range cs {
		d := def[c.file]
		d[0]++
		if check(c) == "" {
			d[1]++
		}
		def[c.file] = d
	}
	evaluator = saved
	var dout strings.Builder
	fmt.Fprintf(&dout, "with the default Options:\n")
	for _, f := range files {
		fmt.Fprintf(&dout, "%-62s %5d %5d %6.1f%%\n", f, def[f][0], def[f][1], 100*float64(def[f][1])/float64(def[f][0]))
	}
	t.Log("\n" + dout.String())
	if testing.Verbose() {
		fmt.Print(dout.String())
	}
}
