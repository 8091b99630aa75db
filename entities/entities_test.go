package entities_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities"
)

// mention is what a test expects: the text of an entity and its type.
type mention struct {
	Text string
	Type string
}

func mentions(es []entities.Entity) []mention {
	out := make([]mention, 0, len(es))
	for _, e := range es {
		out = append(out, mention{e.Text, e.Type.String()})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []mention
		reason   string
	}{
		{
			name:   "seed lead",
			in:     "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الاثنين",
			want:   []mention{{"أنتوني بلينكن", "PERSON"}, {"عبد الفتاح السيسي", "PERSON"}, {"القاهرة", "LOCATION"}},
			reason: "title + nisba before a person; a multi-word name; a capital",
		},
		{
			name:   "proclitic excluded",
			in:     "أول دولة عربية تعترف بإسرائيل وتوقع معاهدة سلام معها.",
			want:   []mention{{"إسرائيل", "LOCATION"}},
			reason: "the preposition ب is not part of the entity",
		},
		{
			name:   "tatweel-split word",
			in:     "جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة",
			want:   []mention{{"غـ زة", "LOCATION"}},
			reason: "a word split by tatweel and a space is one entity",
		},
		{
			name:   "tatweel dash",
			in:     "القاهرة ـ أعلن وزير الخارجية المصري ـ سامح شكري ـ أمس.",
			want:   []mention{{"القاهرة", "LOCATION"}, {"سامح شكري", "PERSON"}},
			reason: "a tatweel standing alone is a dash, outside the names beside it",
		},
		{
			name:   "organisation and places",
			in:     "وقف إطلاق النار في غزة بين إسرائيل وحماس.",
			want:   []mention{{"غزة", "LOCATION"}, {"إسرائيل", "LOCATION"}, {"حماس", "ORGANIZATION"}},
			reason: "conjunction و before an organisation is excluded",
		},
		{
			name:   "future particle",
			in:     "انسحبت القوات من سيناء. وزار الوفد غزة وسيناء.",
			want:   []mention{{"سيناء", "LOCATION"}, {"غزة", "LOCATION"}, {"سيناء", "LOCATION"}},
			reason: "the segmenter reads سيناء as the future particle س + يناء; a name keeps its س",
		},
		{
			name:   "no Arabic",
			in:     "nothing to see here 123",
			want:   []mention{},
			reason: "text without Arabic names has no entities",
		},
		{name: "empty", in: "", want: []mention{}, reason: "empty input"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(entities.Find(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestKey(t *testing.T) {
	in := "قال أنتوني بلينكن إن الاتفاق قريب. وأكد وبلينكن ذلك لاحقا في القاهرة."
	var keys []string
	for _, e := range entities.Find(in) {
		keys = append(keys, e.Key)
	}
	want := []string{"انتوني بلينكن", "بلينكن", "القاهره"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("keys mismatch (-want +got):\n%s", diff)
	}
	// After the preposition ل the article's alef is not written (للأمم):
	// the key restores it, so both mentions join.
	var g entities.Gazetteer
	g.Add("الأمم المتحدة", entities.Organization)
	tg, err := entities.New(entities.WithGazetteer(&g))
	if err != nil {
		t.Fatal(err)
	}
	in = "قالت الأمم المتحدة إن المساعدات وصلت. وقدم الوفد شكره للأمم المتحدة."
	var got []mention
	keys = keys[:0]
	for _, e := range tg.Find(in) {
		got = append(got, mention{e.Text, e.Type.String()})
		keys = append(keys, e.Key)
	}
	if diff := cmp.Diff([]mention{{"الأمم المتحدة", "ORGANIZATION"}, {"لأمم المتحدة", "ORGANIZATION"}}, got); diff != "" {
		t.Errorf("mentions mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"الامم المتحده", "الامم المتحده"}, keys); diff != "" {
		t.Errorf("keys mismatch (-want +got):\n%s", diff)
	}
}

func TestConsistency(t *testing.T) {
	in := "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى المنطقة. وتحدث بلينكن مع الصحفيين."
	on, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	off, err := entities.New(entities.WithConsistency(false))
	if err != nil {
		t.Fatal(err)
	}
	gotOn := mentions(on.Find(in))
	want := []mention{{"أنتوني بلينكن", "PERSON"}, {"بلينكن", "PERSON"}}
	if diff := cmp.Diff(want, gotOn); diff != "" {
		t.Errorf("with consistency: mismatch (-want +got):\n%s", diff)
	}
	// Without consistency the result is a subset of the one with it.
	for _, m := range mentions(off.Find(in)) {
		found := false
		for _, w := range gotOn {
			if w == m {
				found = true
			}
		}
		if !found {
			t.Errorf("without consistency: %v not found with it", m)
		}
	}
}

// TestConsistencyGluedClitic: a later mention with a preposition glued to an
// unknown name (ببلينكن, لبلينكن) is the name, and its span starts after the
// preposition.
func TestConsistencyGluedClitic(t *testing.T) {
	in := "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى المنطقة. واتصل الرئيس ببلينكن مساء أمس، ثم أرسل رسالة لبلينكن."
	var got []mention
	for _, e := range entities.Find(in) {
		if in[e.Start:e.End] != e.Text {
			t.Errorf("entity %+v: text differs from in[%d:%d]", e, e.Start, e.End)
		}
		got = append(got, mention{e.Text, e.Type.String()})
	}
	want := []mention{{"أنتوني بلينكن", "PERSON"}, {"بلينكن", "PERSON"}, {"بلينكن", "PERSON"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestConsistencyCommonWord: the last word of a person's name is not copied
// to later words when it is a common word of the training text (على is the
// preposition "on" far more often than the name Ali).
func TestConsistencyCommonWord(t *testing.T) {
	var g entities.Gazetteer
	g.Add("محمد على", entities.Person)
	tg, err := entities.New(entities.WithGazetteer(&g))
	if err != nil {
		t.Fatal(err)
	}
	in := "استقبل الوزير محمد على السفير أمس. ووضع الكتاب على الطاولة وجلس على الكرسي."
	var got []mention
	for _, e := range tg.Find(in) {
		if e.Type == entities.Person {
			got = append(got, mention{e.Text, e.Type.String()})
		}
	}
	want := []mention{{"محمد على", "PERSON"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestConsistencyTypeVote: the mentions of one name in a document share the
// type their scores favour.
func TestConsistencyTypeVote(t *testing.T) {
	in := "وصل الوفد إلى مدينة سيدي بوزيد أمس. وقال إن سيدي بوزيد هادئة."
	tests := []struct {
		name string
		gaz  string
		want []mention
	}{
		{"vote", "", []mention{{"سيدي بوزيد", "LOCATION"}, {"سيدي بوزيد", "LOCATION"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := entities.ParseGazetteerString(tc.gaz)
			if err != nil {
				t.Fatal(err)
			}
			tg, err := entities.New(entities.WithGazetteer(g))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, mentions(tg.Find(in))); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGazetteer(t *testing.T) {
	var g entities.Gazetteer
	if !g.Add("شركة الخيال العلمي", entities.Organization) {
		t.Fatal("Add failed")
	}
	if g.Add("   ", entities.Person) || g.Add("اسم", entities.Type(9)) {
		t.Error("Add accepted an empty name or an invalid type")
	}
	tg, err := entities.New(entities.WithGazetteer(&g))
	if err != nil {
		t.Fatal(err)
	}
	in := "أعلنت وشركة الخيال العلمي أرباحها في دبي."
	got := tg.Find(in)
	want := []mention{{"شركة الخيال العلمي", "ORGANIZATION"}, {"دبي", "LOCATION"}}
	if diff := cmp.Diff(want, mentions(got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if len(got) > 0 && got[0].Score != 1 {
		t.Errorf("caller gazetteer entity score = %v, want 1", got[0].Score)
	}
}

func TestParseGazetteer(t *testing.T) {
	g, err := entities.ParseGazetteerString("# my list\nشركة الخيال العلمي\tORG\n\nسمير المتخيل\tPERSON\n")
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 2 {
		t.Errorf("Len = %d, want 2", g.Len())
	}
	for _, bad := range []string{"name without type\n", "اسم\tCITY\n", "\tLOC\n"} {
		if _, err := entities.ParseGazetteerString(bad); !errors.Is(err, entities.ErrGazetteer) {
			t.Errorf("ParseGazetteerString(%q) error = %v, want ErrGazetteer", bad, err)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	good, err := os.ReadFile("model.bin")
	if err != nil {
		t.Fatal(err)
	}
	corrupt := append([]byte(nil), good...)
	corrupt[len(corrupt)/2] ^= 0xff
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good[:len(good)/3]},
		{"corrupt", corrupt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := entities.Load(bytes.NewReader(tc.data))
			if !errors.Is(err, entities.ErrModel) {
				t.Errorf("Load(%s) error = %v, want ErrModel", tc.name, err)
			}
		})
	}
	_, err = entities.LoadFile(filepath.Join(t.TempDir(), "missing.bin"))
	if !errors.Is(err, entities.ErrModel) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) error = %v, want ErrModel and ErrNotExist", err)
	}
	if _, err := entities.Load(bytes.NewReader(good)); err != nil {
		t.Errorf("Load(model.bin) = %v", err)
	}
}

func TestTypeString(t *testing.T) {
	got := []string{entities.Person.String(), entities.Location.String(), entities.Organization.String(), entities.Misc.String(), entities.Type(0).String()}
	want := []string{"PERSON", "LOCATION", "ORGANIZATION", "MISC", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Type.String mismatch (-want +got):\n%s", diff)
	}
}

// checkSpans verifies the invariants every result must hold.
func checkSpans(t *testing.T, s string, es []entities.Entity) {
	t.Helper()
	prev := 0
	for i, e := range es {
		if e.Start < prev || e.Start >= e.End || e.End > len(s) {
			t.Fatalf("entity %d %+v: bad span (prev end %d, len %d)", i, e, prev, len(s))
		}
		if s[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d: Text %q != s[%d:%d] %q", i, e.Text, e.Start, e.End, s[e.Start:e.End])
		}
		if e.Type < entities.Person || e.Type > entities.Misc {
			t.Fatalf("entity %d: bad type %d", i, e.Type)
		}
		if !(e.Score > 0 && e.Score <= 1) {
			t.Fatalf("entity %d: score %v out of (0, 1]", i, e.Score)
		}
		if !utf8.ValidString(e.Text) {
			t.Fatalf("entity %d: invalid UTF-8 in %q", i, e.Text)
		}
		prev = e.End
	}
}

func TestBadInput(t *testing.T) {
	long := strings.Repeat("زار أنتوني بلينكن القاهرة وغزة ", 2000) // no sentence marks
	tests := map[string]string{
		"invalid utf8":  "زار \xff\xfe بلينكن \xd8 القاهرة\x80",
		"bidi marks":    "\u200fزار\u200e بلينكن \u202bالقاهرة\u202c",
		"long line":     long,
		"mixed scripts": "Blinken بلينكن met 张三 in القاهرة 😀",
		"only marks":    "ـ ـ ـ ً ٌ",
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			es := entities.Find(s)
			checkSpans(t, s, es)
			var all []entities.Entity
			for e := range entities.All(s) {
				all = append(all, e)
			}
			if diff := cmp.Diff(es, all); diff != "" {
				t.Errorf("All and Find differ (-find +all):\n%s", diff)
			}
		})
	}
}

func TestAppendReuse(t *testing.T) {
	s := "زار بلينكن القاهرة."
	prefix := []entities.Entity{{Start: 0, End: 1, Text: "x", Type: entities.Misc, Score: 1}}
	got := entities.Append(prefix, s)
	if len(got) < 2 || got[0] != prefix[0] {
		t.Fatalf("Append did not keep dst: %+v", got)
	}
	checkSpans(t, s, got[1:])
}

func TestConcurrent(t *testing.T) {
	tg, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة.",
		"وقف إطلاق النار في غزة بين إسرائيل وحماس.",
		"nothing here",
	}
	want := make([][]entities.Entity, len(texts))
	for i, s := range texts {
		want[i] = tg.Find(s)
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if diff := cmp.Diff(want[i], tg.Find(texts[i])); diff != "" {
					done <- errors.New(diff)
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Errorf("concurrent Find differs from sequential (-want +got):\n%v", err)
		}
	}
}
