package normalize_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/khabar-nlp/khabar/normalize"
	"golang.org/x/text/transform"
)

func Example() {
	s := "زيارة بلينكن إلى القاهرة.. جهود لتهدئة الأوضاع في غـ زة"
	fmt.Println(normalize.Display.String(s))
	fmt.Println(normalize.Search.String(s))
	// Output:
	// زيارة بلينكن إلى القاهرة.. جهود لتهدئة الأوضاع في غزة
	// زياره بلينكن الي القاهره.. جهود لتهديه الاوضاع في غزه
}

func ExampleProfile_String() {
	fmt.Println(normalize.Search.String("قالَ: “اتفاق أو لا اتفاق”، ١٢٣"))
	// Output:
	// قال: "اتفاق او لا اتفاق", 123
}

func ExampleProfile_Map() {
	s := "الأوضاع في غـ زة"
	norm, al := normalize.Search.Map(s)
	i := strings.Index(norm, "غزه")
	start, end := al.OriginalSpan(i, i+len("غزه"))
	fmt.Printf("%q found at [%d,%d) of the original: %q\n", norm[i:i+len("غزه")], start, end, s[start:end])
	// Output:
	// "غزه" found at [20,29) of the original: "غـ زة"
}

func ExampleProfile_NewTransformer() {
	r := transform.NewReader(strings.NewReader("مُحَمَّدٌ ﷺ"), normalize.Search.NewTransformer())
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	// Output:
	// محمد صلي الله عليه وسلم
}

func ExampleProfile_Append() {
	buf := make([]byte, 0, 64)
	for _, w := range []string{"إلى", "مدرسة"} {
		buf = normalize.Lucene.AppendString(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// الي
	// مدرسه
}

func ExampleNew() {
	p := normalize.New(normalize.Digits(normalize.DigitsToArabicIndic), normalize.Punct(normalize.PunctToArabic))
	fmt.Println(p.String("في عام 1979, وقعت مصر"))
	// Output:
	// في عام ١٩٧٩, وقعت مصر
}

func ExampleRepairSplitWords() {
	p := normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords())
	fmt.Println(p.String("فلسطـ ين"))
	fmt.Println(p.String("1445 هـ الموافق 2024 م"))
	// Output:
	// فلسطين
	// 1445 ه الموافق 2024 م
}
