// Command annotate runs every khabar package over Arabic news text and
// prints what it finds: sentences, tokens with their clitic segments,
// numbers, dates (Gregorian and Hijri, resolved against a reference date)
// and named entities.
//
// Usage:
//
//	annotate [flags] [file or directory ...]
//
// With no arguments and standard input a terminal, annotate runs on an
// embedded sample article (a story written for khabar; its people are
// fictional) with reference date 2024-06-11, the story's date. Otherwise it
// reads the named files (directories are walked; hidden entries skipped) or,
// with no arguments, standard input.
//
// A document is a whole file by default; with -lines every input line is its
// own document (one output object per line, in order, empty lines
// included), and with -blocks every block of lines separated by blank lines
// is one.
//
// Output is a readable report (-format text, the default) or one JSON object
// per document (-format json), in input order whatever -j is:
//
//	{"text": "...",
//	 "sentences": [{"start":0,"end":57}],
//	 "tokens":   [{"start":0,"end":6,"text":"وفي","kind":"word","segments":["و","في"]}],
//	 "numbers":  [{"start":9,"end":14,"text":"37124","value":37124,"kind":"cardinal","approx":"at-least"}],
//	 "dates":    [{"start":20,"end":41,"text":"7 تشرين الأول/أكتوبر","calendar":"gregorian",
//	               "start_date":"2023-10-07","end_date":"2023-10-07","grain":"day","hijri":"1445-03-22"}],
//	 "entities": [{"start":50,"end":70,"text":"أنتوني بلينكن","type":"PERSON"}]}
//
// start and end are byte offsets into text (UTF-8), half-open, and
// text[start:end] equals the item's text. A field whose package finds
// nothing is an empty list.
//
// Invalid UTF-8 in the input is reported on standard error with the file
// name and byte offset, each invalid byte is replaced by U+FFFD (so that the
// JSON text and its offsets agree), and annotation goes on. annotate never
// stops on bad input; unreadable files are reported and make the exit status
// 1 once everything else is done.
//
// Flags:
//
//	-format text|json  output format (default text)
//	-lines             every input line is a document
//	-blocks            every blank-line-separated block is a document
//	-ref YYYY-MM-DD    reference date for relative dates (default: today;
//	                   2024-06-11 for the embedded sample)
//	-j N               annotate on N workers (default: all cores); output
//	                   order is input order
//	-stats             print documents/s, MB/s and peak memory to stderr
//	-sample            annotate the embedded sample even when standard
//	                   input is not a terminal
//
// When standard error is a terminal and the input is large (a directory,
// several files or more than 8 MB), annotate shows its progress there.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

const sampleRef = "2024-06-11"

type config struct {
	format string
	lines  bool
	blocks bool
	ref    time.Time
	jobs   int
	stats  bool
	sample bool
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it parses args, annotates, and returns
// the exit status.
func run(args []string, stdin *os.File, stdout io.Writer, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		cfg    config
		refStr string
	)
	fs.StringVar(&cfg.format, "format", "text", "output format: text or json")
	fs.BoolVar(&cfg.lines, "lines", false, "every input line is a document")
	fs.BoolVar(&cfg.blocks, "blocks", false, "every blank-line-separated block is a document")
	fs.StringVar(&refStr, "ref", "", "reference date YYYY-MM-DD for relative dates (default: today)")
	fs.IntVar(&cfg.jobs, "j", runtime.GOMAXPROCS(0), "number of workers")
	fs.BoolVar(&cfg.stats, "stats", false, "print throughput and peak memory to stderr")
	fs.BoolVar(&cfg.sample, "sample", false, "annotate the embedded sample article whatever standard input is")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annotate [-format text|json] [-lines|-blocks] [-ref YYYY-MM-DD] [-j N] [-stats] [file or dir ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if cfg.format != "text" && cfg.format != "json" {
		fmt.Fprintf(stderr, "annotate: unknown -format %q (want text or json)\n", cfg.format)
		return 2
	}
	if cfg.lines && cfg.blocks {
		fmt.Fprintln(stderr, "annotate: -lines and -blocks exclude each other")
		return 2
	}
	if cfg.jobs < 1 {
		cfg.jobs = 1
	}

	if cfg.sample {
		stdin = nil
	}
	src, err := openSources(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %v\n", err)
		return 2
	}
	switch {
	case refStr != "":
		t, err := time.Parse(time.DateOnly, refStr)
		if err != nil {
			fmt.Fprintf(stderr, "annotate: -ref %q: want YYYY-MM-DD\n", refStr)
			return 2
		}
		cfg.ref = t
	case src.sample:
		cfg.ref, _ = time.Parse(time.DateOnly, sampleRef)
	default:
		y, m, d := time.Now().Date()
		cfg.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}

	st := process(cfg, src, stdout, stderr)
	if cfg.stats {
		st.print(stderr)
	}
	if st.failed {
		return 1
	}
	return 0
}
