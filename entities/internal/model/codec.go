package model

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"sort"
)

// The file format, inside a gzip stream:
//
//	magic   "khabar-ner\x00" (11 bytes)
//	version uvarint (1)
//	feature set name: uvarint length + bytes
//	bits    1 byte (10..26)
//	scale   float32 bits, uvarint
//	temp    float32 bits, uvarint
//	obias   zigzag varint
//	trans   (NumLabels+1)*NumLabels zigzag varints
//	rows    uvarint count, then per non-zero row: uvarint bucket delta
//	        from the previous row (+1), NumLabels zigzag varints
//	words   uvarint count, then per word (sorted): uvarint length, bytes,
//	        4-byte big-endian statistics (Model.Words)
//	net     (version 3) byte 0, or byte 1 followed by uvarints Dim and Hid,
//	        float32 bits Lambda, Tau and VecScale as uvarints, then W1, B1,
//	        W2 and B2 as little-endian float32 (Model.Net)
//	crc     CRC-32 (IEEE) of everything above, 4 bytes little endian
const (
	magic         = "khabar-ner\x00"
	formatVersion = 3
)

// maxNet bounds the network's sizes read from a file.
const maxNet = 1 << 12

// ErrFormat is returned by Decode for data that is not a valid model file.
var ErrFormat = errors.New("model: not a valid model file")

// Encode writes m with its feature set name to w.
func Encode(w io.Writer, m *Model, featureSet string) error {
	var buf bytes.Buffer
	buf.WriteString(magic)
	buf.Write(binary.AppendUvarint(nil, formatVersion))
	buf.Write(binary.AppendUvarint(nil, uint64(len(featureSet))))
	buf.WriteString(featureSet)
	buf.WriteByte(m.Bits)
	buf.Write(binary.AppendUvarint(nil, uint64(math.Float32bits(m.Scale))))
	buf.Write(binary.AppendUvarint(nil, uint64(math.Float32bits(m.Temp))))
	buf.Write(binary.AppendVarint(nil, int64(m.OBias)))
	for a := range m.Trans {
		for b := range m.Trans[a] {
			buf.Write(binary.AppendVarint(nil, int64(m.Trans[a][b])))
		}
	}
	rows := 0
	for r := 0; r < len(m.W)/NumLabels; r++ {
		if !zeroRow(m.W[r*NumLabels:][:NumLabels]) {
			rows++
		}
	}
	buf.Write(binary.AppendUvarint(nil, uint64(rows)))
	prev := -1
	for r := 0; r < len(m.W)/NumLabels; r++ {
		row := m.W[r*NumLabels:][:NumLabels]
		if zeroRow(row) {
			continue
		}
		buf.Write(binary.AppendUvarint(nil, uint64(r-prev)))
		prev = r
		for _, v := range row {
			buf.Write(binary.AppendVarint(nil, int64(v)))
		}
	}
	words := make([]string, 0, len(m.Words))
	for w := range m.Words {
		words = append(words, w)
	}
	sort.Strings(words)
	buf.Write(binary.AppendUvarint(nil, uint64(len(words))))
	for _, w := range words {
		buf.Write(binary.AppendUvarint(nil, uint64(len(w))))
		buf.WriteString(w)
		buf.Write(binary.BigEndian.AppendUint32(nil, m.Words[w]))
	}
	if n := m.Net; n == nil {
		buf.WriteByte(0)
	} else {
		buf.WriteByte(1)
		buf.Write(binary.AppendUvarint(nil, uint64(n.Dim)))
		buf.Write(binary.AppendUvarint(nil, uint64(n.Hid)))
		for _, f := range []float32{n.Lambda, n.Tau, n.VecScale} {
			buf.Write(binary.AppendUvarint(nil, uint64(math.Float32bits(f))))
		}
		for _, fs := range [][]float32{n.W1, n.B1, n.W2, n.B2[:]} {
			for _, f := range fs {
				buf.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(f)))
			}
		}
	}
	buf.Write(binary.LittleEndian.AppendUint32(nil, crc32.ChecksumIEEE(buf.Bytes())))
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

func zeroRow(r []int8) bool {
	for _, v := range r {
		if v != 0 {
			return false
		}
	}
	return true
}

// Decode reads a model written by Encode and returns it with its feature set
// name. Any truncation, corruption or unknown version is an error wrapping
// ErrFormat.
func Decode(data []byte) (*Model, string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrFormat, err)
	}
	raw, err := io.ReadAll(bufio.NewReader(zr))
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if len(raw) < len(magic)+4 || string(raw[:len(magic)]) != magic {
		return nil, "", fmt.Errorf("%w: bad magic", ErrFormat)
	}
	body, sum := raw[:len(raw)-4], binary.LittleEndian.Uint32(raw[len(raw)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, "", fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	r := &reader{b: body[len(magic):]}
	version := r.uvarint()
	if version != 2 && version != formatVersion {
		return nil, "", fmt.Errorf("%w: version %d, want %d", ErrFormat, version, formatVersion)
	}
	fs := string(r.bytes(int(r.uvarint())))
	m := &Model{Bits: r.byte()}
	if r.err == nil && (m.Bits < 10 || m.Bits > 26) {
		return nil, "", fmt.Errorf("%w: %d hash bits", ErrFormat, m.Bits)
	}
	m.Scale = math.Float32frombits(uint32(r.uvarint()))
	m.Temp = math.Float32frombits(uint32(r.uvarint()))
	m.OBias = int32(r.varint())
	for a := range m.Trans {
		for b := range m.Trans[a] {
			m.Trans[a][b] = int32(r.varint())
		}
	}
	if r.err != nil {
		return nil, "", r.err
	}
	nb := 1 << m.Bits
	m.W = make([]int8, nb*NumLabels)
	rows := r.uvarint()
	row := -1
	for k := uint64(0); k < rows && r.err == nil; k++ {
		row += int(r.uvarint())
		if row < 0 || row >= nb {
			return nil, "", fmt.Errorf("%w: row %d out of range", ErrFormat, row)
		}
		for y := 0; y < NumLabels; y++ {
			v := r.varint()
			if v < -128 || v > 127 {
				return nil, "", fmt.Errorf("%w: weight %d out of range", ErrFormat, v)
			}
			m.W[row*NumLabels+y] = int8(v)
		}
	}
	if r.err != nil {
		return nil, "", r.err
	}
	nw := r.uvarint()
	if nw > uint64(len(r.b)) {
		return nil, "", fmt.Errorf("%w: %d cluster words", ErrFormat, nw)
	}
	if nw > 0 {
		m.Words = make(map[string]uint32, nw)
	}
	for k := uint64(0); k < nw && r.err == nil; k++ {
		w := string(r.bytes(int(r.uvarint())))
		sig := r.bytes(4)
		if r.err == nil {
			m.Words[w] = binary.BigEndian.Uint32(sig)
		}
	}
	if r.err != nil {
		return nil, "", r.err
	}
	if version >= 3 && r.byte() == 1 {
		n := &Net{Dim: int(r.uvarint()), Hid: int(r.uvarint())}
		if r.err == nil && (n.Dim < 1 || n.Dim > maxNet || n.Hid < 1 || n.Hid > maxNet) {
			return nil, "", fmt.Errorf("%w: network of %d×%d", ErrFormat, n.Dim, n.Hid)
		}
		n.Lambda = math.Float32frombits(uint32(r.uvarint()))
		n.Tau = math.Float32frombits(uint32(r.uvarint()))
		n.VecScale = math.Float32frombits(uint32(r.uvarint()))
		n.W1 = r.float32s(n.inputs() * n.Hid)
		n.B1 = r.float32s(n.Hid)
		n.W2 = r.float32s(NumLabels * n.Hid)
		copy(n.B2[:], r.float32s(NumLabels))
		m.Net = n
	}
	if r.err != nil {
		return nil, "", r.err
	}
	if len(r.b) != 0 {
		return nil, "", fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(r.b))
	}
	m.prepare()
	return m, fs, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("%w: truncated", ErrFormat)
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) float32s(n int) []float32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.fail()
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
