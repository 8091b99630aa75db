package dates_test

import (
	"fmt"
	"time"

	"github.com/khabar-nlp/khabar/dates"
)

func Example() {
	published := time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC) // a Monday
	ex := dates.New(dates.WithReference(published))
	text := "التقى بلينكن السيسي يوم الاثنين، بعد هجوم 7 تشرين الأول/أكتوبر ومنذ شهر."
	for d := range ex.All(text) {
		fmt.Println(d.Text, "→", d.StartDate.Format(time.DateOnly), d.Grain, d.Calendar)
	}
	// Output:
	// يوم الاثنين → 2024-06-10 day relative
	// 7 تشرين الأول/أكتوبر → 2023-10-07 day gregorian
	// منذ شهر → 2024-05-10 day relative
}

func ExampleExtractor_Find() {
	ex := dates.New(dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)))
	for _, d := range ex.Find("الأحد 3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م") {
		fmt.Println(d.Calendar, d.StartDate.Format(time.DateOnly), d.Hijri, d.Flags&dates.Mismatch != 0)
	}
	// Output:
	// dual 2024-06-09 1445-12-03 false
}

func ExampleExtractor_Append() {
	ex := dates.New(dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)))
	var buf []dates.Date
	for _, line := range []string{"في أوائل أكتوبر", "في الثمانينيات"} {
		buf = ex.Append(buf[:0], line)
		for _, d := range buf {
			fmt.Println(d.Text, d.StartDate.Format(time.DateOnly), d.EndDate.Format(time.DateOnly), d.Grain)
		}
	}
	// Output:
	// أوائل أكتوبر 2023-10-01 2023-10-10 day
	// الثمانينيات 1980-01-01 1989-12-31 decade
}

func ExampleWithPolicy() {
	ref := dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)) // Monday
	for _, p := range []dates.Policy{dates.PreferPast, dates.PreferFuture, dates.PreferNearest} {
		d := dates.Find("يوم الأربعاء", ref, dates.WithPolicy(p))[0]
		fmt.Println(p, d.StartDate.Format(time.DateOnly))
	}
	// Output:
	// past 2024-06-05
	// future 2024-06-12
	// nearest 2024-06-12
}

func ExampleDate_Err() {
	for _, d := range dates.Find("في 31 فبراير 2023") {
		fmt.Println(d.Text, d.Err())
	}
	// Output:
	// 31 فبراير 2023 dates: impossible date: "31 فبراير 2023"
}

// اليوم التالي follows the last day mentioned before it in the paragraph;
// the fourth quarter is الربع الأخير.
func Example_relativeToText() {
	ex := dates.New(dates.WithReference(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)))
	text := "وصل الوفد يوم الخميس، وفي اليوم التالي أعلن نتائج الربع الأخير من عام 2025."
	for d := range ex.All(text) {
		fmt.Println(d.Text, "→", d.StartDate.Format(time.DateOnly), d.EndDate.Format(time.DateOnly))
	}
	// Output:
	// يوم الخميس → 2025-11-27 2025-11-27
	// اليوم التالي → 2025-11-28 2025-11-28
	// الربع الأخير من عام 2025 → 2025-10-01 2025-12-31
}

// Requests to a calendar assistant use forms that news text reads
// otherwise: with the default News convention "إلى 27" is a figure and
// "4/22" a score.
func ExampleWithConvention() {
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC) // a Monday
	for _, c := range []dates.Convention{dates.News, dates.Assistant} {
		ex := dates.New(dates.WithReference(ref), dates.WithPolicy(dates.PreferFuture), dates.WithConvention(c))
		for _, s := range []string{"عدت إلى 27", "سوف أعود 4/22", "حدد موعدا في 3 أسابيع"} {
			ds := ex.Find(s)
			if len(ds) == 0 {
				fmt.Println(s, "→ none")
				continue
			}
			d := ds[0]
			fmt.Println(s, "→", d.Text, d.StartDate.Format(time.DateOnly), d.EndDate.Format(time.DateOnly))
		}
	}
	// Output:
	// عدت إلى 27 → none
	// سوف أعود 4/22 → none
	// حدد موعدا في 3 أسابيع → none
	// عدت إلى 27 → 27 2016-11-27 2016-11-27
	// سوف أعود 4/22 → 4/22 2017-04-22 2017-04-22
	// حدد موعدا في 3 أسابيع → 3 أسابيع 2016-11-22 2016-11-28
}
