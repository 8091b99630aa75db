package tablegen

import (
	"strings"
	"testing"
)

func TestParseICU(t *testing.T) {
	good := "# comment\nepoch 1300 1882-11-12\n1300 0x0AAA\n1301 0x0D54\n"
	tab, err := ParseICU(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if tab.FirstYear != 1300 || tab.LastYear() != 1301 || len(tab.YearStart) != 3 {
		t.Fatalf("got %+v", tab)
	}
	// 1882-11-12 is day -31826; 1300 has 354 days (six 30-day months).
	if tab.YearStart[0] != -31826 || tab.YearStart[1] != -31826+354 {
		t.Errorf("year starts %v", tab.YearStart)
	}
	for _, tc := range []struct{ name, in string }{
		{"no-epoch", "1300 0x0AAA\n"},
		{"gap", "epoch 1300 1882-11-12\n1300 0x0AAA\n1302 0x0D54\n"},
		{"mask-too-big", "epoch 1300 1882-11-12\n1300 0x1AAA\n"},
		{"bad-date", "epoch 1300 1882-13-12\n1300 0x0AAA\n"},
		{"short-year", "epoch 1300 1882-11-12\n1300 0x0000\n"},
		{"empty", "epoch 1300 1882-11-12\n"},
	} {
		if _, err := ParseICU(strings.NewReader(tc.in)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestParseVanGent(t *testing.T) {
	good := "1343 23999 24029 24058 24088 24118 24147 24177 24207 24237 24265 24295 24325\nend 24355\n"
	tab, err := ParseVanGent(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if tab.FirstYear != 1343 || tab.MonthLen[0][8] != 28 {
		t.Errorf("got %+v", tab)
	}
	for _, tc := range []struct{ name, in string }{
		{"no-end", "1343 23999 24029 24058 24088 24118 24147 24177 24207 24237 24265 24295 24325\n"},
		{"short-line", "1343 23999 24029\nend 24058\n"},
		{"27-day-month", "1343 23999 24026 24058 24088 24118 24147 24177 24207 24237 24265 24295 24325\nend 24355\n"},
		{"after-end", "1343 23999 24029 24058 24088 24118 24147 24177 24207 24237 24265 24295 24325\nend 24355\n1344 1 2 3 4 5 6 7 8 9 10 11 12\n"},
	} {
		if _, err := ParseVanGent(strings.NewReader(tc.in)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestPack(t *testing.T) {
	// 30 = 28+2 (hi bit set), 29 = 28+1 (lo bit set); month 1 is bit 11.
	v, err := Pack([12]int{30, 29, 30, 29, 30, 29, 30, 29, 30, 29, 30, 29})
	if err != nil || v != 0x0aaa0555 {
		t.Errorf("Pack = %#x, %v; want 0x0aaa0555", v, err)
	}
	if _, err := Pack([12]int{32}); err == nil {
		t.Error("Pack accepted a 32-day month")
	}
}
