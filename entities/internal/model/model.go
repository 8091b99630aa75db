// Package model holds the sequence model behind package entities: a linear
// model over hashed features and BIO labels, decoded with Viterbi, trained as
// an averaged structured perceptron (train.go), and stored in a small binary
// format (codec.go).
//
// A Model is immutable after Decode or Trainer.Model and is safe for
// concurrent use; a Decoder holds the scratch buffers of one goroutine.
package model

// Label is one BIO tag. The order is fixed: it is part of the file format.
type Label uint8

// The labels. O is "outside"; B starts an entity and I continues it.
const (
	O Label = iota
	BPer
	IPer
	BLoc
	ILoc
	BOrg
	IOrg
	BMisc
	IMisc
	NumLabels = 9
)

var labelNames = [NumLabels]string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// String returns the CoNLL name of l (ANERcorp spelling: PERS).
func (l Label) String() string {
	if int(l) < NumLabels {
		return labelNames[l]
	}
	return "?"
}

// ParseLabel returns the label named s (ANERcorp or CoNLL spelling; PER is
// accepted for PERS) and whether s was known.
func ParseLabel(s string) (Label, bool) {
	switch s {
	case "B-PER":
		return BPer, true
	case "I-PER":
		return IPer, true
	}
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return O, false
}

// Type returns the entity type of l: 0 for O, 1 PERS, 2 LOC, 3 ORG, 4 MISC.
func (l Label) Type() int { return (int(l) + 1) / 2 }

// Begins reports whether l is a B- label.
func (l Label) Begins() bool { return l != O && l%2 == 1 }

// Inside reports whether l is an I- label.
func (l Label) Inside() bool { return l != O && l%2 == 0 }

// B returns the B- label of entity type t (1..4).
func B(t int) Label { return Label(2*t - 1) }

// I returns the I- label of entity type t (1..4).
func I(t int) Label { return Label(2 * t) }

// allowed reports whether label b may follow label a (a == NumLabels means
// the start of the sentence): an I- label only continues its own type.
func allowed(a, b Label) bool {
	if !b.Inside() {
		return true
	}
	if a == NumLabels || a == O {
		return false
	}
	return a.Type() == b.Type()
}

// Model is a trained linear sequence model. Weights are quantised to int8:
// the score of label y for a token is the sum over its feature buckets f of
// W[f*NumLabels+y], plus Trans[prev][y] between labels (Trans[NumLabels] is
// the start row). All scores are in units of 1/Scale.
type Model struct {
	Bits  uint8 // log2 of the number of feature buckets
	Scale float32
	W     []int8
	Trans [NumLabels + 1][NumLabels]int32
	// Temp is the softmax temperature (in score units) used to turn path
	// scores into confidence values; calibrated on the dev split.
	Temp float32
	// OBias is added to the score of label O at every token; a negative
	// value trades precision for recall. Tuned on the dev split.
	OBias int32
	// Words holds statistics of the training text per stem (search form
	// without proclitics), packed by package feature (see feature.Stat):
	// how often the stem occurred and how it was labelled.
	Words map[string]uint32
	// Net is the second stage consulted where the linear model is unsure
	// (see Net); nil for none.
	Net *Net

	// tr is transTable of Trans as it was when prepare ran (trSrc); a
	// caller that changes Trans afterwards (the trainer's label biases)
	// gets a table computed afresh.
	tr    [NumLabels + 1][NumLabels]float64
	trSrc [NumLabels + 1][NumLabels]int32
	trOK  bool
	// pt is potTable of trSrc at temperature ptTemp, for Marginals.
	pt     [NumLabels + 1][NumLabels]float64
	ptTemp float32

	// wb is W in offset binary (W[i]+128 as a byte), for the emission
	// sums (see emissions); built by prepare, nil until then.
	wb []byte
}

// prepare builds the lookup form of the weights. Every constructor of a
// Model calls it once; the Model is read-only afterwards.
func (m *Model) prepare() {
	m.wb = make([]byte, len(m.W))
	for i, v := range m.W {
		m.wb[i] = byte(v) ^ 0x80
	}
	m.tr, m.trSrc, m.trOK = transTable(m), m.Trans, true
	m.pt, m.ptTemp = potTable(m, temperature(m)), m.Temp
}

// Mask returns the bucket mask for feature hashes.
func (m *Model) Mask() uint64 { return 1<<m.Bits - 1 }
