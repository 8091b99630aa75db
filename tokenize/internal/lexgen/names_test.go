package lexgen

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNames(t *testing.T) {
	lists := []string{
		"# comment\nبوتين\tPERS\nفلاديمير بوتين\tPERS\nجامعة الأزهر بغزة\tORG\nغزة\tLOC\n",
		"سيدني\tLOC\nحرب كوسوفو\tMISC\nوكالة الأنباء للطاقة\tORG\nبالتيمور\tLOC\nبن\tPERS\nفان\tPERS\nvon\tPERS\n",
	}
	var rs []*strings.Reader
	for _, l := range lists {
		rs = append(rs, strings.NewReader(l))
	}
	got, err := Names(rs[0], rs[1])
	if err != nil {
		t.Fatal(err)
	}
	// بغزة is ب + غزة (a word of the lists); للطاقة and بالتيمور begin
	// with a clitic and the article; بن is too short; كوسوفو is MISC.
	want := []string{"بوتين", "سيدني", "فان", "فلاديمير", "وكالة"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
}
