package numbers

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOptions(t *testing.T) {
	tests := []struct {
		name   string
		opts   Options
		in     string
		want   []got
		reason string
	}{
		{"relative off", Options{}, "الرئيس السابق والأسبوع التالي", nil, "relative ordinals are off by default"},
		{"relative", Options{Relative: true}, "الصفحة التالية والجملة الأخيرة وما قبل الأخير", []got{
			{"التالية", "1", "", "relative", "words", ""},
			{"الأخيرة", "0", "", "relative", "words", ""},
			{"قبل الأخير", "-1", "", "relative", "words", ""},
		}, ""},
		{"second to last", Options{Relative: true}, "الثانية الى الاخير", []got{{"الثانية الى الاخير", "-1", "", "relative", "words", ""}}, ""},
		{"ratios off", Options{}, "واحد على ثلاثة", []got{{"واحد", "1", "", "cardinal", "words", ""}, {"ثلاثة", "3", "", "cardinal", "words", ""}}, ""},
		{"ratios", Options{Ratios: true}, "واحد على ثلاثة وجزء من مئة", []got{
			{"واحد على ثلاثة", "0.333333333333333", "", "fraction", "words", ""},
			{"جزء من مئة", "0.01", "", "fraction", "words", ""},
		}, ""},
		{"part of hundred", Options{Ratios: true}, "مائتان وثلاثة جزء من مائة", []got{{"مائتان وثلاثة جزء من مائة", "200.03", "", "fraction", "words", ""}}, "the part under a hundred counts the parts"},
		{"duals off", Options{}, "خلال يومين", nil, ""},
		{"duals", Options{Duals: true}, "خلال يومين وعامين", []got{{"يومين", "2", "", "cardinal", "words", ""}, {"عامين", "2", "", "cardinal", "words", ""}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := Extractor{tt.opts}
			if diff := cmp.Diff(tt.want, summary(x.Find(tt.in))); diff != "" {
				t.Errorf("Find(%q) with %+v mismatch (-want +got):\n%s\nreason: %s", tt.in, tt.opts, diff, tt.reason)
			}
		})
	}
}

func TestFindMore(t *testing.T) {
	tests := []struct {
		name, in string
		want     []got
		reason   string
	}{
		{"range in words", "بين عشرة وعشرين", []got{{"عشرة وعشرين", "10", "20", "cardinal", "words", "range"}}, "ten cannot take tens, so the و separates a range"},
		{"range percent", "بين 10 و20%", []got{{"10 و20%", "10", "20", "percent", "mixed", "range"}}, ""},
		{"approx after", "100 تقريبا", []got{{"100", "100", "", "cardinal", "digits", "approx"}}, ""},
		{"at least after", "10 على الأقل", []got{{"10", "10", "", "cardinal", "digits", "at-least"}}, ""},
		{"nisba", "بنسبة 10", []got{{"10", "10", "", "percent", "digits", ""}}, "نسبة before a number makes it a percentage"},
		{"teens egyptian", "حداشر واتناشر", []got{{"حداشر", "11", "", "cardinal", "words", ""}, {"اتناشر", "12", "", "cardinal", "words", ""}}, ""},
		{"ahad ashar", "أحد عشر لاعبا", []got{{"أحد عشر", "11", "", "cardinal", "words", ""}}, ""},
		{"thousands stacking", "ألف مليار", []got{{"ألف مليار", "1000000000000", "", "cardinal", "words", ""}}, "scales multiply"},
		{"digits and hundreds", "٣ مئة و٢١", []got{{"٣ مئة و٢١", "321", "", "cardinal", "mixed", ""}}, ""},
		{"big digits", "123456789012345678", []got{{"123456789012345678", "123456789012345678", "", "cardinal", "digits", ""}}, "exact beyond 10^15"},
		{"too long", "1234567890123456789012345", nil, "a digit run too long for an exact value is skipped"},
		{"hijri month", "1 صفر 1436 وصفر هـ", []got{{"1", "1", "", "cardinal", "digits", ""}, {"1436", "1436", "", "cardinal", "digits", ""}}, "صفر before a year is the month"},
		{"month cue", "أواخر صفر المقبل", nil, "أواخر before صفر makes it the month"},
		{"definite count of a scale", "العشرة ملايين دولار", []got{{"العشرة ملايين", "10000000", "", "cardinal", "words", ""}}, ""},
		{"zero", "النتيجة صفر", []got{{"صفر", "0", "", "cardinal", "words", ""}}, ""},
		{"athna verb", "أثنى الوزير", nil, "أثنى is a verb"},
		{"quantity", "كمية كبيرة", nil, "كمية is not ك+مية"},
		{"power", "2.5^-1", []got{{"2.5^-1", "0.4", "", "decimal", "digits", ""}}, ""},
		{"tenth of", "عشر الميزانية وعشر سنوات", []got{{"عشر", "0.1", "", "fraction", "words", ""}, {"عشر", "10", "", "cardinal", "words", ""}}, "عشر before a definite noun is a tenth"},
		{"plus sign", "+5", []got{{"+5", "5", "", "cardinal", "digits", ""}}, ""},
		{"extended decimal", "۳٫۵", []got{{"۳٫۵", "3.5", "", "decimal", "digits", ""}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, summary(Find(tt.in))); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s\nreason: %s", tt.in, diff, tt.reason)
			}
		})
	}
}
