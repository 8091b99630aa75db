package main

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed sample.txt
var sampleText string

// sources is the list of inputs of one run.
type sources struct {
	sample bool     // the embedded sample
	stdin  *os.File // standard input, when reading it
	files  []string // files to read, directories already expanded
	large  bool     // large input: worth a progress line
	size   int64    // total size of files, when known
}

// openSources decides what to read: the named files and directories, else
// standard input, else (stdin a terminal) the embedded sample.
func openSources(args []string, stdin *os.File) (sources, error) {
	var s sources
	if len(args) == 0 {
		if stdin == nil || isTerminal(stdin) {
			s.sample = true
		} else {
			s.stdin = stdin
		}
		return s, nil
	}
	for _, a := range args {
		if a == "-" {
			s.files = append(s.files, "-")
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return s, err
		}
		if !st.IsDir() {
			s.files = append(s.files, a)
			s.size += st.Size()
			continue
		}
		s.large = true
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, p)
				if info, err := d.Info(); err == nil {
					s.size += info.Size()
				}
			}
			return nil
		})
		if err != nil {
			return s, err
		}
		sort.Strings(found)
		s.files = append(s.files, found...)
	}
	if len(s.files) > 8 || s.size > 8<<20 {
		s.large = true
	}
	return s, nil
}

// isTerminal reports whether f is an interactive terminal: a character
// device other than the null device.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return true
}

// rawDoc is a document as read, before annotation.
type rawDoc struct {
	name   string // file name, "<stdin>" or "<sample>"
	offset int64  // byte offset of the document in its input
	text   string
}

// readDocs reads documents from r according to the mode (whole input,
// -lines or -blocks) and calls emit for each, in order. It stops at the first error emit returns.
func readDocs(name string, r io.Reader, cfg config, emit func(rawDoc) error) error {
	if !cfg.lines && !cfg.blocks {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		return emit(rawDoc{name: name, text: string(b)})
	}
	br := bufio.NewReaderSize(r, 1<<16)
	var (
		off       int64
		block     strings.Builder
		blockOff  int64
		lineCount int
	)
	flush := func() error {
		if block.Len() == 0 {
			return nil
		}
		err := emit(rawDoc{name: name, offset: blockOff, text: block.String()})
		block.Reset()
		return err
	}
	for {
		line, err := br.ReadString('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return err
		}
		lineOff := off
		off += int64(len(line))
		lineCount++
		text := strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if cfg.lines {
			if e := emit(rawDoc{name: name, offset: lineOff, text: text}); e != nil {
				return e
			}
		} else if strings.TrimSpace(text) == "" {
			if e := flush(); e != nil {
				return e
			}
		} else {
			if block.Len() == 0 {
				blockOff = lineOff
			} else {
				block.WriteByte('\n')
			}
			block.WriteString(text)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return err
		}
	}
	if cfg.blocks {
		return flush()
	}
	return nil
}

// sanitize returns text with every invalid UTF-8 byte replaced by U+FFFD and
// the byte offsets (in the original text) of the invalid bytes.
func sanitize(text string) (string, []int) {
	if utf8.ValidString(text) {
		return text, nil
	}
	var (
		b   strings.Builder
		bad []int
	)
	b.Grow(len(text) + 16)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			bad = append(bad, i)
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(text[i : i+size])
		}
		i += size
	}
	return b.String(), bad
}

// reportInvalid writes one line per invalid byte (at most five per
// document, then a count).
func reportInvalid(w io.Writer, d rawDoc, bad []int) {
	const most = 5
	for i, off := range bad {
		if i == most {
			fmt.Fprintf(w, "annotate: %s: %d more invalid UTF-8 bytes in the document at byte %d\n", d.name, len(bad)-most, d.offset)
			return
		}
		fmt.Fprintf(w, "annotate: %s: invalid UTF-8 at byte %d (replaced by U+FFFD)\n", d.name, d.offset+int64(off))
	}
}
