package tokenize

import (
	"strings"
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

// TestSeedSegments lists the expected Clitics segmentation of every word of
// sentences quoted from the seed articles: names stay whole (بلينكن,
// إسرائيل), the article hidden after ل is restored (ل+الصحفيين).
func TestSeedSegments(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			"000 quote",
			"وقال بلينكن للصحفيين: “اتفاق أو لا اتفاق، يظل من الضروري للغاية أن نحصل على المزيد من المساعدات للفلسطينيين الذين يحتاجون إليها”.",
			"و+قال بلينكن ل+الصحفيين اتفاق أو لا اتفاق يظل من الضروري ل+الغاية أن نحصل على المزيد من المساعدات ل+الفلسطينيين الذين يحتاجون إلي+ها",
		},
		{
			"000 egypt",
			"ومصر، أول دولة عربية تعترف بإسرائيل وتوقع معاهدة سلام معها في عام 1979، شاركت مع الولايات المتحدة وقطر في جهود الوساطة بين حماس وإسرائيل",
			"و+مصر أول دولة عربية تعترف ب+إسرائيل و+توقع معاهدة سلام مع+ها في عام شاركت مع الولايات المتحدة و+قطر في جهود الوساطة بين حماس و+إسرائيل",
		},
		{
			"003 visit",
			"وصل وزير الخارجية الأمريكي، أنتوني بلينكن، إلى القاهرة في زيارة مرتقبة تهدف إلى تعزيز الحوار الإقليمي والبحث عن حلول لإنهاء النزاع المستمر بين إسرائيل وحماس.",
			"وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في زيارة مرتقبة تهدف إلى تعزيز الحوار الإقليمي و+البحث عن حلول ل+إنهاء النزاع المستمر بين إسرائيل و+حماس",
		},
		{
			"003 headline",
			"زيارة بلينكن إلى القاهرة.. جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة وبغـ زة",
			"زيارة بلينكن إلى القاهرة جهود دبلوماسية جديدة ل+تهدئة الأوضاع في غـ_زة و+ب+غـ_زة",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var words []string
			for tok := range All(tt.in) {
				if tok.Kind != Word {
					continue
				}
				var parts []string
				for _, s := range SegmentWord(tok.Text, Clitics) {
					parts = append(parts, s.Form)
				}
				words = append(words, strings.Join(parts, "+"))
			}
			want := strings.Fields(strings.ReplaceAll(tt.want, "_", "\x00"))
			for i := range want {
				want[i] = strings.ReplaceAll(want[i], "\x00", " ")
			}
			if diff := cmp.Diff(want, words); diff != "" {
				t.Errorf("segments of %q mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
