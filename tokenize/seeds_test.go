package tokenize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeedSentences lists the expected tokens of sentences quoted from the
// two seed articles (../shared/seeds): no punctuation is glued to a word,
// quotation marks and the Arabic comma are tokens of their own, the
// tatweel-split غـ زة is one word.
func TestSeedSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []tk
	}{
		{
			"000 opening",
			"التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الاثنين.",
			append(words("التقى", "وزير", "الخارجية", "الأمريكي", "أنتوني", "بلينكن", "بالرئيس", "المصري", "عبد", "الفتاح", "السيسي", "في", "القاهرة", "يوم", "الاثنين"), tk{".", Punct}),
		},
		{
			"000 quote",
			"ناقش السيسي وبلينكن “الجهود المشتركة للتوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى”، وفقا لبيان صادر عن الرئاسة.",
			[]tk{{"ناقش", Word}, {"السيسي", Word}, {"وبلينكن", Word}, {"“", Punct}, {"الجهود", Word}, {"المشتركة", Word}, {"للتوصل", Word}, {"إلى", Word}, {"اتفاق", Word}, {"لوقف", Word}, {"إطلاق", Word}, {"النار", Word}, {"وتبادل", Word}, {"الأسرى", Word}, {"”", Punct}, {"،", Punct}, {"وفقا", Word}, {"لبيان", Word}, {"صادر", Word}, {"عن", Word}, {"الرئاسة", Word}, {".", Punct}},
		},
		{
			"000 year",
			"ومصر، أول دولة عربية تعترف بإسرائيل وتوقع معاهدة سلام معها في عام 1979، شاركت",
			[]tk{{"ومصر", Word}, {"،", Punct}, {"أول", Word}, {"دولة", Word}, {"عربية", Word}, {"تعترف", Word}, {"بإسرائيل", Word}, {"وتوقع", Word}, {"معاهدة", Word}, {"سلام", Word}, {"معها", Word}, {"في", Word}, {"عام", Word}, {"1979", Number}, {"،", Punct}, {"شاركت", Word}},
		},
		{
			"000 slash and dash",
			"في تشرين الثاني/نوفمبر – والتي شهدت إطلاق سراح نحو 100 رهينة",
			[]tk{{"في", Word}, {"تشرين", Word}, {"الثاني", Word}, {"/", Punct}, {"نوفمبر", Word}, {"–", Punct}, {"والتي", Word}, {"شهدت", Word}, {"إطلاق", Word}, {"سراح", Word}, {"نحو", Word}, {"100", Number}, {"رهينة", Word}},
		},
		{
			"003 headline",
			"زيارة بلينكن إلى القاهرة.. جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة \n",
			[]tk{{"زيارة", Word}, {"بلينكن", Word}, {"إلى", Word}, {"القاهرة", Word}, {"..", Punct}, {"جهود", Word}, {"دبلوماسية", Word}, {"جديدة", Word}, {"لتهدئة", Word}, {"الأوضاع", Word}, {"في", Word}, {"غـ زة", Word}},
		},
		{
			"003 commas",
			"وصل وزير الخارجية الأمريكي، أنتوني بلينكن، إلى القاهرة",
			[]tk{{"وصل", Word}, {"وزير", Word}, {"الخارجية", Word}, {"الأمريكي", Word}, {"،", Punct}, {"أنتوني", Word}, {"بلينكن", Word}, {"،", Punct}, {"إلى", Word}, {"القاهرة", Word}},
		},
		{
			"003 quoted name",
			"الزيارة، التي وصفتها شبكة “فويس أوف أمريكا” بأنها محاولة جديدة",
			[]tk{{"الزيارة", Word}, {"،", Punct}, {"التي", Word}, {"وصفتها", Word}, {"شبكة", Word}, {"“", Punct}, {"فويس", Word}, {"أوف", Word}, {"أمريكا", Word}, {"”", Punct}, {"بأنها", Word}, {"محاولة", Word}, {"جديدة", Word}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(tt.in)); diff != "" {
				t.Errorf("All(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
