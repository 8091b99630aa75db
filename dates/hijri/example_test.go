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
