// Package train reads CoNLL files, trains the entity model and scores it
// with conlleval rules. It is used by the training command (../../cmd/train)
// and by the package's tests.
package train

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/khabar-nlp/khabar/entities/internal/feature"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// Sentence is one CoNLL sentence.
type Sentence struct {
	Words  []string
	Labels []model.Label
}

// ReadCoNLL reads "token<TAB>tag" (or space-separated) lines with blank lines
// between sentences. Orphan I- tags (an I-X not after B-X or I-X) become B-X,
// as conlleval reads them; unknown tags are an error.
func ReadCoNLL(r io.Reader) ([]Sentence, error) { return ReadCoNLLMap(r, nil) }

// AQMARTag maps an AQMAR tag to ANERcorp's tag set as the AQMAR README says
// (Stanza's normalisation): MIS0-MIS3 become MISC, malformed tags O.
func AQMARTag(tag string) string {
	switch {
	case strings.HasPrefix(tag, "O"):
		return "O"
	case strings.HasPrefix(tag, "B-MIS"):
		return "B-MISC"
	case strings.HasPrefix(tag, "I-MIS"):
		return "I-MISC"
	case tag == "I--ORG":
		return "I-ORG"
	case tag == "B-PER", tag == "I-PER", tag == "B-LOC", tag == "I-LOC", tag == "B-ORG", tag == "I-ORG":
		return tag
	}
	return "O"
}

// ReadCoNLLMap is ReadCoNLL with each tag passed through mapTag first (nil:
// unchanged). Bidi marks inside tokens (AQMAR has some) are removed.
func ReadCoNLLMap(r io.Reader, mapTag func(string) string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			fixOrphans(cur.Labels)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		i := strings.LastIndexAny(s, "\t ")
		if i <= 0 {
			return nil, fmt.Errorf("train: line %d: no tag in %q", line, s)
		}
		tok, tag := strings.TrimSpace(s[:i]), s[i+1:]
		if mapTag != nil {
			tag = mapTag(tag)
			tok = strings.NewReplacer("\u200f", "", "\u200e", "").Replace(tok)
			if tok == "" {
				continue
			}
		}
		l, ok := model.ParseLabel(tag)
		if !ok {
			return nil, fmt.Errorf("train: line %d: unknown tag %q", line, tag)
		}
		cur.Words = append(cur.Words, tok)
		cur.Labels = append(cur.Labels, l)
	}
	flush()
	return out, sc.Err()
}

func fixOrphans(ls []model.Label) {
	for i, l := range ls {
		if l.Inside() && (i == 0 || ls[i-1].Type() != l.Type()) {
			ls[i] = model.B(l.Type())
		}
	}
}

// Tokens turns the words of a CoNLL sentence into lex tokens (offsets into
// the words joined by single spaces).
func Tokens(words []string) []lex.Token {
	toks := make([]lex.Token, 0, len(words))
	off := 0
	for _, w := range words {
		t := lex.Token{Start: off, End: off + len(w), Text: w, Kind: lex.Classify(w)}
		if t.Kind == lex.Arabic {
			t.Pre, t.Suf, t.Art = lex.Segment(w)
		}
		toks = append(toks, t)
		off += len(w) + 1
	}
	return toks
}

// Data is a set of sentences with their features extracted once.
type Data struct {
	Seqs   []model.Sequence
	Labels [][]model.Label
	// Net holds the second-stage network's inputs of each sentence, and
	// Copy marks the sentences that are rewritten copies (the network is
	// trained on the others only).
	Net  [][]model.NetToken
	Copy []bool
	// VecDim and VecScale describe the word vectors of Net.
	VecDim   int
	VecScale float32
}

func (d *Data) add(x *feature.Extractor, seq model.Sequence, labels []model.Label, copied bool, lx *feature.Lexicon) {
	d.Seqs = append(d.Seqs, seq)
	d.Labels = append(d.Labels, labels)
	d.Net = append(d.Net, x.NetTokens(nil))
	d.Copy = append(d.Copy, copied)
	d.VecDim, d.VecScale = lx.VecDim(), lx.VecScale()
}

// Prepare extracts the features of every sentence, with stats as the
// training statistics of stems (nil for none).
func Prepare(sents []Sentence, m *gaz.Matcher, stats map[string]uint32) *Data {
	d := &Data{}
	var x feature.Extractor
	lx := feature.NewLexicon(stats)
	for _, s := range sents {
		var seq model.Sequence
		x.Extract(&seq, Tokens(s.Words), m, lx)
		d.add(&x, seq, s.Labels, false, lx)
	}
	return d
}

// Folds is the number of folds of PrepareJackknife.
const Folds = 5

// PrepareJackknife extracts the features of every sentence with the stem
// statistics of the other folds (sentence i is in fold i%Folds), so that
// the statistics behave on training data as they will on unseen text: a
// word seen only in its own sentence counts as unseen.
//
// With aug non-nil, every sentence for which aug returns true is also added
// a second time as aug rewrote it, with the statistics of its own fold.
func PrepareJackknife(sents []Sentence, m *gaz.Matcher, aug func(Sentence) (Sentence, bool)) *Data {
	var parts [Folds][]Sentence
	for i, s := range sents {
		parts[i%Folds] = append(parts[i%Folds], s)
	}
	var stats [Folds]*feature.Lexicon
	for k := range stats {
		var others []Sentence
		for j := range parts {
			if j != k {
				others = append(others, parts[j]...)
			}
		}
		stats[k] = feature.NewLexicon(Stats(others))
	}
	d := &Data{}
	var x feature.Extractor
	for i, s := range sents {
		var seq model.Sequence
		x.Extract(&seq, Tokens(s.Words), m, stats[i%Folds])
		d.add(&x, seq, s.Labels, false, stats[i%Folds])
		if aug == nil {
			continue
		}
		if a, ok := aug(s); ok {
			var seq model.Sequence
			x.Extract(&seq, Tokens(a.Words), m, stats[i%Folds])
			d.add(&x, seq, a.Labels, true, stats[i%Folds])
		}
	}
	return d
}

// Appositive rewrites s with every entity of the given types that follows
// a word (not punctuation) set off by commas, as news writes an apposition:
// "وزير الخارجية الأمريكي، أنتوني بلينكن، إلى القاهرة". ANERcorp has few
// such commas, so the model learns the pattern from these copies. It
// reports false when s has no such entity.
func Appositive(types ...model.Label) func(Sentence) (Sentence, bool) {
	return func(s Sentence) (Sentence, bool) {
		var out Sentence
		changed := false
		chunks := Chunks(s.Labels)
		k := 0
		for i := 0; i < len(s.Words); i++ {
			for k < len(chunks) && chunks[k].Start < i {
				k++
			}
			if k < len(chunks) && chunks[k].Start == i && i > 0 && slices.Contains(types, s.Labels[i]) && !isPunct(s.Words[i-1]) {
				c := chunks[k]
				out.Words = append(out.Words, "،")
				out.Labels = append(out.Labels, model.O)
				out.Words = append(out.Words, s.Words[c.Start:c.End]...)
				out.Labels = append(out.Labels, s.Labels[c.Start:c.End]...)
				if c.End < len(s.Words) && !isPunct(s.Words[c.End]) {
					out.Words = append(out.Words, "،")
					out.Labels = append(out.Labels, model.O)
				}
				changed = true
				i = c.End - 1
				continue
			}
			out.Words = append(out.Words, s.Words[i])
			out.Labels = append(out.Labels, s.Labels[i])
		}
		return out, changed
	}
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Stats counts, for each stem in sents, its occurrences and the entity
// types it was labelled with, packed by feature.Stat.
func Stats(sents []Sentence) map[string]uint32 {
	type acc struct {
		n      int
		labels [5]int
	}
	counts := map[string]*acc{}
	var x feature.Extractor
	var seq model.Sequence
	for _, s := range sents {
		toks := Tokens(s.Words)
		x.Extract(&seq, toks, nil, nil)
		for i := range toks {
			st := x.Stem(i)
			a := counts[st]
			if a == nil {
				a = &acc{}
				counts[st] = a
			}
			a.n++
			a.labels[s.Labels[i].Type()]++
		}
	}
	out := make(map[string]uint32, len(counts))
	for w, a := range counts {
		out[w] = feature.Stat(a.n, a.labels)
	}
	return out
}

// Options of Train.
type Options struct {
	Bits   uint8 // log2 of the feature buckets
	Epochs int
	Seed   uint64 // shuffling seed
	// Dropout is the probability of removing a token's word-identity
	// features (feature.Lexical) in a training step.
	Dropout float64
	// Ensemble is the number of models, trained with seeds Seed,
	// Seed+1, ..., whose weights are averaged (0 or 1: one model).
	Ensemble int
	// Cost and MissCost: see model.Trainer.
	Cost, MissCost float64
	// Progress, if set, is called after each epoch.
	Progress func(epoch int, errors int)
}

// Train runs the averaged perceptron over d.
func Train(d *Data, o Options) *model.Model {
	if o.Ensemble <= 1 {
		return trainOne(d, o).Model()
	}
	// Average the weights of models trained with different shuffling seeds:
	// it lowers the variance of the perceptron.
	var sum []float64
	var tsum [model.NumLabels + 1][model.NumLabels]float64
	for k := 0; k < o.Ensemble; k++ {
		oo := o
		oo.Seed = o.Seed + uint64(k)
		w, tw := trainOne(d, oo).Averaged()
		if sum == nil {
			sum = w
		} else {
			for i := range w {
				sum[i] += w[i]
			}
		}
		for a := range tw {
			for b := range tw[a] {
				tsum[a][b] += tw[a][b]
			}
		}
	}
	n := float64(o.Ensemble)
	for i := range sum {
		sum[i] /= n
	}
	for a := range tsum {
		for b := range tsum[a] {
			tsum[a][b] /= n
		}
	}
	return model.Quantize(o.Bits, sum, tsum)
}

func trainOne(d *Data, o Options) *model.Trainer {
	t := model.NewTrainer(o.Bits)
	t.Cost, t.MissCost = o.Cost, o.MissCost
	order := make([]int, len(d.Seqs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x6b686162))
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		var tmp model.Sequence
		for _, k := range order {
			seq := &d.Seqs[k]
			if o.Dropout > 0 {
				dropWords(&tmp, seq, o.Dropout, rng)
				seq = &tmp
			}
			if !t.Step(seq, d.Labels[k]) {
				errs++
			}
		}
		if o.Progress != nil {
			o.Progress(ep+1, errs)
		}
	}
	return t
}

// dropWords copies src to dst without the word-identity features of a
// random fraction p of its tokens.
func dropWords(dst, src *model.Sequence, p float64, rng *rand.Rand) {
	dst.Reset()
	for i := 0; i < src.Len(); i++ {
		f := src.Feats[src.Off[i]:src.Off[i+1]]
		if len(f) > feature.Lexical && rng.Float64() < p {
			dst.Feats = append(dst.Feats, f[0])
			dst.Feats = append(dst.Feats, f[1+feature.Lexical:]...)
		} else {
			dst.Feats = append(dst.Feats, f...)
		}
		dst.EndToken()
	}
}

// Predict decodes every sequence of d with m (and its network, if any).
func Predict(m *model.Model, d *Data) [][]model.Label {
	var dec model.Decoder
	out := make([][]model.Label, len(d.Seqs))
	for i := range d.Seqs {
		out[i] = dec.DecodeNet(m, &d.Seqs[i], d.Net[i], nil)
	}
	return out
}

// NetOptions are the settings of the second-stage network (see model.Net).
type NetOptions struct {
	model.NetOptions
	Lambda, Tau float32
}

// DefaultNet are the network settings of the shipped model, chosen by
// 5-fold cross-validation over train (cmd/train -cv 5 -net).
var DefaultNet = NetOptions{
	NetOptions: model.NetOptions{Hid: 32, Epochs: 6, LR: 0.01, Dropout: 0.2, Seed: 1},
	Lambda:     4,
	Tau:        0.8,
}

// TrainNet trains the second-stage network on the sentences of d that are
// not rewritten copies.
func TrainNet(d *Data, o NetOptions) *model.Net {
	var sents [][]model.NetToken
	var gold [][]model.Label
	for i := range d.Net {
		if !d.Copy[i] {
			sents = append(sents, d.Net[i])
			gold = append(gold, d.Labels[i])
		}
	}
	n := model.TrainNet(sents, gold, d.VecDim, d.VecScale, o.NetOptions)
	n.Lambda, n.Tau = o.Lambda, o.Tau
	return n
}

// Calibrate sets m.Temp to the temperature (searched on a log grid) that
// minimises the negative log-likelihood of the gold labels of d under the
// model read as a CRF, and returns it in weight units (Temp/Scale).
func Calibrate(m *model.Model, d *Data) float64 {
	var dec model.Decoder
	best, bestNLL := 1.0, math.Inf(1)
	for k := -2.0; k <= 8.0; k += 0.25 {
		m.Temp = float32(math.Pow(2, k)) * m.Scale
		nll := 0.0
		var ps []float64
		for i := range d.Seqs {
			dec.Decode(m, &d.Seqs[i], nil)
			ps = dec.Marginals(m, &d.Seqs[i], d.Labels[i], ps[:0])
			for _, p := range ps {
				nll -= math.Log(math.Max(p, 1e-9))
			}
		}
		if nll < bestNLL {
			best, bestNLL = math.Pow(2, k), nll
		}
	}
	m.Temp = float32(best) * m.Scale
	return best
}
