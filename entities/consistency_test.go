package entities

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// TestPropagateMultiWord checks propagate alone, with the first mention of a
// name given (as if the model had found it) and nothing else: later
// occurrences of the same words become the name, a proclitic excluded, and
// share its key; a partial or interrupted occurrence does not.
func TestPropagateMultiWord(t *testing.T) {
	tg, err := New(WithConsistency(false))
	if err != nil {
		t.Fatal(err)
	}
	const s = "قال رئيس البنك التجاري إن الأرباح زادت. وارتفعت أسهم للبنك التجاري أمس. وقال البنك إن التجاري، البنك ليس طرفا. وأعلن البنك التجاري الجديد."
	st := new(state)
	st.src = s
	st.toks = lex.Tokenize(nil, s)
	for start := 0; start < len(st.toks); {
		end := sentenceEnd(s, st.toks, start)
		tg.sentence(st, nil, st.toks[start:end])
		start = end
	}
	i := strings.Index(s, "البنك التجاري")
	first, ok := st.entity(tokensIn(st.toks, i, i+len("البنك التجاري")), Organization, 0.9)
	if !ok {
		t.Fatal("no first mention")
	}
	got := tg.propagate(st, []Entity{first}, 0, s)
	type m struct {
		Text  string
		Start int
	}
	var gotM []m
	for _, e := range got {
		if e.Type != Organization || e.Key != first.Key {
			t.Errorf("unexpected entity %+v", e)
		}
		gotM = append(gotM, m{e.Text, e.Start})
	}
	j := strings.Index(s, "للبنك التجاري") + len("لل") - len("ل")
	k := strings.LastIndex(s, "البنك التجاري")
	// In للبنك the article's alef is not written: the mention is لبنك
	// التجاري, with the same key as البنك التجاري.
	want := []m{{"البنك التجاري", i}, {"لبنك التجاري", j}, {"البنك التجاري", k}}
	if diff := cmp.Diff(want, gotM); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// tokensIn returns the tokens inside s[start:end].
func tokensIn(toks []lex.Token, start, end int) []lex.Token {
	var out []lex.Token
	for _, tk := range toks {
		if tk.Start >= start && tk.End <= end {
			out = append(out, tk)
		}
	}
	return out
}

// TestPropagateRejected: a name the model tagged in only one of its many
// occurrences seeds nothing, one tagged in one of a few occurrences does;
// a common word is not read as a proclitic and a seeded name.
func TestPropagateRejected(t *testing.T) {
	tg, err := New(WithConsistency(false))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, s, seed string
		typ           Type
		want          []string // the mentions after propagation
	}{
		{
			name: "tagged in one of three",
			s:    "قال سالم إن الوفد وصل. وأكد سالم ذلك. وغادر سالم أمس.",
			seed: "سالم", typ: Person,
			want: []string{"سالم", "سالم", "سالم"},
		},
		{
			name: "tagged in one of eleven",
			s:    "قال سالم إن الوفد وصل. سالم سالم سالم سالم سالم سالم سالم سالم. وأكد سالم ذلك. وغادر سالم أمس.",
			seed: "سالم", typ: Person,
			want: []string{"سالم"},
		},
		{
			name: "out of scope",
			s:    "قال سالم إن الوفد وصل. " + strings.Repeat("وصل الوفد إلى المدينة أمس. ", 500) + "وغادر سالم أمس.",
			seed: "سالم", typ: Person,
			want: []string{"سالم"},
		},
		{
			name: "common word kept whole",
			s:    "قال يان إن الوفد وصل. وصدر بيان عن الوزارة.",
			seed: "يان", typ: Person,
			want: []string{"يان"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := new(state)
			st.src = tc.s
			st.toks = lex.Tokenize(nil, tc.s)
			for start := 0; start < len(st.toks); {
				end := sentenceEnd(tc.s, st.toks, start)
				tg.sentence(st, nil, st.toks[start:end])
				start = end
			}
			i := strings.Index(tc.s, tc.seed)
			first, ok := st.entity(tokensIn(st.toks, i, i+len(tc.seed)), tc.typ, 0.9)
			if !ok {
				t.Fatal("no first mention")
			}
			var got []string
			for _, e := range tg.propagate(st, []Entity{first}, 0, tc.s) {
				got = append(got, e.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
