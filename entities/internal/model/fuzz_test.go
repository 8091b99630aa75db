package model

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"io"
	"testing"
)

// body returns the content of a model file without its gzip layer and
// checksum; wrap is the inverse.
func body(t testing.TB, file []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw[:len(raw)-4]
}

func wrap(b []byte) []byte {
	raw := binary.LittleEndian.AppendUint32(append([]byte(nil), b...), crc32.ChecksumIEEE(b))
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.NoCompression)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}

// FuzzDecode: any content of a model file (checksummed and compressed by
// the test, so that mutations reach the parser) decodes to a model or an
// error, never a panic; a decoded model encodes and decodes again, and its
// network, if any, runs on a short sentence.
func FuzzDecode(f *testing.F) {
	m := testModel()
	var plain bytes.Buffer
	if err := Encode(&plain, m, "set-1"); err != nil {
		f.Fatal(err)
	}
	m.Net = NewNet(3, 4, 0.25, 1)
	m.Net.Lambda, m.Net.Tau = 4, 0.8
	var withNet bytes.Buffer
	if err := Encode(&withNet, m, "set-1"); err != nil {
		f.Fatal(err)
	}
	f.Add(body(f, plain.Bytes()))
	nb := body(f, withNet.Bytes())
	f.Add(nb)
	f.Add(nb[:len(nb)/2])
	f.Add([]byte("khabar-ner\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, fs, err := Decode(wrap(b))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Encode(&buf, got, fs); err != nil {
			t.Fatalf("Encode of a decoded model: %v", err)
		}
		again, fs2, err := Decode(buf.Bytes())
		if err != nil || fs2 != fs {
			t.Fatalf("decoding the re-encoded model: %v (feature set %q, want %q)", err, fs2, fs)
		}
		if len(again.W) != len(got.W) || (again.Net == nil) != (got.Net == nil) {
			t.Fatalf("re-encoded model differs")
		}
		if n := got.Net; n != nil {
			toks := []NetToken{{Vec: string(make([]byte, n.Dim))}, {Bits: NetPunct}}
			n.Probs(toks, 0)
			seq := Sequence{Feats: []uint64{1, 2}, Off: []int{0, 1, 2}}
			var d Decoder
			d.DecodeNet(got, &seq, toks, nil)
		}
	})
}
