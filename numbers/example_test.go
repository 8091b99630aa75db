package numbers_test

import (
	"fmt"

	"github.com/khabar-nlp/khabar/numbers"
)

func ExampleAll() {
	s := "أسفر الهجوم عن مقتل ما لا يقل عن 37124 شخصا، وأفرج عن نحو 100 رهينة مقابل ٢٤٠ سجينا خلال ستة أسابيع"
	for n := range numbers.All(s) {
		fmt.Printf("%s = %s %s %s %q\n", n.Text, n.Value, n.Kind, n.Form, n.Approx)
	}
	// Output:
	// 37124 = 37124 cardinal digits "at-least"
	// 100 = 100 cardinal digits "approx"
	// ٢٤٠ = 240 cardinal digits ""
	// ستة = 6 cardinal words ""
}

func ExampleParse() {
	for _, s := range []string{"سبعة وثلاثون ألفا ومئة وأربعة وعشرون", "١٫٥ مليون", "الحادي والعشرون", "ثلاثة أرباع", "25 في المئة", "سبعة أقلام"} {
		n, err := numbers.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n.Value, n.Kind)
	}
	// Output:
	// 37124 cardinal
	// 1500000 cardinal
	// 21 ordinal
	// 0.75 fraction
	// 25 percent
	// numbers: not a number: "سبعة أقلام"
}

func ExampleFind() {
	for _, n := range numbers.Find("بين 10 و20 في المئة من عشرات الآلاف") {
		fmt.Println(n.Text, n.Value, n.Max, n.Kind, n.Approx)
	}
	// Output:
	// 10 و20 في المئة 10 20 percent range
	// عشرات الآلاف 30000 99999 cardinal vague
}

func ExampleWords() {
	fmt.Println(numbers.Words(37124, numbers.WordsOptions{}))
	fmt.Println(numbers.Words(13, numbers.WordsOptions{Gender: numbers.Feminine}))
	fmt.Println(numbers.Words(2000000, numbers.WordsOptions{Case: numbers.Genitive}))
	// Output:
	// سبعة وثلاثون ألفا ومئة وأربعة وعشرون
	// ثلاث عشرة
	// مليونين
}

func ExampleFormat() {
	fmt.Println(numbers.FormatInt(37124, numbers.ArabicIndic))
	fmt.Println(numbers.FormatInt(-1500000, numbers.Western))
	v, _ := numbers.NewValue(35, -1)
	fmt.Println(numbers.Format(v, numbers.Extended))
	// Output:
	// ٣٧٬١٢٤
	// -1,500,000
	// ۳٫۵
}

func ExampleValue() {
	n, _ := numbers.Parse("0.1")
	third, _ := numbers.Parse("ثلث")
	fmt.Println(n.Value, n.Value.Float64(), third.Value, third.Value.RatString(), third.Value.Terminating())
	// Output:
	// 0.1 0.1 0.333333333333333 1/3 false
}

func ExampleExtractor() {
	x := numbers.Extractor{Options: numbers.Options{Relative: true, Duals: true}}
	for _, n := range x.Find("في اليوم التالي وبعد يومين") {
		fmt.Println(n.Text, n.Value, n.Kind)
	}
	// Output:
	// التالي 1 relative
	// يومين 2 cardinal
}

func ExampleAppend() {
	var buf []numbers.Number
	for _, line := range []string{"قتل ٣ أشخاص", "وأصيب 12 آخرون"} {
		buf = numbers.Append(buf[:0], line)
		for _, n := range buf {
			fmt.Println(n.Start, n.End, n.Text, n.Value, n.Script)
		}
	}
	// Output:
	// 7 9 ٣ 3 arabic-indic
	// 11 13 12 12 western
}
