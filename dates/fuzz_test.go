package dates_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/dates"
)

// FuzzFind checks the invariants of extraction on any input, with the News
// and the Assistant conventions: no panic, spans in bounds, ordered and not
// overlapping, s[Start:End] == Text, resolved intervals ordered, a zero end
// on the open side of an open range, and the three API layers
// agreeing.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"الأحد 3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م",
		"في 7 تشرين الأول/أكتوبر و31 مايو ومنذ شهر",
		"من 10 إلى 15 يونيو بين عامي 2010 و2015 الثمانينيات",
		"١٠/٦/٢٠٢٤ 14-09-1432 هـ 31 فبراير",
		"يوم الاثنين الماضي أوائل أكتوبر خلال الأسبوعين المقبلين",
		"\xff\xfe مايو \u200f2024\u200e",
		"مارس الضغط 1194 شخصا 3-1",
		"وصل في 29 أغسطس ثم في اليوم التالي واليوم السابق للحرب",
		"في موعد لا يتجاوز 30 يونيو، في وقت لاحق من هذا الشهر وأقصاه غدا",
		"الربع الأخير من عام 2025 يومي الاثنين والأربعاء 22/04 في واحد وعشرين مايو",
		"بقية أسبوعي الثلاثة عقود القادمة الأيام القليلة الماضية عيد الأم",
		"عدت إلى 27. عدت للثاني والعشرين 4/22 08/12, 15 2015.3 تسعة عشر ثمانية وعشرون",
		"قبل بضعة أيام في 3 أسابيع خلال اسبوعين بعد 3 سنوات شهر نوفمبر بين 19 و 20 2012 أو بعده",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	ref := dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC))
	news := dates.New(ref)
	asst := dates.New(ref, dates.WithConvention(dates.Assistant), dates.WithPolicy(dates.PreferFuture))
	f.Fuzz(func(t *testing.T, s string) {
		check(t, news, s)
		check(t, asst, s)
	})
}

func check(t *testing.T, ex *dates.Extractor, s string) {
	{
		ds := ex.Find(s)
		last := 0
		for _, d := range ds {
			if d.Start < last || d.End <= d.Start || d.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", d.Start, d.End, last, s)
			}
			if s[d.Start:d.End] != d.Text {
				t.Fatalf("Text %q != s[%d:%d]", d.Text, d.Start, d.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(d.Text) {
				t.Fatalf("span %q splits a rune", d.Text)
			}
			if d.Resolved() && d.Flags&(dates.OpenStart|dates.OpenEnd) == 0 && d.EndDate.Before(d.StartDate) {
				t.Fatalf("%q: EndDate %v before StartDate %v", d.Text, d.EndDate, d.StartDate)
			}
			if open := d.Flags & (dates.OpenStart | dates.OpenEnd); open == dates.OpenStart|dates.OpenEnd ||
				open == dates.OpenStart && !d.StartDate.IsZero() || open == dates.OpenEnd && !d.EndDate.IsZero() {
				t.Fatalf("%q: open flags %b do not match the interval %v..%v", d.Text, d.Flags, d.StartDate, d.EndDate)
			}
			if !d.Resolved() && (!d.StartDate.IsZero() || !d.EndDate.IsZero()) {
				t.Fatalf("%q: unresolved date with an interval", d.Text)
			}
			last = d.End
		}
		n := 0
		for d := range ex.All(s) {
			if n >= len(ds) || d != ds[n] {
				t.Fatalf("All and Find disagree at %d", n)
			}
			n++
		}
		if n != len(ds) {
			t.Fatalf("All yielded %d, Find %d", n, len(ds))
		}
	}
}
