package hijri_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/khabar-nlp/khabar/dates/hijri"
)

func ExampleCalendar_FromTime() {
	d, err := hijri.UmmAlQura.FromTime(time.Date(2024, time.June, 9, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	fmt.Println(d, hijri.MonthName(d.Month))
	// Output: 1445-12-03 ذو الحجة
}

func ExampleCalendar_ToTime() {
	t, err := hijri.UmmAlQura.ToTime(hijri.Date{Year: 1445, Month: 9, Day: 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Format("Monday 2006-01-02"))
	// Output: Monday 2024-03-11
}

func ExampleCalendar_ToTime_outOfRange() {
	_, err := hijri.UmmAlQura.ToTime(hijri.Date{Year: 1250, Month: 1, Day: 1})
	fmt.Println(errors.Is(err, hijri.ErrOutOfRange))
	// The tabular calendar covers it.
	t, _ := hijri.Civil.ToTime(hijri.Date{Year: 1250, Month: 1, Day: 1})
	fmt.Println(t.Format("2006-01-02"))
	// Output:
	// true
	// 1834-05-10
}

func ExampleMonthByName() {
	for _, s := range []string{"ذي الحجة", "ربيع الثاني", "جمادي الاولي"} {
		m, ok := hijri.MonthByName(s)
		fmt.Println(m, ok)
	}
	// Output:
	// 12 true
	// 4 true
	// 5 true
}

func ExampleDate_Format() {
	d := hijri.Date{Year: 1445, Month: 12, Day: 3}
	fmt.Println(d.Format(hijri.StyleArabic))
	fmt.Println(d.Format(hijri.StyleArabicIndic))
	fmt.Println(d.Format(hijri.StyleNumeric))
	fmt.Println(d.Format(hijri.StyleNumericDMY))
	// Output:
	// 3 ذو الحجة 1445 هـ
	// ٣ ذو الحجة ١٤٤٥ هـ
	// 1445/12/03
	// 3/12/1445هـ
}

func ExampleParse() {
	for _, s := range []string{"الأحد ٣ من ذي الحجة ١٤٤٥هـ", "3/12/1445هـ", "1445/12/03"} {
		d, err := hijri.Parse(s)
		fmt.Println(d, err)
	}
	_, err := hijri.UmmAlQura.Parse("30 شعبان 1445")
	fmt.Println(errors.Is(err, hijri.ErrInvalidDate))
	// Output:
	// 1445-12-03 <nil>
	// 1445-12-03 <nil>
	// 1445-12-03 <nil>
	// true
}

func ExampleParsePrefix() {
	s := "3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م"
	d, n, err := hijri.ParsePrefix(s)
	fmt.Println(d, err)
	fmt.Printf("%q\n", s[n:])
	// Output:
	// 1445-12-03 <nil>
	// " الموافق 9 يونيو 2024م"
}

func ExampleMatchMonth() {
	s := "ذي القعدة الماضي"
	m, n, ok := hijri.MatchMonth(s)
	fmt.Println(m, ok, s[:n])
	// Output: 11 true ذي القعدة
}

func ExampleCalendar_Weekday() {
	w, _ := hijri.UmmAlQura.Weekday(hijri.Date{Year: 1445, Month: 12, Day: 3})
	fmt.Println(w, hijri.WeekdayName(w))
	// Output: Sunday الأحد
}

func ExampleCalendar_MonthLength() {
	for _, c := range []hijri.Calendar{hijri.UmmAlQura, hijri.Civil} {
		n, _ := c.MonthLength(1445, 12)
		fmt.Println(c, n)
	}
	// Output:
	// umalqura 30
	// civil 30
}
