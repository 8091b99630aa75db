package khabar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/khabar-nlp/khabar/dates"
	"github.com/khabar-nlp/khabar/entities"
	"github.com/khabar-nlp/khabar/normalize"
	"github.com/khabar-nlp/khabar/numbers"
	"github.com/khabar-nlp/khabar/tokenize"
)

// Every package reads the caller's original text and reports byte offsets
// into it, so results of different packages line up without conversion.
func Example() {
	text := "وقال وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة يوم الاثنين إن نحو 100 رهينة أُفرج عنهم."

	for _, t := range tokenize.Tokens(text)[:2] {
		var forms []string
		for _, s := range tokenize.SegmentWord(t.Text, tokenize.Clitics) {
			forms = append(forms, s.Form)
		}
		fmt.Printf("token %q [%d,%d) = %s\n", t.Text, t.Start, t.End, strings.Join(forms, "+"))
	}
	for _, n := range numbers.Find(text) {
		fmt.Printf("number %q = %v (%v)\n", n.Text, n.Value, n.Approx)
	}
	ref := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC) // the article's date
	for _, d := range dates.Find(text, dates.WithReference(ref)) {
		fmt.Printf("date %q = %s\n", d.Text, d.StartDate.Format(time.DateOnly))
	}
	for _, e := range entities.Find(text) {
		fmt.Printf("entity %q %v\n", text[e.Start:e.End], e.Type)
	}
	// Output:
	// token "وقال" [0,8) = و+قال
	// token "وزير" [9,17) = وزير
	// number "100" = 100 (approx)
	// date "يوم الاثنين" = 2024-06-10
	// entity "أنتوني بلينكن" PERSON
	// entity "القاهرة" LOCATION
}

// Normalising for search and mapping a match back to the original bytes:
// the match is found on the folded text, and the alignment reports it on
// the caller's string, diacritics and tatweel included.
func Example_normalizeAndMapBack() {
	text := "وصل الوفد إلى غـزّة مساء أمس"
	folded, align := normalize.Search.Map(text)
	i := strings.Index(folded, "غزه")
	start, end := align.OriginalSpan(i, i+len("غزه"))
	fmt.Println(folded)
	fmt.Printf("%q\n", text[start:end])
	// Output:
	// وصل الوفد الي غزه مساء امس
	// "غـزّة"
}
