package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// runAnnotate runs the command with args and stdin, returning stdout,
// stderr and the exit status.
func runAnnotate(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(stdin); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, errb bytes.Buffer
	code := run(args, f, &out, &errb)
	return out.String(), errb.String(), code
}

// decodeDocs decodes one JSON document per line and checks the contract.
func decodeDocs(t *testing.T, out string) []Document {
	t.Helper()
	var docs []Document
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatalf("line %d is not one JSON object: %v\n%s", i+1, err, line)
		}
		for _, k := range []string{"text", "sentences", "tokens", "numbers", "dates", "entities"} {
			v, ok := raw[k]
			if !ok || string(v) == "null" {
				t.Errorf("line %d: field %q missing or null", i+1, k)
			}
		}
		var d Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		checkOffsets(t, &d)
		docs = append(docs, d)
	}
	return docs
}

// checkOffsets checks the contract's offset rules for every item of d:
// in bounds, text[start:end] == item text, and items of one kind ordered.
func checkOffsets(t *testing.T, d *Document) {
	t.Helper()
	check := func(kind string, i, start, end int, text string, prevStart *int) {
		t.Helper()
		if start < 0 || end < start || end > len(d.Text) {
			t.Errorf("%s[%d] [%d,%d) out of bounds (len %d)", kind, i, start, end, len(d.Text))
			return
		}
		if text != "\x00" && d.Text[start:end] != text {
			t.Errorf("%s[%d] text %q != text[%d:%d] %q", kind, i, text, start, end, d.Text[start:end])
		}
		if start < *prevStart {
			t.Errorf("%s[%d] starts at %d before the previous item (%d)", kind, i, start, *prevStart)
		}
		*prevStart = start
	}
	p := 0
	for i, s := range d.Sentences {
		check("sentence", i, s.Start, s.End, "\x00", &p)
	}
	p = 0
	for i, x := range d.Tokens {
		check("token", i, x.Start, x.End, x.Text, &p)
	}
	p = 0
	for i, x := range d.Numbers {
		check("number", i, x.Start, x.End, x.Text, &p)
	}
	p = 0
	for i, x := range d.Dates {
		check("date", i, x.Start, x.End, x.Text, &p)
	}
	p = 0
	for i, x := range d.Entities {
		check("entity", i, x.Start, x.End, x.Text, &p)
	}
}

func TestSampleJSON(t *testing.T) {
	out, errs, code := runAnnotate(t, "", "-sample", "-format", "json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	if docs[0].Text != sampleText {
		t.Errorf("document text is not the sample")
	}
}

func TestSampleText(t *testing.T) {
	out, errs, code := runAnnotate(t, "", "-sample")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "== <sample>: ") || !strings.Contains(out, "الرياض") {
		t.Errorf("report does not start with the sample header:\n%.300s", out)
	}
}

func TestSampleIsRealistic(t *testing.T) {
	// The issue asks for 10–20 sentences with both digit scripts, Hijri and
	// Gregorian dates, number words and a tatweel-split word.
	lines := 0
	for _, l := range strings.Split(sampleText, "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	if lines < 10 || lines > 20 {
		t.Errorf("sample has %d non-empty lines, want 10–20", lines)
	}
	for _, want := range []string{"٢٠٢٢", "2030", "۳۰۰۰", "هـ", "يونيو", "ثلاثة", "الريـ اض", "وللمملكة"} {
		if !strings.Contains(sampleText, want) {
			t.Errorf("sample lacks %q", want)
		}
	}
}

func TestEmptyStdin(t *testing.T) {
	out, errs, code := runAnnotate(t, "", "-format", "json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := `{"text":"","sentences":[],"tokens":[],"numbers":[],"dates":[],"entities":[]}` + "\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("empty input (-want +got):\n%s", diff)
	}
}

func TestLinesInOrder(t *testing.T) {
	var in strings.Builder
	const n = 300
	for i := range n {
		if i%7 == 3 {
			in.WriteString("\n") // empty lines are documents too
			continue
		}
		in.WriteString("السطر رقم " + strconv.Itoa(i) + " في القاهرة يوم الاثنين\n")
	}
	out, errs, code := runAnnotate(t, in.String(), "-format", "json", "-lines", "-j", "4", "-ref", "2024-06-10")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	docs := decodeDocs(t, out)
	if len(docs) != n {
		t.Fatalf("got %d documents, want %d", len(docs), n)
	}
	for i, d := range docs {
		want := ""
		if i%7 != 3 {
			want = "السطر رقم " + strconv.Itoa(i) + " في القاهرة يوم الاثنين"
		}
		if d.Text != want {
			t.Fatalf("document %d = %q, want %q", i, d.Text, want)
		}
	}
}

func TestBlocks(t *testing.T) {
	in := "عنوان أول\nنص أول\n\n\n  \nعنوان ثان\r\nنص ثان\n"
	out, _, code := runAnnotate(t, in, "-format", "json", "-blocks")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got []string
	for _, d := range decodeDocs(t, out) {
		got = append(got, d.Text)
	}
	want := []string{"عنوان أول\nنص أول", "عنوان ثان\nنص ثان"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestInvalidUTF8IsReported(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(p, []byte("غزة\xff\xfeالقاهرة"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runAnnotate(t, "", "-format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{p + ": invalid UTF-8 at byte 6", p + ": invalid UTF-8 at byte 7"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 || docs[0].Text != "غزة\uFFFD\uFFFDالقاهرة" {
		t.Errorf("got %+v", docs)
	}
}

func TestMissingFileGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("خبر"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory is walked and its files annotated; a missing file is
	// reported and makes the exit status non-zero.
	out, _, code := runAnnotate(t, "", "-format", "json", dir)
	if code != 0 || len(decodeDocs(t, out)) != 1 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	_, errs, code := runAnnotate(t, "", "-format", "json", filepath.Join(dir, "nope.txt"))
	if code == 0 || !strings.Contains(errs, "nope.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-format", "xml"}, {"-ref", "10/06/2024"}, {"-lines", "-blocks"}} {
		if _, _, code := runAnnotate(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func FuzzAnnotate(f *testing.F) {
	f.Add(sampleText)
	f.Add("")
	f.Add("غـ زة \u200f1445 هـ\xff ٣٧٬١٢٤ 10:30 https://example.com #غزة")
	f.Add("\u202bوبلينكن\u202c لإسرائيل، 7 تشرين الأول/أكتوبر")
	ref := time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)
	a, err := newAnnotator(ref)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, _ := sanitize(s)
		if !utf8.ValidString(text) {
			t.Fatalf("sanitize left invalid UTF-8")
		}
		if utf8.ValidString(s) && text != s {
			t.Fatalf("sanitize changed valid text")
		}
		d := a.annotate(text)
		if d.Text != text {
			t.Fatalf("document text changed")
		}
		checkOffsets(t, &d)
		if _, err := json.Marshal(&d); err != nil {
			t.Fatalf("marshal: %v", err)
		}
	})
}
