package lexgen

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dic imitates Ayaspell's layout: a count, then banner-separated sections.
const dic = `4
::::::::::::::
stopwords.dic
::::::::::::::
وبيد
::::::::::::::
names.dic
::::::::::::::
وزير/61	3
أمل/65
ب
::::::::::::::
verb.huns.dic
::::::::::::::
قال/228	5
أمل/229
`

func TestBuild(t *testing.T) {
	out, err := Build(strings.NewReader(dic), strings.NewReader("وقال\nقال\nGaza\n"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	want := "امل\tb\nقال\t6\nوزير\t1\nوقال\t4\n"
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("Build mismatch (-want +got):\n%s", diff)
	}
	again, _ := Build(strings.NewReader(dic), strings.NewReader("وقال\nقال\nGaza\n"))
	if !bytes.Equal(out, again) {
		t.Error("Build is not deterministic")
	}
}

func TestBuildEmpty(t *testing.T) {
	if _, err := Build(strings.NewReader("0\n"), strings.NewReader("")); err == nil {
		t.Error("Build of an empty dictionary: no error")
	}
}
