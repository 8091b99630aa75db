// Command train trains the entity model of package entities from CoNLL files
// and writes the model file that the package embeds.
//
// The shipped model is built from the repository root with
//
//	go run ./entities/cmd/train -out entities/model.bin
//
// which reads ../shared/data/anercorp/train.txt (ANERcorp, CAMeL Lab split,
// CC BY-SA 4.0), holds out its last 10% of sentences as the dev split to
// report the dev score and calibrate the confidence temperature, then trains
// the final model on the whole train split with the same settings. The test
// split is never read. The weights are the average of three perceptrons
// trained with shuffling seeds 1, 2, 3 (-ensemble). It then trains the
// second-stage window network over the embedded word vectors (model.Net;
// -net) on the same sentences and stores it in the model file. Training is
// deterministic (fixed shuffling seeds).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/khabar-nlp/khabar/entities/internal/feature"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/model"
	"github.com/khabar-nlp/khabar/entities/internal/train"
)

var (
	showErrors, evalTrain, interleaved *bool
	devModel                           *string
	seed                               *uint64
	appos                              *string
	aqmar                              *string
	obiasGrid, typeGrid                *bool
	obias, orgBias, miscBias           *float64
	ensemble                           *int
	cost, missCost                     *float64
	cv                                 *int
	cvGrid                             *bool
	useNet, netGrid                    *bool
	netOpts                            train.NetOptions
)

func main() {
	in := flag.String("train", "../shared/data/anercorp/train.txt", "CoNLL training file")
	out := flag.String("out", "", "model file to write (empty: only report the dev score)")
	epochs := flag.Int("epochs", 10, "perceptron epochs")
	bits := flag.Int("bits", 18, "log2 of the number of feature buckets")
	devFrac := flag.Float64("dev", 0.1, "fraction of sentences (at the end of the file) held out as dev")
	showErrors = flag.Bool("errors", false, "print the dev errors to stderr")
	evalTrain = flag.Bool("evaltrain", false, "also score the dev model on its own training data")
	interleaved = flag.Bool("interleaved", false, "dev = every 10th sentence instead of the tail (for comparison only)")
	aqmar = flag.String("aqmar", "", "also train on this AQMAR file (its dev split; CC BY-SA 3.0), tags mapped to ANERcorp's")
	obias = flag.Float64("obias", -14, "bias of the O label in weight units (negative favours recall; -14 chosen with the network by 5-fold cross-validation, -10 before it)")
	ensemble = flag.Int("ensemble", 3, "average the weights of this many models trained with shuffling seeds seed, seed+1, ... (3: chosen by 5-fold cross-validation)")
	obiasGrid = flag.Bool("obiasgrid", false, "print the dev score for a range of O-label biases")
	typeGrid = flag.Bool("typegrid", false, "print the dev score for a range of ORG and MISC label biases")
	orgBias = flag.Float64("orgbias", 4, "bias of the ORG labels in weight units (positive favours their recall; chosen on dev with -typegrid)")
	miscBias = flag.Float64("miscbias", 2, "bias of the MISC labels in weight units (chosen on dev with -typegrid)")
	devModel = flag.String("devmodel", "", "also write the model trained without the dev split to this file")
	cost = flag.Float64("cost", 0, "margin (cost-augmented decoding) per wrong label")
	missCost = flag.Float64("misscost", 1, "cost multiplier where the gold label is an entity")
	dropout := flag.Float64("dropout", 0.1, "word dropout probability")
	appos = flag.String("appos", "pers", "also train on copies with appositive commas around entities of these types: \"\" (none), pers, all")
	seed = flag.Uint64("seed", 1, "shuffling seed (vary it to see how much the dev score moves by chance)")
	cv = flag.Int("cv", 0, "report k-fold cross-validation over the training file instead (contiguous folds, run two at a time); 0: off")
	cvGrid = flag.Bool("cvgrid", false, "with -cv: also score a grid of O, ORG and MISC label biases")
	useNet = flag.Bool("net", true, "train the second-stage window network over the embedded word vectors (model.Net)")
	netGrid = flag.Bool("netgrid", false, "with -cv: also score a grid of the network's weight and threshold")
	netOpts = train.DefaultNet
	flag.IntVar(&netOpts.Hid, "nethid", netOpts.Hid, "hidden units of the network")
	flag.IntVar(&netOpts.Epochs, "netepochs", netOpts.Epochs, "training epochs of the network")
	flag.Float64Var(&netOpts.LR, "netlr", netOpts.LR, "learning rate of the network's first epoch")
	flag.Float64Var(&netOpts.Dropout, "netdrop", netOpts.Dropout, "probability of leaving out a word vector while training the network")
	lambda := flag.Float64("netlambda", float64(netOpts.Lambda), "weight of the network's log-probabilities, in weight units")
	tau := flag.Float64("nettau", float64(netOpts.Tau), "probability of a word's label against the best other path below which the network is consulted (see model.Decoder.DecodeNet)")
	noGaz := flag.Bool("nogaz", false, "train without gazetteer features (to measure their lift)")
	flag.Parse()
	netOpts.Lambda, netOpts.Tau = float32(*lambda), float32(*tau)
	netOpts.Seed = *seed
	if err := run(*in, *out, *epochs, uint8(*bits), *devFrac, *noGaz, *dropout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(in, out string, epochs int, bits uint8, devFrac float64, noGaz bool, dropout float64) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	sents, err := train.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return err
	}
	var extra []train.Sentence
	if *aqmar != "" {
		f, err := os.Open(*aqmar)
		if err != nil {
			return err
		}
		extra, err = train.ReadCoNLLMap(f, train.AQMARTag)
		f.Close()
		if err != nil {
			return err
		}
		fmt.Printf("%d extra training sentences from %s\n", len(extra), *aqmar)
	}
	m := gaz.Default()
	if noGaz {
		m = nil
	}
	cut := len(sents) - int(float64(len(sents))*devFrac)
	t0 := time.Now()
	trS, dvS := append(sents[:cut:cut], extra...), sents[cut:]
	if *interleaved {
		trS, dvS = nil, nil
		for i, s := range sents {
			if i%10 == 3 {
				dvS = append(dvS, s)
			} else {
				trS = append(trS, s)
			}
		}
	}
	// Stem statistics: jackknifed on the training part, from the whole
	// training part for the dev sentences (as for unseen text at run time).
	devStats := train.Stats(trS)
	var aug func(train.Sentence) (train.Sentence, bool)
	switch *appos {
	case "":
	case "pers":
		aug = train.Appositive(model.BPer)
	case "all":
		aug = train.Appositive(model.BPer, model.BLoc, model.BOrg, model.BMisc)
	default:
		return fmt.Errorf("-appos %q: want \"\", pers or all", *appos)
	}
	if *cv > 1 {
		opts := train.Options{Bits: bits, Epochs: epochs, Seed: *seed, Dropout: dropout, Cost: *cost, MissCost: *missCost, Ensemble: *ensemble}
		return crossValidate(sents, m, aug, opts, *cv)
	}
	trainD := train.PrepareJackknife(trS, m, aug)
	devD := train.Prepare(dvS, m, devStats)
	fmt.Printf("%d sentences: %d train, %d dev; features in %v\n", len(sents), cut, len(sents)-cut, time.Since(t0))
	opts := train.Options{Bits: bits, Epochs: epochs, Seed: *seed, Dropout: dropout, Cost: *cost, MissCost: *missCost, Ensemble: *ensemble}
	t0 = time.Now()
	dm := train.Train(trainD, opts)
	dm.Words = devStats
	fmt.Printf("dev model: %d epochs in %v\n", epochs, time.Since(t0))
	var sc train.Score
	for i, p := range train.Predict(dm, devD) {
		sc.Add(devD.Labels[i], p)
		if *showErrors {
			for k := range p {
				if p[k] != devD.Labels[i][k] {
					fmt.Fprintf(os.Stderr, "%s\tgold=%v\tpred=%v\n", dvS[i].Words[k], devD.Labels[i][k], p[k])
				}
			}
		}
	}
	fmt.Print(sc.Table())
	if *evalTrain {
		var st train.Score
		for i, p := range train.Predict(dm, trainD) {
			st.Add(trainD.Labels[i], p)
		}
		fmt.Print("train:\n", st.Table())
	}
	if *obiasGrid {
		for _, b := range []float64{-2, -4, -8, -12, -16, -24} {
			dm.OBias = int32(b * float64(dm.Scale))
			var sb train.Score
			for i, p := range train.Predict(dm, devD) {
				sb.Add(devD.Labels[i], p)
			}
			pp, rr, ff := sb.PRF(0)
			fmt.Printf("obias %.2f: P %.2f R %.2f F1 %.2f\n", b, pp, rr, ff)
		}
	}
	dm.OBias = int32(*obias * float64(dm.Scale))
	unbiased := dm.Trans
	addTypeBias(dm, 3, *orgBias)
	addTypeBias(dm, 4, *miscBias)
	var sb train.Score
	for i, p := range train.Predict(dm, devD) {
		sb.Add(devD.Labels[i], p)
	}
	fmt.Printf("with O bias %.1f, ORG bias %.1f, MISC bias %.1f:\n%s", *obias, *orgBias, *miscBias, sb.Table())
	if *typeGrid {
		base, biased := unbiased, dm.Trans
		for _, bo := range []float64{0, 2, 4, 6} {
			for _, bm := range []float64{0, 2, 4, 8} {
				dm.Trans = base
				addTypeBias(dm, 3, bo)
				addTypeBias(dm, 4, bm)
				var sb train.Score
				for i, p := range train.Predict(dm, devD) {
					sb.Add(devD.Labels[i], p)
				}
				_, _, ff := sb.PRF(0)
				_, _, fo := sb.PRF(3)
				_, _, fm := sb.PRF(4)
				fmt.Printf("typebias ORG %.0f MISC %.0f: F1 %.2f (ORG %.2f MISC %.2f)\n", bo, bm, ff, fo, fm)
			}
		}
		dm.Trans = biased
	}
	temp := train.Calibrate(dm, devD)
	fmt.Printf("calibrated temperature: %.3f (weight units)\n", temp)
	if *useNet {
		t0 = time.Now()
		dm.Net = train.TrainNet(trainD, netOpts)
		var sn train.Score
		for i, p := range train.Predict(dm, devD) {
			sn.Add(devD.Labels[i], p)
		}
		fmt.Printf("dev network in %v; with it (λ %.1f, τ %.2f):\n%s", time.Since(t0).Round(time.Second), netOpts.Lambda, netOpts.Tau, sn.Table())
	}
	if *devModel != "" {
		var buf bytes.Buffer
		if err := model.Encode(&buf, dm, feature.Set); err != nil {
			return err
		}
		if err := os.WriteFile(*devModel, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if out == "" {
		return nil
	}
	sents = append(sents, extra...)
	all := train.PrepareJackknife(sents, m, aug)
	t0 = time.Now()
	fm := train.Train(all, opts)
	fm.Words = train.Stats(sents)
	fm.Temp = float32(temp) * fm.Scale
	fm.OBias = int32(*obias * float64(fm.Scale))
	addTypeBias(fm, 3, *orgBias)
	addTypeBias(fm, 4, *miscBias)
	if *useNet {
		fm.Net = train.TrainNet(all, netOpts)
	}
	fmt.Printf("final model: %d epochs in %v\n", epochs, time.Since(t0))
	var buf bytes.Buffer
	if err := model.Encode(&buf, fm, feature.Set); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", out, buf.Len())
	return nil
}

// addTypeBias adds b (in weight units) to the score of the B- and I- labels
// of entity type t at every token, through the transition scores into them.
func addTypeBias(m *model.Model, t int, b float64) {
	d := int32(b * float64(m.Scale))
	for a := range m.Trans {
		m.Trans[a][model.B(t)] += d
		m.Trans[a][model.I(t)] += d
	}
}

// crossValidate trains on k-1 of k contiguous folds of sents and scores the
// held-out fold, for every fold (two at a time), and prints the pooled
// score with the label biases of the flags. Pooled over all of train (about
// 9,000 entities) it moves far less by chance than the 969 entities of the
// dev tail, so small changes can be told from noise.
func crossValidate(sents []train.Sentence, m *gaz.Matcher, aug func(train.Sentence) (train.Sentence, bool), opts train.Options, k int) error {
	t0 := time.Now()
	// The label biases act after training: every fold model is scored with
	// the flags' biases and, with -cvgrid, with a grid of others.
	type biases struct{ o, org, misc float64 }
	grid := []biases{{*obias, *orgBias, *miscBias}}
	if *cvGrid {
		for _, o := range []float64{-6, -10, -14} {
			for _, org := range []float64{2, 4, 6} {
				for _, misc := range []float64{0, 2, 4} {
					if (biases{o, org, misc}) != grid[0] {
						grid = append(grid, biases{o, org, misc})
					}
				}
			}
		}
	}
	scores := make([][]train.Score, len(grid))
	for g := range scores {
		scores[g] = make([]train.Score, k)
	}
	errs := make([]strings.Builder, k)
	type netSetting struct{ lambda, tau float32 }
	netSettings := []netSetting{{netOpts.Lambda, netOpts.Tau}}
	if *netGrid {
		for _, l := range []float32{2, 3, 4} {
			for _, t := range []float32{0.7, 0.8, 0.9, 0.95} {
				if (netSetting{l, t}) != netSettings[0] {
					netSettings = append(netSettings, netSetting{l, t})
				}
			}
		}
	}
	netScores := make([][]train.Score, len(netSettings))
	for g := range netScores {
		netScores[g] = make([]train.Score, k)
	}
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for fold := 0; fold < k; fold++ {
		wg.Add(1)
		go func(fold int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			lo, hi := fold*len(sents)/k, (fold+1)*len(sents)/k
			trS := append(append([]train.Sentence(nil), sents[:lo]...), sents[hi:]...)
			dvS := sents[lo:hi]
			trainD := train.PrepareJackknife(trS, m, aug)
			devD := train.Prepare(dvS, m, train.Stats(trS))
			dm := train.Train(trainD, opts)
			base := dm.Trans
			var net *model.Net
			if *useNet {
				net = train.TrainNet(trainD, netOpts)
			}
			for g, b := range grid {
				dm.Trans = base
				dm.OBias = int32(b.o * float64(dm.Scale))
				addTypeBias(dm, 3, b.org)
				addTypeBias(dm, 4, b.misc)
				if net != nil {
					// The network's threshold reads margins at the
					// calibrated temperature (here the held-out fold's).
					dm.Net = nil
					train.Calibrate(dm, devD)
					dm.Net = net
				}
				for i, p := range train.Predict(dm, devD) {
					scores[g][fold].Add(devD.Labels[i], p)
					if g == 0 && *showErrors {
						chunkErrors(&errs[fold], dvS[i].Words, devD.Labels[i], p)
					}
				}
				if g == 0 && net != nil && *netGrid {
					for ng, st := range netSettings {
						nn := *net
						nn.Lambda, nn.Tau = st.lambda, st.tau
						dm.Net = &nn
						for i, p := range train.Predict(dm, devD) {
							netScores[ng][fold].Add(devD.Labels[i], p)
						}
					}
					dm.Net = net
				}
			}
		}(fold)
	}
	wg.Wait()
	pool := func(scs []train.Score) train.Score {
		var all train.Score
		for _, sc := range scs {
			for t := range all.TP {
				all.TP[t] += sc.TP[t]
				all.Pred[t] += sc.Pred[t]
				all.Gold[t] += sc.Gold[t]
			}
		}
		return all
	}
	for i := range errs {
		os.Stderr.WriteString(errs[i].String())
	}
	for fold, sc := range scores[0] {
		_, _, f := sc.PRF(0)
		fmt.Printf("fold %d: F1 %.2f\n", fold+1, f)
	}
	for g := 1; g < len(grid); g++ {
		all := pool(scores[g])
		_, _, f := all.PRF(0)
		fmt.Printf("grid O %.0f ORG %.0f MISC %.0f: F1 %.2f\n", grid[g].o, grid[g].org, grid[g].misc, f)
	}
	if *netGrid {
		for ng, st := range netSettings {
			all := pool(netScores[ng])
			_, _, f := all.PRF(0)
			fmt.Printf("network λ %.1f τ %.2f: F1 %.2f\n", st.lambda, st.tau, f)
		}
	}
	all := pool(scores[0])
	fmt.Printf("%d-fold cross-validation in %v, with O bias %.1f, ORG bias %.1f, MISC bias %.1f:\n%s", k, time.Since(t0).Round(time.Second), *obias, *orgBias, *miscBias, all.Table())
	return nil
}

// chunkErrors writes the entities of gold that pred misses ("miss") and
// those of pred that gold lacks ("false"), each with its sentence context.
func chunkErrors(w *strings.Builder, words []string, gold, pred []model.Label) {
	gc, pc := train.Chunks(gold), train.Chunks(pred)
	show := func(kind string, c train.Chunk, other []model.Label) {
		lo, hi := max(c.Start-4, 0), min(c.End+3, len(words))
		fmt.Fprintf(w, "%s\t%s\t%s\t", kind, model.B(c.Type).String()[2:], strings.Join(words[c.Start:c.End], " "))
		for i := lo; i < hi; i++ {
			if i == c.Start {
				w.WriteString("[")
			}
			w.WriteString(words[i])
			if i == c.End-1 {
				w.WriteString("]")
			}
			if other[i] != model.O {
				fmt.Fprintf(w, "/%v", other[i])
			}
			w.WriteString(" ")
		}
		w.WriteString("\n")
	}
	for _, c := range gc {
		if !slices.Contains(pc, c) {
			show("miss", c, pred)
		}
	}
	for _, c := range pc {
		if !slices.Contains(gc, c) {
			show("false", c, gold)
		}
	}
}
