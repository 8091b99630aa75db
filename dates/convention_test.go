package dates_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/dates"
)

var assistant = []dates.Option{dates.WithConvention(dates.Assistant)}

// TestAssistant checks the forms the Assistant convention adds, said to a
// calendar assistant on Monday 7 November 2016 (future-leaning, as
// requests are).
func TestAssistant(t *testing.T) {
	const ref = "2016-11-07"
	fut := dates.PreferFuture
	run(t, []testCase{
		{name: "bare day after ila", in: "عدت إلى 27", ref: ref, policy: fut, opts: assistant, want: []got{{"27", "relative", "day", "2016-11-27", "2016-11-27", inf}}, reason: "a bare day after a preposition is a day of the reference's month"},
		{name: "bare day before full stop", in: "عدت في 27.", ref: ref, policy: fut, opts: assistant, want: []got{{"27", "relative", "day", "2016-11-27", "2016-11-27", inf}}, reason: "a full stop is a pause"},
		{name: "bare ordinal with lam", in: "عدت للثاني", ref: ref, policy: fut, opts: assistant, want: []got{{"للثاني", "relative", "day", "2016-11-02", "2016-11-02", inf}}, reason: "the 2nd of the reference's month, which is not over (PreferFuture keeps the month, as for a day and month)"},
		{name: "bare compound ordinal", in: "عدت للثانية والعشرين", ref: ref, policy: fut, opts: assistant, want: []got{{"للثانية والعشرين", "relative", "day", "2016-11-22", "2016-11-22", inf}}, reason: "الثانية والعشرين is 22"},
		{name: "bare tens ordinal", in: "عدت للثلاثين", ref: ref, policy: fut, opts: assistant, want: []got{{"للثلاثين", "relative", "day", "2016-11-30", "2016-11-30", inf}}, reason: "الثلاثين after ل is the 30th"},
		{name: "pair month day", in: "سوف أعود 4/22", ref: ref, policy: fut, opts: assistant, want: []got{{"4/22", "gregorian", "day", "2017-04-22", "2017-04-22", inf}}, reason: "22 cannot be a month: 22 April, the next one"},
		{name: "pair day month dash", in: "سأعود 22-4", ref: ref, policy: fut, opts: assistant, want: []got{{"22-4", "gregorian", "day", "2017-04-22", "2017-04-22", inf}}, reason: "any separator"},
		{name: "pair dot", in: "سأعود 4.22", ref: ref, policy: fut, opts: assistant, want: []got{{"4.22", "gregorian", "day", "2017-04-22", "2017-04-22", inf}}, reason: "a dot too"},
		{name: "us order with year", in: "سأعود 08/12, 2015", ref: ref, policy: fut, opts: assistant, want: []got{{"08/12, 2015", "gregorian", "day", "2015-08-12", "2015-08-12", 0}}, reason: "MM/DD, YYYY is the English order: 12 August"},
		{name: "us order two-digit year", in: "سأعود 08/12, 15", ref: ref, policy: fut, opts: assistant, want: []got{{"08/12, 15", "gregorian", "day", "2015-08-12", "2015-08-12", 0}}, reason: "a two-digit year below 50 is 20xx"},
		{name: "year dot month", in: "سأخرج 2015.3", ref: ref, policy: fut, opts: assistant, want: []got{{"2015.3", "gregorian", "month", "2015-03-01", "2015-03-31", 0}}, reason: "a year and a month with a dot"},
		{name: "percent is no pair", in: "بنسبة 1.6% فقط", ref: ref, policy: fut, opts: assistant, reason: "a percentage is not a day and month even for an assistant"},
		{name: "few days ago", in: "راسلته قبل بضعة أيام", ref: ref, policy: fut, opts: assistant, want: []got{{"قبل بضعة أيام", "relative", "day", "2016-11-04", "2016-11-04", appr}}, reason: "بضعة is three"},
		{name: "few months ago", in: "قبل بضعة أشهر", ref: ref, policy: fut, opts: assistant, want: []got{{"قبل بضعة أشهر", "relative", "day", "2016-08-07", "2016-08-07", appr}}, reason: "three months before"},
		{name: "last few days", in: "الأيام القليلة الماضية", ref: ref, policy: fut, opts: assistant, want: []got{{"الأيام القليلة الماضية", "relative", "day", "2016-11-04", "2016-11-06", 0}}, reason: "the three days before the reference"},
		{name: "in ten days", in: "حدد موعدا للاجتماع في 10 أيام", ref: ref, policy: fut, opts: assistant, want: []got{{"10 أيام", "relative", "day", "2016-11-17", "2016-11-17", appr}}, reason: "the tenth day on"},
		{name: "in three weeks", in: "حدد موعدا للاجتماع في 3 أسابيع", ref: ref, policy: fut, opts: assistant, want: []got{{"3 أسابيع", "relative", "day", "2016-11-22", "2016-11-28", appr}}, reason: "the seven days that end three weeks on"},
		{name: "in three weeks words", in: "في ثلاثة أسابيع", ref: ref, policy: fut, opts: assistant, want: []got{{"ثلاثة أسابيع", "relative", "day", "2016-11-22", "2016-11-28", appr}}, reason: "a count in words too"},
		{name: "in two weeks dual", in: "في أسبوعين", ref: ref, policy: fut, opts: assistant, want: []got{{"أسبوعين", "relative", "day", "2016-11-15", "2016-11-21", appr}}, reason: "a dual unit is a count of two"},
		{name: "window stays a window", in: "في الثلاثة عقود القادمة", ref: ref, policy: fut, opts: assistant, want: []got{{"الثلاثة عقود القادمة", "relative", "decade", "2020-01-01", "2049-12-31", 0}}, reason: "a count with القادمة is the window, not the N-th unit"},
		{name: "in three months", in: "في 3 أشهر", ref: ref, policy: fut, opts: assistant, want: []got{{"3 أشهر", "relative", "day", "2017-01-08", "2017-02-07", appr}}, reason: "the month that ends three months on"},
		{name: "within two weeks", in: "جدولة اجتماع خلال اسبوعين", ref: ref, policy: fut, opts: assistant, want: []got{{"خلال اسبوعين", "relative", "day", "2016-11-15", "2016-11-21", appr}}, reason: "the second week on"},
		{name: "after three years", in: "سأخرج بعد 3 سنوات", ref: ref, policy: fut, opts: assistant, want: []got{{"بعد 3 سنوات", "relative", "day", "2018-11-08", "2019-11-07", appr}}, reason: "the year that ends three years on"},
		{name: "from now is a day", in: "سأعود بعد أسبوعين من الآن", ref: ref, policy: fut, opts: assistant, want: []got{{"بعد أسبوعين من الآن", "relative", "day", "2016-11-21", "2016-11-21", appr}}, reason: "من الآن names the day itself"},
		{name: "within a month of october", in: "خلال شهر أكتوبر المقبل", ref: ref, policy: fut, opts: assistant, want: []got{{"شهر أكتوبر المقبل", "gregorian", "month", "2017-10-01", "2017-10-31", 0}}, reason: "شهر before a month name is not a count"},
		{name: "late last month half", in: "كان لدينا اجتماع أواخر الشهر الماضي", ref: ref, policy: fut, opts: assistant, want: []got{{"أواخر الشهر الماضي", "relative", "day", "2016-10-16", "2016-10-31", 0}}, reason: "أواخر is the second half of the month"},
		{name: "early next month half", in: "مطلع الشهر المقبل", ref: ref, policy: fut, opts: assistant, want: []got{{"مطلع الشهر المقبل", "relative", "day", "2016-12-01", "2016-12-15", 0}}, reason: "مطلع is the first half"},
		{name: "later this month half", in: "في وقت لاحق من هذا الشهر", ref: ref, policy: fut, opts: assistant, want: []got{{"في وقت لاحق من هذا الشهر", "relative", "day", "2016-11-16", "2016-11-30", 0}}, reason: "later in the month is its second half"},
		{name: "later this year half", in: "في وقت لاحق من هذا العام", ref: ref, policy: fut, opts: assistant, want: []got{{"في وقت لاحق من هذا العام", "relative", "month", "2016-07-01", "2016-12-31", 0}}, reason: "later in the year is its second half, wherever the reference falls"},
		{name: "year in two pairs", in: "تسعة عشر ثمانية وعشرون", ref: ref, policy: fut, opts: assistant, want: []got{{"تسعة عشر ثمانية وعشرون", "gregorian", "year", "1928-01-01", "1928-12-31", 0}}, reason: "nineteen twenty-eight"},
		{name: "month of a pair year", in: "حدث ذلك في يونيو من عام تسعة عشر تسعة وتسعون", ref: ref, policy: fut, opts: assistant, want: []got{{"يونيو من عام تسعة عشر تسعة وتسعون", "gregorian", "month", "1999-06-01", "1999-06-30", 0}}, reason: "nineteen ninety-nine after عام"},
		{name: "us fathers day", in: "سأعود في يوم الأب", ref: ref, policy: fut, opts: assistant, want: []got{{"يوم الأب", "gregorian", "day", "2017-06-18", "2017-06-18", inf}}, reason: "the third Sunday of June"},
		{name: "count stays a count", in: "أسفر عن مقتل 1194 شخصا", ref: ref, policy: fut, opts: assistant, reason: "a four-digit count is no day, pair or year"},
		{name: "maras stays a verb", in: "مارس الضغط على حماس", ref: ref, policy: fut, opts: assistant, reason: "مارس the verb needs no more support in an assistant"},
		{name: "phone stays a phone", in: "اتصل على 0100-123-4567", ref: ref, policy: fut, opts: assistant, reason: "three numbers glued together are not a date"},
	})
}

// TestNewsQuiet runs the forms the Assistant convention reads with the
// default options, on news-like sentences: they stay non-dates, or keep
// their news reading.
func TestNewsQuiet(t *testing.T) {
	const ref = "2016-11-07"
	run(t, []testCase{
		{name: "figure after ila", in: "ارتفع عدد الضحايا إلى 27", ref: ref, reason: "a figure after إلى is not a day"},
		{name: "figure after fi", in: "شارك في 27.", ref: ref, reason: "في 27 before a full stop: a count in news (only في 27 ending the text is a day)"},
		{name: "rank", in: "من المرتبة السادسة وحتى العاشرة", ref: ref, reason: "an ordinal alone is a rank"},
		{name: "second time", in: "فاز للثاني على التوالي", ref: ref, reason: "للثاني is 'for the second (time)'"},
		{name: "score pair", in: "فاز الفريق 22-4 في المباراة", ref: ref, reason: "a bare pair is a score"},
		{name: "slash pair", in: "تغلب عليه 1/2 في الإياب", ref: ref, reason: "a bare pair is a score or a fraction"},
		{name: "decimal pair", in: "بلغ 4.22 مليار ريال", ref: ref, reason: "a decimal is not a date"},
		{name: "percent", in: "بنسبة 1.6%", ref: ref, reason: "a percentage is not a date"},
		{name: "year dot", in: "نما 2015.3 نقطة", ref: ref, reason: "a decimal, not March 2015"},
		{name: "few days vague", in: "قبل بضعة أيام", ref: ref, want: []got{{"قبل بضعة أيام", "relative", "day", "", "", appr | unres}}, reason: "بضعة is vague: unresolved, not three"},
		{name: "last few days vague", in: "خلال الأيام القليلة الماضية", ref: ref, want: []got{{"خلال الأيام القليلة الماضية", "relative", "day", "", "", appr | unres}}, reason: "القليلة is vague"},
		{name: "in two weeks duration", in: "أنجز في أسبوعين", ref: ref, reason: "في أسبوعين is a duration in news"},
		{name: "in ten days duration", in: "أنجز المشروع في 10 أيام", ref: ref, reason: "في 10 أيام is a duration in news"},
		{name: "within days duration", in: "3864 مراجعا خلال 4 أيام", ref: ref, reason: "خلال 4 أيام is 'over four days'"},
		{name: "after years is a day", in: "بعد 3 سنوات", ref: ref, want: []got{{"بعد 3 سنوات", "relative", "day", "2019-11-07", "2019-11-07", appr}}, reason: "بعد N is the day N units on in news"},
		{name: "late month thirds", in: "أواخر الشهر الماضي", ref: ref, want: []got{{"أواخر الشهر الماضي", "relative", "day", "2016-10-21", "2016-10-31", 0}}, reason: "أواخر is the last ten days"},
		{name: "pair year words", in: "تسعة عشر ثمانية وعشرون", ref: ref, reason: "two numbers in words are two numbers"},
		{name: "fathers day arab", in: "في يوم الأب", ref: ref, want: []got{{"يوم الأب", "gregorian", "day", "2016-06-21", "2016-06-21", inf}}, reason: "21 June as the Arab countries keep it"},
	})
}

// TestDefaultAdditions checks forms read by default: a month followed by a
// range of its days, "or later", "on or after", Yuandan and a feast of a
// relative year.
func TestDefaultAdditions(t *testing.T) {
	const ref = "2016-11-07"
	run(t, []testCase{
		{name: "month then days", in: "سأخرج من شهر نوفمبر بين 19 و 20", ref: ref, policy: dates.PreferFuture, want: []got{{"شهر نوفمبر بين 19 و 20", "gregorian", "day", "2016-11-19", "2016-11-20", rng | inf}}, reason: "a month, then بين two of its days"},
		{name: "month then days past", in: "في مايو من 10 إلى 15.", ref: ref, want: []got{{"مايو من 10 إلى 15", "gregorian", "day", "2016-05-10", "2016-05-15", rng | inf}}, reason: "the year by the policy, kept for both ends"},
		{name: "month then counts", in: "في مايو من 10 إلى 15 ألف", ref: ref, want: []got{{"مايو", "gregorian", "month", "2016-05-01", "2016-05-31", inf}}, reason: "no pause after the second number: counts, not days"},
		{name: "or later", in: "النطاق 2012 أو بعده", ref: ref, want: []got{{"2012 أو بعده", "gregorian", "year", "2012-01-01", "", dates.OpenEnd}}, reason: "a year or later is open-ended"},
		{name: "or earlier", in: "في 2012 أو قبل ذلك", ref: ref, want: []got{{"2012 أو قبل ذلك", "gregorian", "year", "", "2012-12-31", dates.OpenStart}}, reason: "a year or earlier"},
		{name: "on or after", in: "بتواريخ بعد أو تساوي 1/1/2016", ref: ref, want: []got{{"بعد أو تساوي 1/1/2016", "gregorian", "day", "2016-01-01", "", dates.OpenEnd}}, reason: "on or after includes the day"},
		{name: "yuandan", in: "سأعود في يواندان", ref: ref, policy: dates.PreferFuture, want: []got{{"يواندان", "gregorian", "day", "2017-01-01", "2017-01-01", inf}}, reason: "the Chinese name of New Year's Day"},
		{name: "feast next year", in: "يواندان العام المقبل", ref: ref, want: []got{{"يواندان العام المقبل", "gregorian", "day", "2017-01-01", "2017-01-01", 0}}, reason: "New Year's Day of next year"},
		{name: "hijri feast next year", in: "عيد الفطر العام المقبل", ref: ref, want: []got{{"عيد الفطر العام المقبل", "hijri", "day", "2018-06-15", "2018-06-15", 0}}, reason: "1 Shawwal of the Hijri year after the reference's (1438 → 1439)"},
		{name: "bare day future month", in: "في 2", ref: ref, policy: dates.PreferFuture, want: []got{{"2", "relative", "day", "2016-11-02", "2016-11-02", inf}}, reason: "PreferFuture keeps a day of a month that is not over, as for a day and month"},
	})
}

func TestConventionString(t *testing.T) {
	for c, want := range map[dates.Convention]string{dates.News: "news", dates.Assistant: "assistant"} {
		if got := c.String(); got != want {
			t.Errorf("Convention(%d).String() = %q, want %q", c, got, want)
		}
	}
}
