package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// stats summarises a run for -stats.
type stats struct {
	docs    int
	bytes   int64
	elapsed time.Duration
	failed  bool
}

func (s stats) print(w io.Writer) {
	secs := s.elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(w, "annotate: %d documents, %.1f MB in %.2fs: %.0f docs/s, %.2f MB/s, peak RSS %.0f MB\n",
		s.docs, float64(s.bytes)/1e6, secs, float64(s.docs)/secs, float64(s.bytes)/1e6/secs, float64(peakRSS())/1e6)
}

// job is one document on its way through the workers.
type job struct {
	seq int
	raw rawDoc
	doc Document
}

// process reads every source, annotates the documents on cfg.jobs workers
// and writes the results in input order. At most 4×jobs documents are in
// flight at any time, so memory stays bounded whatever the input size.
func process(cfg config, src sources, stdout, stderr io.Writer) stats {
	start := time.Now()
	a, err := newAnnotator(cfg.ref)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %v\n", err)
		return stats{failed: true}
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)

	window := 4 * cfg.jobs
	slots := make(chan struct{}, window)
	todo := make(chan *job, cfg.jobs)
	done := make(chan *job, window)

	var wg sync.WaitGroup
	for range cfg.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				j.doc = a.annotate(j.raw.text)
				done <- j
			}
		}()
	}

	var (
		st   stats
		prog = newProgress(stderr, src.large, src.size)
	)
	// The writer: reorders finished documents and writes them in sequence.
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		pending := make(map[int]*job, window)
		next := 0
		for j := range done {
			pending[j.seq] = j
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if cfg.format == "json" {
					if err := enc.Encode(&p.doc); err != nil {
						st.failed = true
					}
				} else {
					writeReport(out, p.raw.name, &p.doc)
				}
				st.docs++
				st.bytes += int64(len(p.raw.text))
				prog.update(st.docs, st.bytes)
				<-slots
			}
		}
	}()

	seq := 0
	emit := func(d rawDoc) error {
		text, bad := sanitize(d.text)
		if len(bad) > 0 {
			reportInvalid(stderr, d, bad)
			d.text = text
		}
		slots <- struct{}{}
		todo <- &job{seq: seq, raw: d}
		seq++
		return nil
	}
	failed := false
	switch {
	case src.sample:
		emitErr(readDocs("<sample>", strings.NewReader(sampleText), cfg, emit), "<sample>", stderr, &failed)
	case src.stdin != nil:
		emitErr(readDocs("<stdin>", src.stdin, cfg, emit), "<stdin>", stderr, &failed)
	default:
		for _, name := range src.files {
			if name == "-" {
				emitErr(readDocs("<stdin>", os.Stdin, cfg, emit), "<stdin>", stderr, &failed)
				continue
			}
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "annotate: %v\n", err)
				failed = true
				continue
			}
			emitErr(readDocs(name, f, cfg, emit), name, stderr, &failed)
			f.Close()
		}
	}
	close(todo)
	wg.Wait()
	close(done)
	<-writerDone
	prog.finish()
	st.elapsed = time.Since(start)
	st.failed = st.failed || failed
	return st
}

func emitErr(err error, name string, stderr io.Writer, failed *bool) {
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %s: %v\n", name, err)
		*failed = true
	}
}

// progress prints a one-line progress report to a terminal.
type progress struct {
	w     io.Writer
	on    bool
	total int64
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, large bool, total int64) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, on: large && ok && isTerminal(f), total: total, start: time.Now()}
}

func (p *progress) update(docs int, bytes int64) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 250*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(docs) / now.Sub(p.start).Seconds()
	if p.total > 0 {
		fmt.Fprintf(p.w, "\rannotate: %d documents, %.1f/%.1f MB (%.0f%%), %.0f docs/s ", docs,
			float64(bytes)/1e6, float64(p.total)/1e6, 100*float64(bytes)/float64(p.total), rate)
		return
	}
	fmt.Fprintf(p.w, "\rannotate: %d documents, %.1f MB, %.0f docs/s ", docs, float64(bytes)/1e6, rate)
}

func (p *progress) finish() {
	if p.on && !p.last.IsZero() {
		fmt.Fprintln(p.w)
	}
}
