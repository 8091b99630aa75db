// Package corpus locates the shared evaluation data (../shared beside the
// repository) for the benchmarks and evaluation tests, and skips a test with
// a message when it is absent. Nothing from ../shared is copied into the
// repository: the data's licences differ (see ../shared/README.md).
package corpus

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// Root returns the path of the shared data directory: $KHABAR_SHARED if set,
// else ../shared relative to the repository root (the parent of this
// benchmarks module). ok is false when the directory does not exist.
func Root() (dir string, ok bool) {
	if d := os.Getenv("KHABAR_SHARED"); d != "" {
		st, err := os.Stat(d)
		return d, err == nil && st.IsDir()
	}
	_, file, _, _ := runtime.Caller(0)
	// file is <repo>/benchmarks/corpus/corpus.go
	repo := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	d := filepath.Join(filepath.Dir(repo), "shared")
	st, err := os.Stat(d)
	return d, err == nil && st.IsDir()
}

// Path returns the path of rel inside the shared directory, or skips tb with
// a message when the shared directory or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, ok := Root()
	if !ok {
		tb.Skipf("shared data not found (%s): put ../shared beside the repository or set KHABAR_SHARED", root)
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data file %s not found: %v", p, err)
	}
	return p
}

// Read returns the contents of rel inside the shared directory, skipping tb
// when it is absent.
func Read(tb testing.TB, rel string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

var (
	sampleOnce sync.Once
	sample     string
	sampleErr  error
)

// SampleRel is the 1 MB real news sample every speed benchmark runs on.
const SampleRel = "data/news/sample-1mb.txt"

// Sample returns ../shared/data/news/sample-1mb.txt (SaudiNewsNet 2015,
// CC BY-NC-SA 4.0: used only as local benchmark input), read once.
func Sample(tb testing.TB) string {
	tb.Helper()
	p := Path(tb, SampleRel)
	sampleOnce.Do(func() {
		var b []byte
		b, sampleErr = os.ReadFile(p)
		sample = string(b)
	})
	if sampleErr != nil {
		tb.Fatal(sampleErr)
	}
	return sample
}
