package dates_test

import (
	"strings"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/dates"
)

// benchText is news-like text written for the benchmark: a few dates in
// ordinary prose.
var benchText = strings.Repeat("التقى وزير الخارجية بالرئيس في القاهرة يوم الاثنين في بداية جولة إقليمية، "+
	"وناقش الجانبان الجهود المشتركة للتوصل إلى اتفاق منذ اندلاع الحرب في أوائل أكتوبر، "+
	"وأعلن الرئيس الخطة في 31 مايو بعد محادثات استمرت 3 أيام مع 25 مسؤولا.\n", 200)

func BenchmarkFind(b *testing.B) {
	ex := dates.New(dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)))
	var buf []dates.Date
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		buf = ex.Append(buf[:0], benchText)
	}
}

func TestAllocs(t *testing.T) {
	ex := dates.New(dates.WithReference(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)))
	buf := make([]dates.Date, 0, 4096)
	n := testing.AllocsPerRun(5, func() { buf = ex.Append(buf[:0], benchText) })
	if n > 2 {
		t.Errorf("Append allocates %v times per call with a large enough buffer, want at most 2", n)
	}
}
