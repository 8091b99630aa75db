package normalize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/normalize"
)

// TestSeeds runs the two seed articles (../shared/seeds) through every named
// profile: the split غـ زة is repaired, tatweel and the curly quotes are gone
// under Search, the Arabic comma stays under Display, and String, the
// streaming Transformer and Map agree. Skipped when ../shared is absent.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not found: put the shared data beside the repository")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		display := normalize.Display.String(s)
		search := normalize.Search.String(s)
		if strings.Contains(s, "غـ زة") && (strings.Contains(display, "غـ زة") || !strings.Contains(display, "في غزة")) {
			t.Errorf("%s: Display did not repair غـ زة", f)
		}
		if strings.Count(display, "،") != strings.Count(s, "،") {
			t.Errorf("%s: Display changed Arabic commas: %d → %d", f, strings.Count(s, "،"), strings.Count(display, "،"))
		}
		if strings.ContainsAny(search, "ـ“”،أإآىة") {
			t.Errorf("%s: Search left a tatweel, curly quote, Arabic comma or unfolded letter", f)
		}
		for _, p := range namedProfiles {
			once := p.p.String(s)
			if p.p.String(once) != once {
				t.Errorf("%s: %s not idempotent", f, p.name)
			}
			for _, chunk := range []int{1, 7, 100} {
				if got := streamString(p.p, s, chunk); got != once {
					t.Errorf("%s: %s stream chunk %d differs from String", f, p.name, chunk)
				}
			}
			out, al := p.p.Map(s)
			if out != once {
				t.Errorf("%s: %s Map differs from String", f, p.name)
			}
			checkAlignment(t, p.name, s, out, al)
		}
	}
}
