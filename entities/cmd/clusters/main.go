// Command clusters learns the word clusters that package entities embeds
// (entities/internal/cluster/data/clusters.txt.gz and embclusters.txt.gz)
// from unlabeled text.
//
// Every line of the input files is a text; its words are tokenised as the
// tagger tokenises them (package tokenize, proclitics cut, normalize.Search),
// and the exchange algorithm groups the most frequent of them into a fine
// and a coarse set of classes by the words that precede them.
//
// The embedded clusters come from 18 million words of CC BY-SA 4.0 text
// (see NOTICE): the Arabic side of the comparable Wikipedia corpus of Saad
// and Alijla (2017), 10,197 articles of the 2017-01-20 Arabic Wikipedia dump
// in WikiExtractor format, and five periodicals of the Open Arabic
// Periodical Editions (al-Manar, al-Muqtabas, Lughat al-Arab, al-Zuhur,
// al-Haqaiq; Arabic prose of 1898–1935) in TEI and Markdown. From the
// repository root, with the six repositories cloned into ../corpora at the
// commits named in NOTICE:
//
//	C=../corpora
//	go run ./entities/cmd/clusters -wiki -o entities/internal/cluster/data/clusters.txt.gz \
//		$C/egy-arb-dialect-id/ar-arz/20012017/ar/doc_*.txt \
//		$C/journal_al-manar/tei/*.xml $C/journal_al-muqtabas/md/*.md \
//		$C/journal_lughat-al-arab/tei/*.xml $C/journal_al-zuhur/tei/*.xml \
//		$C/journal_al-haqaiq/tei/*.xml
//
// The embedding classes (entities/internal/cluster/data/embclusters.txt.gz)
// come from the same files with -embed: skip-gram vectors (dimension 100,
// window 5, five negative words, 3 passes; one goroutine, deterministic,
// about 17 minutes) grouped by spherical k-means (10 rounds):
//
//	go run ./entities/cmd/clusters -wiki -embed -passes 10 \
//		-o entities/internal/cluster/data/embclusters.txt.gz \
//		$C/egy-arb-dialect-id/ar-arz/20012017/ar/doc_*.txt ... (the same files)
//
// With -vectors FILE the -embed run also writes the skip-gram vectors as
// text; -pack FILE turns them into the table the tagger's second stage reads
// (entities/internal/cluster/data/vectors.bin; see pack.go):
//
//	go run ./entities/cmd/clusters -pack FILE -pca 50 -o entities/internal/cluster/data/vectors.bin
//
// Files ending in .xml are read as TEI (the text of p, l and ab inside body,
// without notes, running heads and bibliographic records), .md as Markdown
// (without front matter, headings and footnote markers), and with -wiki the
// other files as WikiExtractor output (<doc> lines and titles skipped). A
// paragraph counts once, and only if it has four words or more, at least
// half of them Arabic, and no formula placeholder. A run takes about ten
// minutes on one core; the result is deterministic for the same files in
// the same order.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/khabar-nlp/khabar/entities/internal/cluster"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

func main() {
	out := flag.String("o", "", "output file (gzip)")
	source := flag.String("source", "", "header line naming the corpus and its licence")
	maxV := flag.Int("vocab", 80000, "number of words to cluster (most frequent)")
	minC := flag.Int("min", 5, "minimum count of a clustered word")
	fine := flag.Int("fine", 1024, "number of fine classes")
	coarse := flag.Int("coarse", 128, "number of coarse classes")
	passes := flag.Int("passes", 12, "exchange passes")
	flag.BoolVar(&wiki, "wiki", false, "input is WikiExtractor output (see the package comment)")
	flag.BoolVar(&embed, "embed", false, "classes by k-means over skip-gram word vectors instead of the exchange algorithm (see the package comment)")
	flag.IntVar(&dim, "dim", 100, "with -embed: dimension of the word vectors")
	flag.IntVar(&epochs, "epochs", 3, "with -embed: skip-gram passes over the text")
	flag.StringVar(&vectorsOut, "vectors", "", "with -embed: also write the word vectors to this file (word and values, one line each)")
	packIn := flag.String("pack", "", "pack this vector file (written by -vectors) into the tagger's vector table -o, one row per word of the embedded embedding classes (see pack.go)")
	pcaDim := flag.Int("pca", 50, "with -pack: number of principal components kept")
	flag.Parse()
	if *packIn != "" {
		if err := pack(*packIn, *out, *pcaDim); err != nil {
			fmt.Fprintln(os.Stderr, "clusters:", err)
			os.Exit(1)
		}
		return
	}
	if *source == "" && wiki {
		*source = wikiSource
	}
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: clusters -o FILE [-source TEXT] FILES...")
		os.Exit(2)
	}
	if err := run(*out, *source, *maxV, *minC, *fine, *coarse, *passes, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

// wiki is the -wiki flag; embed, dim and epochs the -embed flags.
var (
	wiki        bool
	embed       bool
	dim, epochs int
	vectorsOut  string
)

// wikiSource is the default header line naming the corpus (the shipped
// file's; see the package comment).
const wikiSource = "CC BY-SA 4.0: Arabic Wikipedia 2017-01-20 via Saad & Alijla 2017 " +
	"(github.com/motazsaad/egy-arb-dialect-id @ 895a37ec) and Open Arabic Periodical Editions, " +
	"ed. Till Grallert (github.com/OpenArabicPE: journal_al-manar @ 83fb63ad, journal_al-muqtabas @ 511f9df7, " +
	"journal_lughat-al-arab @ 9319fab4, journal_al-zuhur @ 27506ecb, journal_al-haqaiq @ 0d59a281); see NOTICE"

const (
	unk = "<unk>"
	num = "<num>"
)

func key(t *lex.Token) string {
	switch t.Kind {
	case lex.Arabic:
		return lex.Search(t.Stem())
	case lex.Latin:
		return lex.Search(t.Text)
	case lex.Number:
		return num
	}
	return t.Text
}

func run(out, source string, maxV, minC, fine, coarse, passes int, files []string) error {
	t0 := time.Now()
	ids := map[string]int32{}
	var words []string
	var seq []int32
	var toks []lex.Token
	seen := map[string]bool{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		add := func(text string) {
			text = strings.Join(strings.Fields(text), " ")
			if !keep(text) || seen[text] {
				return
			}
			seen[text] = true
			toks = lex.Tokenize(toks[:0], text)
			for i := range toks {
				k := key(&toks[i])
				id, ok := ids[k]
				if !ok {
					id = int32(len(words))
					ids[k] = id
					words = append(words, k)
				}
				seq = append(seq, id)
			}
			seq = append(seq, -1)
		}
		read := plainLines
		switch {
		case strings.HasSuffix(name, ".xml"):
			read = teiParagraphs
		case strings.HasSuffix(name, ".md"):
			read = markdownLines
		case wiki:
			read = wikiLines
		}
		err = read(bufio.NewReaderSize(f, 1<<16), add)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	freq := make([]int, len(words))
	for _, id := range seq {
		if id >= 0 {
			freq[id]++
		}
	}
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	sort.SliceStable(order, func(a, b int) bool { return freq[order[a]] > freq[order[b]] })
	// Keep the most frequent words; the others become one <unk> word.
	remap := make([]int32, len(words))
	var vocab []string
	for _, id := range order {
		if len(vocab) < maxV && freq[id] >= minC {
			remap[id] = int32(len(vocab))
			vocab = append(vocab, words[id])
		} else {
			remap[id] = -2
		}
	}
	u := int32(len(vocab))
	vocab = append(vocab, unk)
	for i, id := range seq {
		if id >= 0 {
			if r := remap[id]; r >= 0 {
				seq[i] = r
			} else {
				seq[i] = u
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%d tokens, %d distinct, %d clustered; read in %v\n", len(seq), len(words), len(vocab), time.Since(t0))
	var fc, cc []int32
	if embed {
		t0 = time.Now()
		vecs := skipGram(seq, len(vocab), dim, epochs, 1)
		fmt.Fprintf(os.Stderr, "vectors in %v\n", time.Since(t0))
		if vectorsOut != "" {
			if err := writeVectors(vectorsOut, vocab[:len(vocab)-1], vecs); err != nil {
				return err
			}
		}
		t0 = time.Now()
		// <unk> (the last word) is not clustered: class 0, never written.
		fc = append(kmeans(vecs[:len(vocab)-1], fine, passes), -1)
		cc = append(kmeans(vecs[:len(vocab)-1], coarse, passes), -1)
		fmt.Fprintf(os.Stderr, "k-means in %v\n", time.Since(t0))
	} else {
		c := cluster.NewCounts(seq, len(vocab))
		t0 = time.Now()
		fc = cluster.Exchange(c, fine, passes)
		fmt.Fprintf(os.Stderr, "fine (%d) in %v\n", fine, time.Since(t0))
		t0 = time.Now()
		cc = cluster.Exchange(c, coarse, passes)
		fmt.Fprintf(os.Stderr, "coarse (%d) in %v\n", coarse, time.Since(t0))
	}
	idx := make([]int, 0, len(vocab))
	for i, w := range vocab {
		if w != unk && w != num && w != "" && lex.Classify(w) != lex.Punct {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return vocab[idx[a]] < vocab[idx[b]] })
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# Word clusters for package entities: word<TAB>fine class<TAB>coarse class (1-based).\n")
	if embed {
		fmt.Fprintf(bw, "# Built by entities/cmd/clusters -embed: %d words, %d fine and %d coarse classes by spherical k-means (%d rounds) over skip-gram vectors (dimension %d, %d passes).\n", len(idx), fine, coarse, passes, dim, epochs)
	} else {
		fmt.Fprintf(bw, "# Built by entities/cmd/clusters: %d words, %d fine and %d coarse classes, %d passes.\n", len(idx), fine, coarse, passes)
	}
	if source != "" {
		fmt.Fprintf(bw, "# Source: %s\n", source)
	}
	for _, i := range idx {
		fmt.Fprintf(bw, "%s\t%d\t%d\n", vocab[i], fc[i]+1, cc[i]+1)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// writeVectors writes one line per word: the word and its vector's values.
func writeVectors(name string, vocab []string, vecs [][]float32) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	for i, w := range vocab {
		bw.WriteString(w)
		for _, x := range vecs[i] {
			fmt.Fprintf(bw, " %.5g", x)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
