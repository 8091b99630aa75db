package cluster

import (
	"encoding/binary"
	"fmt"
	"math"
)

// VecMagic starts a vector table (see Vectors).
const VecMagic = "khabar-vec\x00"

// Vectors is a table of word vectors quantised to int8: row i is
// Dim bytes, each an int8 that Scale turns into the vector's value. The
// rows are in the order of the words of the embedding-class file, so
// Classes.Vec-1 is a word's row. A Vectors is immutable and safe for
// concurrent use.
type Vectors struct {
	Dim   int
	Scale float32
	rows  string
}

// Len returns the number of rows.
func (v *Vectors) Len() int {
	if v == nil || v.Dim == 0 {
		return 0
	}
	return len(v.rows) / v.Dim
}

// Row returns row i as Dim int8 values held in a string (empty when i is
// out of range).
func (v *Vectors) Row(i int) string {
	if i < 0 || i >= v.Len() {
		return ""
	}
	return v.rows[i*v.Dim : (i+1)*v.Dim]
}

// ParseVectors reads a vector table: VecMagic, the uvarints Dim and the
// number of rows, Scale's float32 bits as a uvarint, then the rows. The
// result shares data's memory.
func ParseVectors(data string) (*Vectors, error) {
	if len(data) < len(VecMagic) || data[:len(VecMagic)] != VecMagic {
		return nil, fmt.Errorf("%w: vector table: bad magic", ErrSyntax)
	}
	b := []byte(data[len(VecMagic):min(len(data), len(VecMagic)+32)])
	dim, n1 := binary.Uvarint(b)
	if n1 <= 0 {
		return nil, fmt.Errorf("%w: vector table: truncated", ErrSyntax)
	}
	rows, n2 := binary.Uvarint(b[n1:])
	if n2 <= 0 {
		return nil, fmt.Errorf("%w: vector table: truncated", ErrSyntax)
	}
	sc, n3 := binary.Uvarint(b[n1+n2:])
	if n3 <= 0 || sc > math.MaxUint32 {
		return nil, fmt.Errorf("%w: vector table: truncated", ErrSyntax)
	}
	body := data[len(VecMagic)+n1+n2+n3:]
	if dim == 0 || dim > 1<<12 || uint64(len(body)) != dim*rows {
		return nil, fmt.Errorf("%w: vector table: %d rows of %d bytes in %d bytes", ErrSyntax, rows, dim, len(body))
	}
	return &Vectors{Dim: int(dim), Scale: math.Float32frombits(uint32(sc)), rows: body}, nil
}

// AppendVectors appends the encoding of rows (each dim int8 values) with
// the given scale to dst, in the format ParseVectors reads.
func AppendVectors(dst []byte, dim int, scale float32, rows []int8) []byte {
	dst = append(dst, VecMagic...)
	dst = binary.AppendUvarint(dst, uint64(dim))
	dst = binary.AppendUvarint(dst, uint64(len(rows)/dim))
	dst = binary.AppendUvarint(dst, uint64(math.Float32bits(scale)))
	for _, v := range rows {
		dst = append(dst, byte(v))
	}
	return dst
}

// EmbeddedVectors parses the embedded vector table (it shares the binary's
// memory: nothing is copied).
func EmbeddedVectors() (*Vectors, error) { return ParseVectors(vecData) }
