package train

import (
	"fmt"
	"strings"

	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// Chunk is an entity in token positions [Start, End) with type 1..4.
type Chunk struct{ Start, End, Type int }

// Chunks returns the entities of a label sequence with conlleval rules: an
// entity starts at B-X, or at I-X after a token that is not of type X.
func Chunks(ls []model.Label) []Chunk {
	var out []Chunk
	for i := 0; i < len(ls); {
		if ls[i] == model.O {
			i++
			continue
		}
		t := ls[i].Type()
		j := i + 1
		for j < len(ls) && ls[j].Inside() && ls[j].Type() == t {
			j++
		}
		out = append(out, Chunk{i, j, t})
		i = j
	}
	return out
}

// Score counts entity-level matches per type (index 0 = all types).
type Score struct {
	TP, Pred, Gold [5]int
}

// Add counts one sentence.
func (s *Score) Add(gold, pred []model.Label) {
	g, p := Chunks(gold), Chunks(pred)
	set := make(map[Chunk]bool, len(g))
	for _, c := range g {
		set[c] = true
		s.Gold[0]++
		s.Gold[c.Type]++
	}
	for _, c := range p {
		s.Pred[0]++
		s.Pred[c.Type]++
		if set[c] {
			s.TP[0]++
			s.TP[c.Type]++
		}
	}
}

// PRF returns precision, recall and F1 (percent) of type t (0 = overall).
func (s *Score) PRF(t int) (p, r, f float64) {
	if s.Pred[t] > 0 {
		p = 100 * float64(s.TP[t]) / float64(s.Pred[t])
	}
	if s.Gold[t] > 0 {
		r = 100 * float64(s.TP[t]) / float64(s.Gold[t])
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TypeNames are the rows of Table.
var TypeNames = [5]string{"overall", "PERS", "LOC", "ORG", "MISC"}

// Table formats the score as a text table.
func (s *Score) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %7s %7s %7s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred")
	for t := 0; t < 5; t++ {
		p, r, f := s.PRF(t)
		fmt.Fprintf(&b, "%-8s %7.2f %7.2f %7.2f %6d %6d\n", TypeNames[t], p, r, f, s.Gold[t], s.Pred[t])
	}
	return b.String()
}
