package entities_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/entities"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"",
		"التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة.",
		"جهود لتهدئة الأوضاع في غـ زة وبلينكن لإسرائيل",
		"\xff\xfeزار\xd8",
		"وكالة فرانس برس 37124 شخصًا “اضغطوا على حماس”",
		"Blinken met Sisi in Cairo.",
	} {
		f.Add(s)
	}
	var g entities.Gazetteer
	g.Add("الخيال العلمي", entities.Organization)
	g.Add("زار", entities.Misc)
	tg, err := entities.New(entities.WithGazetteer(&g))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, entities.Find(s))
		checkSpans(t, s, tg.Find(s))
	})
}
