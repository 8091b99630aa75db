package dates_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/khabar-nlp/khabar/dates"
)

// got is the part of a Date the tables compare.
type got struct {
	Text     string
	Calendar string
	Grain    string
	From, To string // "" when unresolved
	Flags    dates.Flags
}

func project(ds []dates.Date) []got {
	var out []got
	for _, d := range ds {
		g := got{Text: d.Text, Calendar: d.Calendar.String(), Grain: d.Grain.String(), Flags: d.Flags}
		if !d.StartDate.IsZero() {
			g.From = d.StartDate.Format(time.DateOnly)
		}
		if !d.EndDate.IsZero() {
			g.To = d.EndDate.Format(time.DateOnly)
		}
		out = append(out, g)
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

const (
	inf   = dates.Inferred
	appr  = dates.Approximate
	rng   = dates.Range
	unres = dates.Unresolved
	imp   = dates.Impossible
)

type testCase struct {
	name   string
	in     string
	ref    string // reference date, "" for none
	policy dates.Policy
	want   []got
	reason string
	opts   []dates.Option // more options
}

func run(t *testing.T, cases []testCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, tc := range cases {
		if tc.reason == "" || seen[tc.name] {
			t.Fatalf("case %q: every case needs a unique name and a reason", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			opts := []dates.Option{dates.WithPolicy(tc.policy)}
			if tc.ref != "" {
				opts = append(opts, dates.WithReference(day(tc.ref)))
			}
			opts = append(opts, tc.opts...)
			out := dates.New(opts...).Find(tc.in)
			if diff := cmp.Diff(tc.want, project(out), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
			for _, d := range out {
				if tc.in[d.Start:d.End] != d.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", d.Start, d.End, tc.in[d.Start:d.End], d.Text)
				}
			}
		})
	}
}

func TestGregorianMonths(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "egyptian", in: "في 31 مايو", ref: ref, want: []got{{"31 مايو", "gregorian", "day", "2024-05-31", "2024-05-31", inf}}, reason: "day and month without a year: latest on or before the reference"},
		{name: "levantine pair", in: "في 7 تشرين الأول/أكتوبر", ref: ref, want: []got{{"7 تشرين الأول/أكتوبر", "gregorian", "day", "2023-10-07", "2023-10-07", inf}}, reason: "a Levantine/Egyptian pair is one date; October 2024 is after the reference"},
		{name: "pair month", in: "في تشرين الثاني/نوفمبر", ref: ref, want: []got{{"تشرين الثاني/نوفمبر", "gregorian", "month", "2023-11-01", "2023-11-30", inf}}, reason: "a month alone has grain month"},
		{name: "pair parentheses", in: "يوم 5 حزيران (يونيو) 2023", ref: ref, want: []got{{"يوم 5 حزيران (يونيو) 2023", "gregorian", "day", "2023-06-05", "2023-06-05", 0}}, reason: "a pair in parentheses is one date"},
		{name: "maghrebi", in: "يوم 14 جويلية 2023", ref: ref, want: []got{{"يوم 14 جويلية 2023", "gregorian", "day", "2023-07-14", "2023-07-14", 0}}, reason: "Algerian name from CLDR ar_DZ"},
		{name: "moroccan", in: "في 20 غشت 2022", ref: ref, want: []got{{"20 غشت 2022", "gregorian", "day", "2022-08-20", "2022-08-20", 0}}, reason: "Moroccan name from CLDR ar_MA"},
		{name: "yuliyeh", in: "في 23 يوليه 1952", ref: ref, want: []got{{"23 يوليه 1952", "gregorian", "day", "1952-07-23", "1952-07-23", 0}}, reason: "Egyptian spelling يوليه"},
		{name: "ibril hamza below", in: "في إبريل 2020", ref: ref, want: []got{{"إبريل 2020", "gregorian", "month", "2020-04-01", "2020-04-30", 0}}, reason: "إبريل folds to ابريل"},
		{name: "since", in: "منذ إبريل 2020", ref: ref, want: []got{{"منذ إبريل 2020", "gregorian", "month", "2020-04-01", "", dates.OpenEnd}}, reason: "منذ + a date is an open range from it"},
		{name: "before", in: "قبل عام 2020", ref: ref, want: []got{{"قبل عام 2020", "gregorian", "year", "", "2019-12-31", dates.OpenStart}}, reason: "قبل + a year is an open range up to it, not 'a year ago'"},
		{name: "ordinal day", in: "في السابع من أكتوبر", ref: ref, want: []got{{"السابع من أكتوبر", "gregorian", "day", "2023-10-07", "2023-10-07", inf}}, reason: "ordinal word as the day"},
		{name: "compound ordinal", in: "الحادي والعشرين من مايو 2017", ref: ref, want: []got{{"الحادي والعشرين من مايو 2017", "gregorian", "day", "2017-05-21", "2017-05-21", 0}}, reason: "الحادي + والعشرين is 21"},
		{name: "arabic-indic", in: "في ٣ يونيو ٢٠٢٤", ref: ref, want: []got{{"٣ يونيو ٢٠٢٤", "gregorian", "day", "2024-06-03", "2024-06-03", 0}}, reason: "Arabic-Indic digits"},
		{name: "clitic", in: "ولعام 2014 وبشهر مايو", ref: ref, want: []got{{"عام 2014", "gregorian", "year", "2014-01-01", "2014-12-31", 0}, {"شهر مايو", "gregorian", "month", "2024-05-01", "2024-05-31", inf}}, reason: "proclitics ول/وب are stripped and left out of the span"},
		{name: "diacritics", in: "فِي ١٥ مَايُو", ref: ref, want: []got{{"١٥ مَايُو", "gregorian", "day", "2024-05-15", "2024-05-15", inf}}, reason: "harakat do not stop a match"},
		{name: "month relmod", in: "في أكتوبر الماضي", ref: ref, want: []got{{"أكتوبر الماضي", "gregorian", "month", "2023-10-01", "2023-10-31", 0}}, reason: "the latest October before the current month"},
	})
}

func TestNegatives(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "maras verb", in: "مارس الضغط على حماس", ref: ref, reason: "مارس is also the verb 'exerted'"},
		{name: "am alone", in: "قال المتحدث إن الرأي العام منقسم وإن عام التعافي بدأ", ref: ref, reason: "عام without a year is a noun"},
		{name: "count", in: "أسفر عن مقتل 1194 شخصا", ref: ref, reason: "a count is not a year"},
		{name: "score", in: "فاز الأهلي 3-1 على الزمالك", ref: ref, reason: "a score is not a date"},
		{name: "phone", in: "اتصل على 0100-123-4567 أو 02/2345/678", ref: ref, reason: "phone numbers are not dates"},
		{name: "decimal", in: "نما الاقتصاد 2.5 في المئة", ref: ref, reason: "a decimal is not a day and month"},
		{name: "the two", in: "اتفق الاثنان على أن الاثنين سيلتقيان", ref: ref, reason: "الاثنين alone is also 'the two'"},
		{name: "ab door", in: "أغلق الباب 3 مرات", ref: ref, reason: "باب is not ب + آب"},
		{name: "duration", in: "استمرت الهدنة أسبوعا ولمدة ستة أسابيع", ref: ref, reason: "durations with no anchor are not dates"},
		{name: "ramadan name", in: "قال رمضان إن", ref: ref, reason: "رمضان as a personal name without a date context"},
		{name: "friday mosque", in: "صلى في مسجد الجمعة وألقى خطبة الجمعة", ref: ref, reason: "مسجد الجمعة and خطبة الجمعة name the congregation, not a day"},
		{name: "half year", in: "ومنذ نحو عام ونصف العام يجري", ref: ref, reason: "نصف العام is half a year, not mid-year"},
		{name: "one month", in: "حكم بالسجن لمدة شهر واحد", ref: ref, reason: "شهر واحد is a duration, not January"},
		{name: "this is one", in: "وهذا أحد الأسباب", ref: ref, reason: "أحد without ال is 'one'"},
		{name: "second day", in: "ارتفعت الأسعار لليوم الثاني على التوالي", ref: ref, reason: "اليوم الثاني is 'the second day', not today"},
		{name: "count range", in: "بين 100 و 150 شخصا", ref: ref, reason: "three-digit numbers are not a range of years"},
		{name: "safar score", in: "انتهت المباراة صفر - 1 و4/ صفر", ref: ref, reason: "صفر is also zero: no separator between it and a day"},
		{name: "metres", in: "بطول 3460م", ref: ref, reason: "م after a number is also metres"},
		{name: "feast amount", in: "عيدية عيد الفطر المبارك 740 ريالا", ref: ref, want: []got{{"عيد الفطر المبارك", "hijri", "day", "2024-04-10", "2024-04-10", inf}}, reason: "a three-digit number after a feast is not its year"},
	})
}

func TestHijriAndDual(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "dual", in: "الأحد 3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م", ref: ref, want: []got{{"الأحد 3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م", "dual", "day", "2024-06-09", "2024-06-09", 0}}, reason: "the two readings agree (Umm al-Qura)"},
		{name: "dual mismatch", in: "10 ذي الحجة 1445هـ الموافق 9 يونيو 2024م", ref: ref, want: []got{{"10 ذي الحجة 1445هـ الموافق 9 يونيو 2024م", "dual", "day", "2024-06-09", "2024-06-09", dates.Mismatch}}, reason: "10 Dhu al-Hijjah 1445 is 16 June: the Gregorian part wins and the mismatch is flagged"},
		{name: "hijri day", in: "في 14 رمضان 1445 هـ", ref: ref, want: []got{{"14 رمضان 1445 هـ", "hijri", "day", "2024-03-24", "2024-03-24", 0}}, reason: "Hijri day with era"},
		{name: "hijri month", in: "في شهر رمضان", ref: ref, want: []got{{"شهر رمضان", "hijri", "month", "2024-03-11", "2024-04-09", inf}}, reason: "Ramadan 1445, the latest before the reference"},
		{name: "hijri numeric", in: "بتاريخ 14-09-1432 هـ", ref: ref, want: []got{{"14-09-1432 هـ", "hijri", "day", "2011-08-14", "2011-08-14", 0}}, reason: "numeric Hijri date"},
		{name: "hijri year", in: "عام 1445 للهجرة", ref: ref, want: []got{{"عام 1445 للهجرة", "hijri", "year", "2023-07-19", "2024-07-06", 0}}, reason: "a Hijri year as a Gregorian interval"},
		{name: "impossible hijri", in: "في 30 شوال 1445 هـ", ref: ref, want: []got{{"30 شوال 1445 هـ", "hijri", "day", "", "", imp}}, reason: "Shawwal 1445 has 29 days: never moved to 1 Dhu al-Qa'dah"},
		{name: "impossible dhu al-hijjah", in: "في 30 ذو الحجة 1446 هـ", ref: ref, want: []got{{"30 ذو الحجة 1446 هـ", "hijri", "day", "", "", imp}}, reason: "Dhu al-Hijjah 1446 has 29 days: not moved to 1 Muharram 1447"},
		{name: "impossible gregorian", in: "في 31 فبراير", ref: ref, want: []got{{"31 فبراير", "gregorian", "day", "", "", imp}}, reason: "31 February does not exist"},
		{name: "impossible numeric", in: "في 31/4/2024", ref: ref, want: []got{{"31/4/2024", "gregorian", "day", "", "", imp}}, reason: "31 April does not exist"},
		{name: "bce", in: "عام 300 ق.م", ref: ref, want: []got{{"عام 300 ق.م", "gregorian", "year", "-0299-01-01", "-0299-12-31", 0}}, reason: "300 BCE is astronomical year -299"},
	})
}

func TestNumeric(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "dmy", in: "في 10/6/2024", ref: ref, want: []got{{"10/6/2024", "gregorian", "day", "2024-06-10", "2024-06-10", 0}}, reason: "D/M/Y is the Arab order"},
		{name: "ymd", in: "بتاريخ 2024-06-10", ref: ref, want: []got{{"2024-06-10", "gregorian", "day", "2024-06-10", "2024-06-10", 0}}, reason: "ISO order"},
		{name: "indic", in: "بتاريخ ١٠/٦/٢٠٢٤", ref: ref, want: []got{{"١٠/٦/٢٠٢٤", "gregorian", "day", "2024-06-10", "2024-06-10", 0}}, reason: "Arabic-Indic digits"},
		{name: "mdy when day > 12", in: "في 01/22/2016", ref: ref, want: []got{{"01/22/2016", "gregorian", "day", "2016-01-22", "2016-01-22", 0}}, reason: "22 cannot be a month"},
		{name: "month year", in: "في 3/2015", ref: ref, want: []got{{"3/2015", "gregorian", "month", "2015-03-01", "2015-03-31", 0}}, reason: "M/Y"},
		{name: "year range", in: "خلال الفترة 2014-2018", ref: ref, want: []got{{"2014-2018", "gregorian", "year", "2014-01-01", "2018-12-31", rng}}, reason: "a range of years includes the last"},
	})
}

func TestRelative(t *testing.T) {
	const ref = "2024-06-10" // a Monday
	run(t, []testCase{
		{name: "weekday today", in: "التقى يوم الاثنين", ref: ref, want: []got{{"يوم الاثنين", "relative", "day", "2024-06-10", "2024-06-10", inf}}, reason: "news default: the reference itself"},
		{name: "weekday past", in: "استقال يوم الأحد", ref: ref, want: []got{{"يوم الأحد", "relative", "day", "2024-06-09", "2024-06-09", inf}}, reason: "the latest Sunday"},
		{name: "weekday future", in: "يوم الأحد", ref: ref, policy: dates.PreferFuture, want: []got{{"يوم الأحد", "relative", "day", "2024-06-16", "2024-06-16", inf}}, reason: "future-leaning policy"},
		{name: "weekday nearest", in: "يوم الأربعاء", ref: ref, policy: dates.PreferNearest, want: []got{{"يوم الأربعاء", "relative", "day", "2024-06-12", "2024-06-12", inf}}, reason: "Wednesday is 2 days ahead, 5 back"},
		{name: "weekday last", in: "الاثنين الماضي", ref: ref, want: []got{{"الاثنين الماضي", "relative", "day", "2024-06-03", "2024-06-03", 0}}, reason: "strictly before the reference"},
		{name: "yesterday", in: "وقع أمس", ref: ref, want: []got{{"أمس", "relative", "day", "2024-06-09", "2024-06-09", 0}}, reason: "relative day"},
		{name: "day before", in: "أول أمس", ref: ref, want: []got{{"أول أمس", "relative", "day", "2024-06-08", "2024-06-08", 0}}, reason: "two-word phrase"},
		{name: "after tomorrow", in: "بعد غد", ref: ref, want: []got{{"بعد غد", "relative", "day", "2024-06-12", "2024-06-12", 0}}, reason: "بعد غد is not the anchor بعد"},
		{name: "last year", in: "العام الماضي", ref: ref, want: []got{{"العام الماضي", "relative", "year", "2023-01-01", "2023-12-31", 0}}, reason: "relative year"},
		{name: "next week", in: "الأسبوع المقبل", ref: ref, want: []got{{"الأسبوع المقبل", "relative", "week", "2024-06-17", "2024-06-23", 0}}, reason: "Monday-based weeks"},
		{name: "current month", in: "الشهر الجاري", ref: ref, want: []got{{"الشهر الجاري", "relative", "month", "2024-06-01", "2024-06-30", 0}}, reason: "current period"},
		{name: "since a month", in: "المغلق منذ شهر", ref: ref, want: []got{{"منذ شهر", "relative", "day", "2024-05-10", "2024-05-10", appr}}, reason: "anchored duration"},
		{name: "three days ago", in: "قبل ثلاثة أيام", ref: ref, want: []got{{"قبل ثلاثة أيام", "relative", "day", "2024-06-07", "2024-06-07", appr}}, reason: "cardinal word"},
		{name: "next two weeks", in: "خلال الأسبوعين المقبلين", ref: ref, want: []got{{"خلال الأسبوعين المقبلين", "relative", "day", "2024-06-11", "2024-06-24", 0}}, reason: "a window after the reference"},
		{name: "vague", in: "منذ أشهر", ref: ref, want: []got{{"منذ أشهر", "relative", "day", "", "", unres | appr}}, reason: "no count: unresolved, never a made-up day"},
		{name: "early october", in: "في أوائل أكتوبر", ref: ref, want: []got{{"أوائل أكتوبر", "gregorian", "day", "2023-10-01", "2023-10-10", inf}}, reason: "first ten days"},
		{name: "late last year", in: "أواخر العام الماضي", ref: ref, want: []got{{"أواخر العام الماضي", "relative", "month", "2023-07-01", "2023-12-31", 0}}, reason: "second half of the year"},
		{name: "year", in: "في عام 1979", ref: ref, want: []got{{"عام 1979", "gregorian", "year", "1979-01-01", "1979-12-31", 0}}, reason: "year"},
		{name: "decade", in: "في الثمانينيات", ref: ref, want: []got{{"الثمانينيات", "gregorian", "decade", "1980-01-01", "1989-12-31", inf}}, reason: "latest 80s before the reference"},
		{name: "decade century", in: "تسعينيات القرن الماضي", ref: ref, want: []got{{"تسعينيات القرن الماضي", "gregorian", "decade", "1990-01-01", "1999-12-31", 0}}, reason: "century given"},
		{name: "range", in: "من 10 إلى 15 يونيو", ref: ref, want: []got{{"من 10 إلى 15 يونيو", "gregorian", "day", "2024-06-10", "2024-06-15", inf | rng}}, reason: "range sharing the month"},
		{name: "years between", in: "بين عامي 2010 و2015", ref: ref, want: []got{{"بين عامي 2010 و2015", "gregorian", "year", "2010-01-01", "2015-12-31", rng}}, reason: "range of years"},
		{name: "no reference", in: "أمس و31 مايو 2024", want: []got{{"أمس", "relative", "day", "", "", unres}, {"31 مايو 2024", "gregorian", "day", "2024-05-31", "2024-05-31", 0}}, reason: "without a reference only full dates resolve"},
	})
}

// TestSeed000 lists every date of seed article 000 (reference Monday
// 2024-06-10), quoted in short phrases.
func TestSeed000(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "monday", in: "بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الاثنين في بداية جولة", ref: ref, want: []got{{"يوم الاثنين", "relative", "day", "2024-06-10", "2024-06-10", inf}}, reason: "the meeting day"},
		{name: "1979", in: "وتوقع معاهدة سلام معها في عام 1979، شاركت", ref: ref, want: []got{{"عام 1979", "gregorian", "year", "1979-01-01", "1979-12-31", 0}}, reason: "year"},
		{name: "since a month", in: "والمغلق منذ شهر منذ سيطرة القوات", ref: ref, want: []got{{"منذ شهر", "relative", "day", "2024-05-10", "2024-05-10", appr}}, reason: "a month before the reference"},
		{name: "early october", in: "منذ اندلاع الحرب في أوائل أكتوبر إلى حشد الدعم", ref: ref, want: []got{{"أوائل أكتوبر", "gregorian", "day", "2023-10-01", "2023-10-10", inf}}, reason: "early October 2023"},
		{name: "31 may", in: "الذي أعلنه الرئيس الأمريكي جو بايدن في 31 مايو.", ref: ref, want: []got{{"31 مايو", "gregorian", "day", "2024-05-31", "2024-05-31", inf}}, reason: "31 May 2024"},
		{name: "november", in: "الهدنة التي استمرت أسبوعا في تشرين الثاني/نوفمبر – والتي", ref: ref, want: []got{{"تشرين الثاني/نوفمبر", "gregorian", "month", "2023-11-01", "2023-11-30", inf}}, reason: "November 2023; أسبوعا is a duration"},
		{name: "7 october", in: "بعد الهجوم الذي وقع في 7 تشرين الأول/أكتوبر على جنوب إسرائيل وأسفر عن مقتل 1194 شخصا", ref: ref, want: []got{{"7 تشرين الأول/أكتوبر", "gregorian", "day", "2023-10-07", "2023-10-07", inf}}, reason: "7 October 2023; the count is not a date"},
		{name: "sunday", in: "وسطي استقال يوم الأحد من حكومة الحرب", ref: ref, want: []got{{"يوم الأحد", "relative", "day", "2024-06-09", "2024-06-09", inf}}, reason: "the day before"},
		{name: "later monday", in: "هي القدس في وقت لاحق يوم الاثنين، حيث", ref: ref, want: []got{{"يوم الاثنين", "relative", "day", "2024-06-10", "2024-06-10", inf}}, reason: "same day"},
		{name: "six weeks", in: "مع توقف القتال لمدة ستة أسابيع أولية", ref: ref, reason: "a duration, not a date"},
	})
}

// TestSeed003 checks that the vague expressions of seed article 003
// (reference 2024-09-17) never resolve to a day.
func TestSeed003(t *testing.T) {
	const ref = "2024-09-17"
	run(t, []testCase{
		{name: "months ago", in: "الجمود الحالي الذي يعوق تقدم المفاوضات منذ أشهر.", ref: ref, want: []got{{"منذ أشهر", "relative", "day", "", "", unres | appr}}, reason: "vague: unresolved"},
		{name: "near future", in: "تتوقع تقديمه في المستقبل القريب، ليكون", ref: ref, reason: "not a date"},
		{name: "earlier", in: "أجرى في وقت سابق لقاءً مع زعيم المعارضة", ref: ref, reason: "not a date"},
	})
}

func TestMore(t *testing.T) {
	const ref = "2024-06-10"
	run(t, []testCase{
		{name: "quarter", in: "في الربع الثالث من عام 2016", ref: ref, want: []got{{"الربع الثالث من عام 2016", "gregorian", "month", "2016-07-01", "2016-09-30", 0}}, reason: "a quarter of a year"},
		{name: "last quarter", in: "في الربع الأخير من عام 2025", ref: ref, want: []got{{"الربع الأخير من عام 2025", "gregorian", "month", "2025-10-01", "2025-12-31", 0}}, reason: "الربع الأخير is the fourth quarter, not just the year"},
		{name: "last quarter last year", in: "تراجعت الأرباح في الربع الأخير من العام الماضي", ref: ref, want: []got{{"الربع الأخير من العام الماضي", "relative", "month", "2023-10-01", "2023-12-31", 0}}, reason: "fourth quarter of a relative year"},
		{name: "first quarter this year", in: "الربع الأول من هذا العام", ref: ref, want: []got{{"الربع الأول من هذا العام", "relative", "month", "2024-01-01", "2024-03-31", 0}}, reason: "first quarter of the current year"},
		{name: "quarter of the year", in: "ليختتما الربع الثاني من العام بأداء ضعيف", ref: ref, want: []got{{"الربع الثاني من العام", "gregorian", "month", "2024-04-01", "2024-06-30", inf}}, reason: "من العام: the year the policy picks"},
		{name: "quarter of a match", in: "سجل في الربع الأخير من المباراة", ref: ref, reason: "a quarter of something that is not a year is not a date"},
		{name: "next day after a date", in: "وصل في 29 أغسطس، على أن يلتحق بالمعسكر في اليوم التالي", ref: "2015-09-01", want: []got{{"29 أغسطس", "gregorian", "day", "2015-08-29", "2015-08-29", inf}, {"اليوم التالي", "relative", "day", "2015-08-30", "2015-08-30", inf}}, reason: "اليوم التالي follows the day mentioned before it in the paragraph"},
		{name: "next day alone", in: "سأعود في اليوم التالي", ref: ref, want: []got{{"اليوم التالي", "relative", "day", "2024-06-11", "2024-06-11", inf}}, reason: "with no day before it, the day after the reference, flagged Inferred; never today"},
		{name: "previous day", in: "اليوم السابق", ref: ref, want: []got{{"اليوم السابق", "relative", "day", "2024-06-09", "2024-06-09", inf}}, reason: "the day before the reference (Duckling's reading)"},
		{name: "next day new paragraph", in: "في 29 أغسطس\nوفي اليوم التالي", ref: "2015-09-01", want: []got{{"29 أغسطس", "gregorian", "day", "2015-08-29", "2015-08-29", inf}, {"اليوم التالي", "relative", "day", "2015-09-02", "2015-09-02", inf}}, reason: "the antecedent does not cross a line break"},
		{name: "day after the war", in: "خطط اليوم التالي للحرب في غزة", ref: ref, reason: "اليوم التالي لـ… is the day after an event, not a date (and not today)"},
		{name: "no later than", in: "في موعد لا يتجاوز 30 يونيو 2024", ref: ref, want: []got{{"لا يتجاوز 30 يونيو 2024", "gregorian", "day", "", "2024-06-30", dates.OpenStart}}, reason: "لا يتجاوز closes an open range on the day itself"},
		{name: "at the latest", in: "على أن تسلم في موعد أقصاه غدا", ref: ref, want: []got{{"أقصاه غدا", "relative", "day", "", "2024-06-11", dates.OpenStart}}, reason: "أقصاه is 'at the latest'"},
		{name: "later this month", in: "يصل في وقت لاحق من هذا الشهر", ref: ref, want: []got{{"في وقت لاحق من هذا الشهر", "relative", "day", "2024-06-11", "2024-06-30", 0}}, reason: "later in the current month: after the reference"},
		{name: "earlier this year", in: "أعلن في وقت سابق من العام الجاري", ref: ref, want: []got{{"في وقت سابق من العام الجاري", "relative", "day", "2024-01-01", "2024-06-09", 0}}, reason: "earlier in the current year: before the reference"},
		{name: "later this week", in: "لاحقًا في هذا الأسبوع", ref: ref, want: []got{{"لاحقًا في هذا الأسبوع", "relative", "day", "2024-06-11", "2024-06-16", 0}}, reason: "diacritics on لاحقا are ignored"},
		{name: "later next year", in: "في وقت لاحق من العام المقبل", ref: ref, want: []got{{"العام المقبل", "relative", "year", "2025-01-01", "2025-12-31", 0}}, reason: "a period that does not hold the reference is left whole"},
		{name: "cardinal day", in: "في واحد وعشرين مايو", ref: ref, want: []got{{"واحد وعشرين مايو", "gregorian", "day", "2024-05-21", "2024-05-21", inf}}, reason: "a cardinal number word before a month is its day"},
		{name: "cardinal name", in: "قرب حي واحد حزيران جنوبي المدينة", ref: ref, want: []got{{"حزيران", "gregorian", "month", "2024-06-01", "2024-06-30", inf}}, reason: "a cardinal day needs a date word before it: واحد حزيران here names a district"},
		{name: "decades window", in: "في الثلاثة عقود القادمة", ref: ref, want: []got{{"الثلاثة عقود القادمة", "relative", "decade", "2030-01-01", "2059-12-31", 0}}, reason: "cardinal + plural unit + modifier: the next three decades"},
		{name: "months window", in: "خلال الثلاثة أشهر الماضية", ref: ref, want: []got{{"الثلاثة أشهر الماضية", "relative", "day", "2024-03-10", "2024-06-09", 0}}, reason: "the three months before the reference"},
		{name: "dual day", in: "تدريب يومي الاثنين والثلاثاء", ref: ref, want: []got{{"الاثنين", "relative", "day", "2024-06-10", "2024-06-10", inf}, {"الثلاثاء", "relative", "day", "2024-06-11", "2024-06-11", inf}}, reason: "يومي (the two days) before weekdays supports الاثنين, which alone is also 'the two'; the second day of the pair follows the first"},
		{name: "weekday pair past", in: "أقيمت يومي السبت والأحد", ref: ref, want: []got{{"السبت", "relative", "day", "2024-06-08", "2024-06-08", inf}, {"الأحد", "relative", "day", "2024-06-09", "2024-06-09", inf}}, reason: "a pair of weekdays is two consecutive mentions of one stretch"},
		{name: "rest of my week", in: "بقية أسبوعي", ref: ref, want: []got{{"بقية أسبوعي", "relative", "day", "2024-06-10", "2024-06-16", 0}}, reason: "a unit with a possessive pronoun after بقية"},
		{name: "padded day month", in: "سأعود 22/04", ref: ref, want: []got{{"22/04", "gregorian", "day", "2024-04-22", "2024-04-22", inf}}, reason: "a month with a leading zero makes a bare day/month"},
		{name: "unpadded not date", in: "النتيجة 22/4 و12/05/ب", ref: ref, reason: "without the leading zero it may be a score; more glued on is a reference"},
		{name: "colloquial day before yesterday", in: "اليوم الي قبل امبارح", ref: ref, want: []got{{"اليوم الي قبل امبارح", "relative", "day", "2024-06-08", "2024-06-08", 0}}, reason: "قبل امبارح is the day before yesterday"},
		{name: "few days past", in: "خلال الأيام القليلة الماضية", ref: ref, want: []got{{"خلال الأيام القليلة الماضية", "relative", "day", "", "", unres | appr}}, reason: "'the past few days' is vague: unresolved, never a made-up day"},
		{name: "mothers day", in: "احتفالات عيد الأم", ref: ref, want: []got{{"عيد الأم", "gregorian", "day", "2024-03-21", "2024-03-21", inf}}, reason: "Mother's Day is 21 March in the Arab countries"},
		{name: "fathers day year", in: "في يوم الأب عام 2015", ref: ref, want: []got{{"يوم الأب عام 2015", "gregorian", "day", "2015-06-21", "2015-06-21", 0}}, reason: "Father's Day, 21 June as Egypt and the Levant keep it, with its year"},
		{name: "rest of week", in: "بقية الأسبوع", ref: ref, want: []got{{"بقية الأسبوع", "relative", "day", "2024-06-10", "2024-06-16", 0}}, reason: "from the reference to the end of the week"},
		{name: "year words", in: "في 21 يناير ألفين وثمانية عشر", ref: ref, want: []got{{"21 يناير ألفين وثمانية عشر", "gregorian", "day", "2018-01-21", "2018-01-21", 0}}, reason: "a year in words"},
		{name: "nth weekday", in: "ثالث ثلاثاء في ايلول في سنة 2014", ref: ref, want: []got{{"ثالث ثلاثاء في ايلول في سنة 2014", "gregorian", "day", "2014-09-16", "2014-09-16", 0}}, reason: "the third Tuesday of September 2014"},
		{name: "last week of month", in: "الأسبوع الأخير من يوليو 2017", ref: ref, want: []got{{"الأسبوع الأخير من يوليو 2017", "gregorian", "week", "2017-07-24", "2017-07-30", 0}}, reason: "the last Monday-based week inside the month"},
		{name: "weekday range", in: "من الأحد إلى الخميس", ref: ref, want: []got{{"من الأحد إلى الخميس", "relative", "day", "2024-06-09", "2024-06-13", inf | rng}}, reason: "a range of weekdays from the latest Sunday"},
		{name: "weekday range in week", in: "الأسبوع المقبل بين الأربعاء والجمعة", ref: ref, want: []got{{"الأسبوع المقبل بين الأربعاء والجمعة", "relative", "day", "2024-06-19", "2024-06-21", rng}}, reason: "weekdays of next week"},
		{name: "eid", in: "عيد الأضحى 2024", ref: ref, want: []got{{"عيد الأضحى 2024", "hijri", "day", "2024-06-16", "2024-06-16", 0}}, reason: "10 Dhu al-Hijjah 1445 by Umm al-Qura"},
		{name: "ramadan gregorian year", in: "في رمضان 2019", ref: ref, want: []got{{"رمضان 2019", "hijri", "month", "2019-05-06", "2019-06-03", 0}}, reason: "the Ramadan that falls in 2019 (29 days by Umm al-Qura)"},
		{name: "easter", in: "عيد الفصح 2013", ref: ref, want: []got{{"عيد الفصح 2013", "gregorian", "day", "2013-03-31", "2013-03-31", 0}}, reason: "Western Easter by the computus"},
		{name: "starting from", in: "ابتداء من 15 أغسطس 2023", ref: ref, want: []got{{"من 15 أغسطس 2023", "gregorian", "day", "2023-08-15", "", dates.OpenEnd}}, reason: "ابتداء من opens a range"},
		{name: "until", in: "حتى عام 2018", ref: ref, want: []got{{"حتى عام 2018", "gregorian", "year", "", "2018-12-31", dates.OpenStart}}, reason: "حتى closes a range at the end of the year"},
		{name: "to is not until", in: "أرجئ الاجتماع إلى 22 أغسطس 2024", ref: ref, want: []got{{"22 أغسطس 2024", "gregorian", "day", "2024-08-22", "2024-08-22", 0}}, reason: "إلى after a verb of moving is not 'until'"},
		{name: "relday weekday", in: "أعلن مسؤول اليوم الثلاثاء أن", ref: "2015-06-02", want: []got{{"اليوم الثلاثاء", "relative", "day", "2015-06-02", "2015-06-02", 0}}, reason: "the weekday after اليوم/أمس confirms the day and is one mention"},
		{name: "day month past", in: "في السادس من شهر رمضان الماضي", ref: "2015-06-02", want: []got{{"السادس من شهر رمضان الماضي", "hijri", "day", "2014-07-03", "2014-07-03", 0}}, reason: "الماضي after a month: the latest such month before the current one"},
		{name: "civil fallback", in: "توفي سنة 262هـ", ref: ref, want: []got{{"سنة 262هـ", "hijri", "year", "0875-10-10", "0876-09-27", 0}}, reason: "outside the Umm al-Qura table the tabular civil calendar is used"},
		{name: "construct not duration", in: "تنحر الخراف قبل يوم العيد", ref: ref, reason: "قبل يوم العيد is 'before the day of the feast', not 'a day ago'"},
		{name: "pair quotes", in: "بنهاية تموز \"يوليو\" 2015، مقارنة", ref: ref, want: []got{{"نهاية تموز \"يوليو\" 2015", "gregorian", "day", "2015-07-21", "2015-07-31", 0}}, reason: "a pair in quotes is one month"},
		{name: "two days", in: "في 6 و 7 سبتمبر القادم", ref: ref, want: []got{{"6 و 7 سبتمبر القادم", "gregorian", "day", "2024-09-06", "2024-09-07", rng}}, reason: "two bare days joined by و before a month"},
		{name: "same day", in: "واستدعت المنامة، في اليوم نفسه، سفيرها", ref: ref, reason: "اليوم نفسه is the narrated day, not today"},
		{name: "contemporary hijri year", in: "بنهاية العام 1440 بمنطقة", ref: "2015-06-01", want: []got{{"نهاية العام 1440", "hijri", "month", "2019-03-11", "2019-08-30", 0}}, reason: "1440 near the reference's Hijri year (1436) is Hijri"},
		{name: "historic year", in: "سقطت القسطنطينية عام 1453", ref: "2015-06-01", want: []got{{"عام 1453", "gregorian", "year", "1453-01-01", "1453-12-31", 0}}, reason: "1453 is far from the reference's Hijri year: Gregorian"},
		{name: "bare pair", in: "في الثامن من مارس آذار العام الماضي", ref: "2015-06-01", want: []got{{"الثامن من مارس آذار العام الماضي", "gregorian", "day", "2014-03-08", "2014-03-08", 0}}, reason: "two month names of the same month side by side are one, then a relative year"},
		{name: "nth week of year", in: "الأسبوع الأول من عام 2015", ref: ref, want: []got{{"الأسبوع الأول من عام 2015", "gregorian", "week", "2014-12-29", "2015-01-04", 0}}, reason: "ISO week 1"},
	})
}

func TestNumericHijriOption(t *testing.T) {
	ex := dates.New(dates.WithNumericCalendar(dates.Hijri))
	ds := ex.Find("بتاريخ 10-03-90")
	if len(ds) != 1 || ds[0].Calendar != dates.Hijri || ds[0].StartDate.Format(time.DateOnly) != "1970-05-16" {
		t.Errorf("Find(10-03-90) with Hijri numerals = %+v, want Hijri 1390-03-10 = 1970-05-16", ds)
	}
}

func TestErr(t *testing.T) {
	ds := dates.Find("في 31 فبراير وأمس")
	if len(ds) != 2 {
		t.Fatalf("got %d dates, want 2", len(ds))
	}
	if err := ds[0].Err(); !errors.Is(err, dates.ErrImpossible) {
		t.Errorf("31 فبراير: Err() = %v, want ErrImpossible", err)
	}
	if err := ds[1].Err(); !errors.Is(err, dates.ErrUnresolved) {
		t.Errorf("أمس without reference: Err() = %v, want ErrUnresolved", err)
	}
}

// TestConcurrent uses one Extractor from several goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	ex := dates.New(dates.WithReference(day("2024-06-10")))
	const in = "يوم الاثنين و31 مايو و7 تشرين الأول/أكتوبر والأحد 3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م"
	want := project(ex.Find(in))
	done := make(chan []got)
	for range 4 {
		go func() {
			var last []got
			for range 50 {
				last = project(ex.Find(in))
			}
			done <- last
		}()
	}
	for range 4 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Find differs (-want +got):\n%s", diff)
		}
	}
}
