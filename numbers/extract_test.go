package numbers

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is the comparable part of a Number.
type got struct {
	Text, Value, Max, Kind, Form, Approx string
}

func summary(ns []Number) []got {
	var g []got
	for _, n := range ns {
		m := ""
		if n.Approx == Range || n.Approx == Vague {
			m = n.Max.String()
		}
		g = append(g, got{n.Text, n.Value.String(), m, n.Kind.String(), n.Form.String(), n.Approx.String()})
	}
	return g
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []got
		reason   string
	}{
		{"western", "قتل 37124 شخصا", []got{{"37124", "37124", "", "cardinal", "digits", ""}}, ""},
		{"arabic-indic", "قتل ٣٧١٢٤ شخصا", []got{{"٣٧١٢٤", "37124", "", "cardinal", "digits", ""}}, ""},
		{"extended", "قتل ۳۷۱۲۴ شخصا", []got{{"۳۷۱۲۴", "37124", "", "cardinal", "digits", ""}}, ""},
		{"comma thousands", "37,124 شخصا", []got{{"37,124", "37124", "", "cardinal", "digits", ""}}, ""},
		{"arabic thousands", "٣٧٬١٢٤", []got{{"٣٧٬١٢٤", "37124", "", "cardinal", "digits", ""}}, ""},
		{"thin space thousands", "1\u2009234\u2009567", []got{{"1\u2009234\u2009567", "1234567", "", "cardinal", "digits", ""}}, ""},
		{"arabic decimal", "٣٫٥", []got{{"٣٫٥", "3.5", "", "decimal", "digits", ""}}, ""},
		{"period three digits", "37.124", []got{{"37.124", "37.124", "", "decimal", "digits", ""}}, "a single period is a decimal point"},
		{"period 1.250", "1.250", []got{{"1.250", "1.25", "", "decimal", "digits", ""}}, "a single period is a decimal point"},
		{"repeated periods", "1.250.000", []got{{"1.250.000", "1250000", "", "cardinal", "digits", ""}}, "repeated periods group thousands"},
		{"decimal comma", "5,00 و3,5", []got{{"5,00", "5", "", "decimal", "digits", ""}, {"3,5", "3.5", "", "decimal", "digits", ""}}, ""},
		{"mixed scripts", "١2", []got{{"١", "1", "", "cardinal", "digits", ""}, {"2", "2", "", "cardinal", "digits", ""}}, "scripts never mix in one number"},
		{"negative", "درجة الحرارة -5 و−٣", []got{{"-5", "-5", "", "cardinal", "digits", ""}, {"−٣", "-3", "", "cardinal", "digits", ""}}, ""},
		{"hyphen between", "2014-2015", []got{{"2014", "2014", "", "cardinal", "digits", ""}, {"2015", "2015", "", "cardinal", "digits", ""}}, "a hyphen after a digit is not a sign"},
		{"percent after", "بنسبة 25% و٣٠٪", []got{{"25%", "25", "", "percent", "digits", ""}, {"٣٠٪", "30", "", "percent", "digits", ""}}, ""},
		{"percent before", "%25", []got{{"%25", "25", "", "percent", "digits", ""}}, ""},
		{"percent words", "25 في المئة و30 بالمائة", []got{{"25 في المئة", "25", "", "percent", "mixed", ""}, {"30 بالمائة", "30", "", "percent", "mixed", ""}}, ""},
		{"ip address", "192.168.1.2", []got{{"192", "192", "", "cardinal", "digits", ""}, {"168", "168", "", "cardinal", "digits", ""}, {"1", "1", "", "cardinal", "digits", ""}, {"2", "2", "", "cardinal", "digits", ""}}, "a dotted chain is a list"},
		{"latin code", "قمة مجموعة G20 وطائرات F16 وملف MP3 وفيروس H1N1 بتقنية 5G", []got{{"5", "5", "", "cardinal", "digits", ""}}, "digits glued after Latin letters are part of a name or code; digits before letters (5G, 10km) stay numbers"},
		{"oxide", "انبعاثات ثاني أكسيد الكربون وأول أوكسيد الكربون في ثاني أيام القمة", []got{{"ثاني", "2", "", "ordinal", "words", ""}}, "ثاني أكسيد is dioxide, not the second; ثاني أيام is"},
		{"slash date", "في 5/17/2018", []got{{"5", "5", "", "cardinal", "digits", ""}, {"17", "17", "", "cardinal", "digits", ""}, {"2018", "2018", "", "cardinal", "digits", ""}}, ""},
		{"slash fraction", "٣/٤ الكأس", []got{{"٣/٤", "0.75", "", "fraction", "digits", ""}}, ""},
		{"words 37124", "سبعة وثلاثون ألفا ومئة وأربعة وعشرون", []got{{"سبعة وثلاثون ألفا ومئة وأربعة وعشرون", "37124", "", "cardinal", "words", ""}}, ""},
		{"diacritics", "ثَلَاثَةُ آلَافٍ", []got{{"ثَلَاثَةُ آلَافٍ", "3000", "", "cardinal", "words", ""}}, ""},
		{"tatweel", "خمســة", []got{{"خمســة", "5", "", "cardinal", "words", ""}}, ""},
		{"hundreds variants", "ثلاثمائة وثلاثمئة وثلاث مئة", []got{{"ثلاثمائة", "300", "", "cardinal", "words", ""}, {"ثلاثمئة", "300", "", "cardinal", "words", ""}, {"ثلاث مئة", "300", "", "cardinal", "words", ""}}, "a hundred after a hundred starts a new number"},
		{"hamza variants", "إثنان واثنان", []got{{"إثنان", "2", "", "cardinal", "words", ""}, {"اثنان", "2", "", "cardinal", "words", ""}}, ""},
		{"duals", "ألفين ومليونان", []got{{"ألفين", "2000", "", "cardinal", "words", ""}, {"مليونان", "2000000", "", "cardinal", "words", ""}}, "a larger scale after a smaller starts a new number"},
		{"trillion", "واحد وعشرون تريليون وثلاث مائة", []got{{"واحد وعشرون تريليون وثلاث مائة", "21000000000300", "", "cardinal", "words", ""}}, ""},
		{"clitic", "بثلاثة ملايين ولعشرة", []got{{"ثلاثة ملايين", "3000000", "", "cardinal", "words", ""}, {"عشرة", "10", "", "cardinal", "words", ""}}, "the proclitic is outside the span"},
		{"digit scale", "1.5 مليار و٣ ملايين و٢٫٥ ألف", []got{{"1.5 مليار", "1500000000", "", "cardinal", "mixed", ""}, {"٣ ملايين", "3000000", "", "cardinal", "mixed", ""}, {"٢٫٥ ألف", "2500", "", "cardinal", "mixed", ""}}, ""},
		{"and a half", "مليون ونصف وثلاثة وربع", []got{{"مليون ونصف", "1500000", "", "cardinal", "words", ""}, {"ثلاثة وربع", "3.25", "", "fraction", "words", ""}}, ""},
		{"fractions", "ثلث السكان وثلثا الأصوات وثلاثة أرباع", []got{{"ثلث", "0.333333333333333", "", "fraction", "words", ""}, {"ثلثا", "0.666666666666667", "", "fraction", "words", ""}, {"ثلاثة أرباع", "0.75", "", "fraction", "words", ""}}, ""},
		{"half a million", "نصف مليون لاجئ", []got{{"نصف مليون", "500000", "", "cardinal", "words", ""}}, ""},
		{"vague", "عشرات الآلاف ومئات وآلاف", []got{{"عشرات الآلاف", "30000", "99999", "cardinal", "words", "vague"}, {"مئات", "300", "999", "cardinal", "words", "vague"}, {"آلاف", "3000", "9999", "cardinal", "words", "vague"}}, ""},
		{"ordinals", "الزيارة الثامنة والمرة الحادية عشرة واليوم الحادي والعشرون", []got{{"الثامنة", "8", "", "ordinal", "words", ""}, {"الحادية عشرة", "11", "", "ordinal", "words", ""}, {"الحادي والعشرون", "21", "", "ordinal", "words", ""}}, ""},
		{"ordinal digits", "للمرة الـ15", []got{{"الـ15", "15", "", "ordinal", "mixed", ""}}, ""},
		{"ordinal hundred", "الذكرى المئة", []got{{"المئة", "100", "", "ordinal", "words", ""}}, ""},
		{"monday", "يوم الاثنين", nil, "الاثنين alone is Monday"},
		{"month name", "تشرين الثاني/نوفمبر", nil, "the ordinal completes a month name"},
		{"ahad alone", "أحد الأشخاص", nil, "أحد alone means one of"},
		{"about", "نحو 100 رهينة وحوالي ٢٠ وقرابة 5 وزهاء 7 وما يقرب من 9", []got{{"100", "100", "", "cardinal", "digits", "approx"}, {"٢٠", "20", "", "cardinal", "digits", "approx"}, {"5", "5", "", "cardinal", "digits", "approx"}, {"7", "7", "", "cardinal", "digits", "approx"}, {"9", "9", "", "cardinal", "digits", "approx"}}, ""},
		{"more than", "أكثر من 10 وما يزيد على 20 وأزيد من 30 وما يزيد عن 40", []got{{"10", "10", "", "cardinal", "digits", "more-than"}, {"20", "20", "", "cardinal", "digits", "more-than"}, {"30", "30", "", "cardinal", "digits", "more-than"}, {"40", "40", "", "cardinal", "digits", "more-than"}}, ""},
		{"at least", "ما لا يقل عن 37124 شخصا", []got{{"37124", "37124", "", "cardinal", "digits", "at-least"}}, ""},
		{"less and at most", "أقل من 5 ولا يزيد على 9", []got{{"5", "5", "", "cardinal", "digits", "less-than"}, {"9", "9", "", "cardinal", "digits", "at-most"}}, ""},
		{"bound with clitic", "بنحو 100 وبأكثر من ألف", []got{{"100", "100", "", "cardinal", "digits", "approx"}, {"ألف", "1000", "", "cardinal", "words", "more-than"}}, ""},
		{"between", "بين 10 و20 عاما", []got{{"10 و20", "10", "20", "cardinal", "mixed", "range"}}, ""},
		{"from to", "من 10 إلى 20 في المئة", []got{{"10 إلى 20 في المئة", "10", "20", "percent", "mixed", "range"}}, ""},
		{"from down", "انخفض من 20 إلى 10", []got{{"20", "20", "", "cardinal", "digits", ""}, {"10", "10", "", "cardinal", "digits", ""}}, "a fall is not a range"},
		{"egyptian", "تلتمية وخمسين", []got{{"تلتمية وخمسين", "350", "", "cardinal", "words", ""}}, ""},
		{"negative words", "سالب خمسة", []got{{"سالب خمسة", "-5", "", "cardinal", "words", ""}}, ""},
		{"point word", "واحد فاصلة خمسة", []got{{"واحد فاصلة خمسة", "1.5", "", "decimal", "words", ""}}, ""},
		{"fifth of", "خمس الفطيرة وخمس سنوات", []got{{"خمس", "0.2", "", "fraction", "words", ""}, {"خمس", "5", "", "cardinal", "words", ""}}, "خمس before a definite noun is a fifth"},
		{"not numbers", "لست متأكدا من الثمن", nil, "لست is not ل+ست; ثمن is a price"},
		{"bidi inside", "25799\u202a,\u202a52", []got{{"25799\u202a,\u202a52", "25799.52", "", "decimal", "digits", ""}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, summary(Find(tt.in))); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s\nreason: %s", tt.in, diff, tt.reason)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in, value, kind, approx string
	}{
		{"37124", "37124", "cardinal", ""},
		{" ٣٧١٢٤ ", "37124", "cardinal", ""},
		{"0.1", "0.1", "decimal", ""},
		{"-1.2", "-1.2", "decimal", ""},
		{"9223372036854775807", "9223372036854775807", "cardinal", ""},
		{"1000000000000000", "1000000000000000", "cardinal", ""},
		{"1e10", "10000000000", "decimal", ""},
		{"ثمن", "0.125", "fraction", ""},
		{"نحو 100", "100", "cardinal", "approx"},
		{"ما لا يقل عن 37124", "37124", "cardinal", "at-least"},
		{"بين 10 و20", "10", "cardinal", "range"},
		{"مائة و ثلاثة و ثلث", "103.333333333333", "fraction", ""},
		{"بثلاثة", "3", "cardinal", ""},
		{"وخمسة آلاف", "5000", "cardinal", ""},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if n.Value.String() != tt.value || n.Kind.String() != tt.kind || n.Approx.String() != tt.approx {
			t.Errorf("Parse(%q) = %s %s %q; want %s %s %q", tt.in, n.Value, n.Kind, n.Approx, tt.value, tt.kind, tt.approx)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrSyntax},
		{"   ", ErrSyntax},
		{"abc", ErrSyntax},
		{"سبعة أقلام", ErrSyntax},
		{"10 20", ErrSyntax},
		{"١2", ErrSyntax},
		{"\xff\xfe", ErrSyntax},
		{"99999999999999999999", ErrRange},
		{"0." + strings.Repeat("0", 70) + "1", ErrRange},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("Parse(%q) error = %v; want %v", tt.in, err, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), strconv.Quote(tt.in)) {
			t.Errorf("Parse(%q) error %q does not name the input", tt.in, err)
		}
	}
}

func TestParseDigitsAllocs(t *testing.T) {
	for _, s := range []string{"37124", "٣٧٬١٢٤", "-1.25", "25%"} {
		if a := testing.AllocsPerRun(100, func() { _, _ = Parse(s) }); a != 0 {
			t.Errorf("Parse(%q) allocates %v times; want 0", s, a)
		}
	}
}

// TestSeeds checks every number of the two seed articles.
func TestSeeds(t *testing.T) {
	var text strings.Builder
	for _, f := range []string{"000_ed1f9f8fd6235f00.txt", "003_391b2b4f7f858ef1.txt"} {
		b, err := os.ReadFile("../../shared/seeds/" + f)
		if err != nil {
			t.Skipf("seed articles not found: %v", err)
		}
		text.Write(b)
	}
	want := []got{
		{"أول", "1", "", "ordinal", "words", ""},                 // أول دولة عربية
		{"1979", "1979", "", "cardinal", "digits", ""},           // في عام 1979
		{"الثامنة", "8", "", "ordinal", "words", ""},             // الزيارة الثامنة
		{"31", "31", "", "cardinal", "digits", ""},               // في 31 مايو
		{"100", "100", "", "cardinal", "digits", "approx"},       // نحو 100 رهينة
		{"240", "240", "", "cardinal", "digits", ""},             // مقابل 240 سجينا
		{"ستة", "6", "", "cardinal", "words", ""},                // ستة أسابيع
		{"7", "7", "", "cardinal", "digits", ""},                 // في 7 تشرين الأول
		{"1194", "1194", "", "cardinal", "digits", ""},           // مقتل 1194 شخصا
		{"37124", "37124", "", "cardinal", "digits", "at-least"}, // ما لا يقل عن 37124
	}
	if diff := cmp.Diff(want, summary(Find(text.String()))); diff != "" {
		t.Errorf("seed numbers mismatch (-want +got):\n%s", diff)
	}
}
