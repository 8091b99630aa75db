package entities_test

import (
	"fmt"
	"strings"

	"github.com/khabar-nlp/khabar/entities"
)

func ExampleFind() {
	s := "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة."
	for _, e := range entities.Find(s) {
		fmt.Printf("%d-%d %s %s\n", e.Start, e.End, e.Type, e.Text)
	}
	// Output:
	// 54-79 PERSON أنتوني بلينكن
	// 108-140 PERSON عبد الفتاح السيسي
	// 146-160 LOCATION القاهرة
}

func ExampleAll() {
	// The span of an entity excludes the proclitics of its first word.
	s := "أول دولة عربية تعترف بإسرائيل."
	for e := range entities.All(s) {
		fmt.Println(e.Type, e.Text, e.Key, s[e.Start:e.End] == e.Text)
	}
	// Output:
	// LOCATION إسرائيل اسراييل true
}

func ExampleAppend() {
	var buf []entities.Entity
	for _, s := range []string{"وصل الوفد إلى غزة.", "وقال المتحدث إن حماس ردت."} {
		buf = entities.Append(buf[:0], s)
		for _, e := range buf {
			fmt.Println(e.Type, e.Text)
		}
	}
	// Output:
	// LOCATION غزة
	// ORGANIZATION حماس
}

func ExampleWithGazetteer() {
	g, err := entities.ParseGazetteer(strings.NewReader("شركة الخيال العلمي\tORG\n"))
	if err != nil {
		panic(err)
	}
	tg, err := entities.New(entities.WithGazetteer(g))
	if err != nil {
		panic(err)
	}
	for _, e := range tg.Find("أعلنت شركة الخيال العلمي أرباحها.") {
		fmt.Println(e.Type, e.Text, e.Score)
	}
	// Output:
	// ORGANIZATION شركة الخيال العلمي 1
}
