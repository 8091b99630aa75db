package hijri

import (
	"testing"
	"time"
)

func TestMonthByName(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   int
		ok     bool
		reason string
	}{
		{"محرم", 1, true, "canonical"},
		{"المحرم", 1, true, "with the article"},
		{"صفر", 2, true, "canonical"},
		{"ربيع الأول", 3, true, "canonical"},
		{"ربيع الاول", 3, true, "bare alef"},
		{"ربيع أول", 3, true, "without the article"},
		{"ربيع الآخر", 4, true, "canonical"},
		{"ربيع الثاني", 4, true, "الثاني variant"},
		{"ربيع الاخر", 4, true, "bare alef for madda"},
		{"جمادى الأولى", 5, true, "canonical"},
		{"جمادي الاولي", 5, true, "ya for alef maksura, bare alef"},
		{"جمادى الأول", 5, true, "masculine variant"},
		{"جمادى الآخرة", 6, true, "canonical"},
		{"جمادى الثانية", 6, true, "الثانية variant"},
		{"جمادى الاخره", 6, true, "heh for teh marbuta"},
		{"رجب", 7, true, "canonical"},
		{"شعبان", 8, true, "canonical"},
		{"رمضان", 9, true, "canonical"},
		{"رَمَضَانَ", 9, true, "diacritics ignored"},
		{"رمـــضان", 9, true, "tatweel ignored"},
		{"شوال", 10, true, "canonical"},
		{"ذو القعدة", 11, true, "canonical"},
		{"ذي القعدة", 11, true, "genitive"},
		{"ذى القعده", 11, true, "alef maksura and heh"},
		{"ذو الحجة", 12, true, "canonical"},
		{"ذي الحجة", 12, true, "genitive"},
		{"ذوالحجة", 12, true, "no space"},
		{"ذو  \u00a0الحجة", 12, true, "several spaces, NBSP"},
		{"  رمضان ", 9, true, "surrounding spaces"},
		{"\u200fرمضان", 9, true, "leading RLM"},
		{"رمضانيات", 0, false, "longer word"},
		{"ربيع", 0, false, "incomplete name"},
		{"ذو", 0, false, "incomplete name"},
		{"رمضان 1445", 0, false, "more than a name"},
		{"", 0, false, "empty"},
		{"\xff\xfe", 0, false, "invalid UTF-8"},
		{"Ramadan", 0, false, "Latin script"},
	} {
		got, ok := MonthByName(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("MonthByName(%q) = %d, %v; want %d, %v (%s)", tc.in, got, ok, tc.want, tc.ok, tc.reason)
		}
	}
}

func TestMatchMonth(t *testing.T) {
	for _, tc := range []struct {
		in     string
		month  int
		rest   string
		reason string
	}{
		{"ذو الحجة 1445", 12, " 1445", "name then year"},
		{"جمادى الأولى سنة", 5, " سنة", "longest variant, not جمادى الأول"},
		{"رَمَضَانُ المبارك", 9, " المبارك", "trailing diacritics belong to the name"},
		{"شوال،", 10, "،", "punctuation ends the name"},
		{"رجب1445", 0, "", "a digit right after is not a boundary"},
		{"رجبا", 0, "", "a letter right after is not a boundary"},
	} {
		m, n, ok := MatchMonth(tc.in)
		if tc.month == 0 {
			if ok {
				t.Errorf("MatchMonth(%q) = %d, %d, true; want no match (%s)", tc.in, m, n, tc.reason)
			}
			continue
		}
		if !ok || m != tc.month || tc.in[n:] != tc.rest {
			t.Errorf("MatchMonth(%q) = %d, rest %q, %v; want %d, rest %q (%s)", tc.in, m, tc.in[n:], ok, tc.month, tc.rest, tc.reason)
		}
	}
}

func TestMatchWeekday(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Weekday
		ok   bool
	}{
		{"الأحد", time.Sunday, true},
		{"الإثنين", time.Monday, true},
		{"الاثنين", time.Monday, true},
		{"الثلاثاء", time.Tuesday, true},
		{"الأربعاء", time.Wednesday, true},
		{"الاربعا", time.Wednesday, true},
		{"الخميس", time.Thursday, true},
		{"الجمعة", time.Friday, true},
		{"السبت", time.Saturday, true},
		{"السبتي", 0, false},
	} {
		w, n, ok := MatchWeekday(tc.in)
		if ok != tc.ok || (ok && (w != tc.want || n != len(tc.in))) {
			t.Errorf("MatchWeekday(%q) = %v, %d, %v; want %v, %d, %v", tc.in, w, n, ok, tc.want, len(tc.in), tc.ok)
		}
	}
}

func TestNames(t *testing.T) {
	for m := 1; m <= 12; m++ {
		if got, ok := MonthByName(MonthName(m)); !ok || got != m {
			t.Errorf("MonthByName(MonthName(%d)) = %d, %v", m, got, ok)
		}
		if MonthNameEnglish(m) == "" {
			t.Errorf("MonthNameEnglish(%d) is empty", m)
		}
	}
	for w := time.Sunday; w <= time.Saturday; w++ {
		if got, n, ok := MatchWeekday(WeekdayName(w)); !ok || got != w || n != len(WeekdayName(w)) {
			t.Errorf("MatchWeekday(WeekdayName(%v)) = %v, %d, %v", w, got, n, ok)
		}
	}
	if MonthName(0) != "" || MonthName(13) != "" || WeekdayName(7) != "" || MonthNameEnglish(-1) != "" {
		t.Error("out-of-range names are not empty")
	}
}
