package normalize_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/normalize"
)

type opCase struct {
	name   string
	p      normalize.Profile
	in     string
	want   string
	reason string
}

// opCases show each operation on its own and the named profiles on phrases
// from the seed articles (../shared/seeds).
var opCases = []opCase{
	// Presentation forms.
	{"lam-alef ligature", normalize.New(normalize.PresentationForms()), "ﻻ", "لا", "U+FEFB decomposes under NFKC"},
	{"allah ligature", normalize.New(normalize.PresentationForms()), "ﷲ", "الله", "U+FDF2"},
	{"contextual forms", normalize.New(normalize.PresentationForms()), "ﺑﺴﻢ", "بسم", "initial/medial/final shapes of Presentation Forms-B"},
	{"salla ligature", normalize.New(normalize.PresentationForms()), "ﷺ", "صلى الله عليه وسلم", "U+FDFA expands to four words"},
	{"presentation then fold", normalize.New(normalize.PresentationForms(), normalize.FoldAlef()), "ﻷ", "لا", "U+FEF7 lam with alef hamza above: expansion goes through the other operations"},
	{"presentation off", normalize.New(), "ﻻ", "ﻻ", "without the option presentation forms stay"},
	{"rial sign kept", normalize.New(normalize.PresentationForms()), "\uFDFC", "\uFDFC", "signs of the block are not letters and stay"},
	{"latin ligature kept", normalize.New(normalize.PresentationForms()), "ﬁ", "ﬁ", "NFKC only inside the Arabic ranges: U+FB01 stays"},
	{"NFC composes hamza", normalize.New(normalize.ComposeNFC()), "\u0627\u0654\u0648\u0654\u064A\u0654", "أؤئ", "combining hamza after alef, waw, yeh"},
	{"NFC composes madda", normalize.New(normalize.ComposeNFC()), "\u0627\u0653", "آ", "combining madda after alef"},
	{"NFC Latin", normalize.New(normalize.ComposeNFC()), "e\u0301", "é", "whole-text NFC"},

	// Diacritics.
	{"harakat", normalize.New(normalize.RemoveHarakat()), "مُحَمَّدٌ", "محمّد", "short vowels and tanween go, shadda stays"},
	{"shadda", normalize.New(normalize.RemoveShadda()), "مُحَمَّدٌ", "مُحَمَدٌ", "only shadda goes"},
	{"all diacritics", normalize.New(normalize.RemoveDiacritics()), "مُحَمَّدٌ", "محمد", ""},
	{"superscript alef", normalize.New(normalize.RemoveMarks()), "هٰذا", "هذا", "U+0670"},
	{"hamza below mark", normalize.New(normalize.RemoveMarks()), "\u0627\u0655", "ا", "U+0655 is a mark"},
	{"quranic marks", normalize.New(normalize.RemoveQuranic()), "الرَّحِيمِ\u06DA ۞", "الرَّحِيمِ ۞", "small high jeem U+06DA goes, rub el hizb U+06DE stays"},

	// Tatweel.
	{"tatweel in word", normalize.New(normalize.Tatweel(normalize.TatweelInWords)), "كتـــاب", "كتاب", ""},
	{"tatweel dash kept", normalize.New(normalize.Tatweel(normalize.TatweelInWords)), "القاهرة ـ وكالات", "القاهرة ـ وكالات", "a tatweel standing alone is a dash"},
	{"tatweel all", normalize.New(normalize.Tatweel(normalize.TatweelAll)), "القاهرة ـ كتـاب", "القاهرة  كتاب", ""},
	{"tatweel after harakah", normalize.New(normalize.Tatweel(normalize.TatweelInWords)), "غَـزة", "غَزة", "a diacritic before the tatweel keeps it inside the word"},
	{"split word seed", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "الأوضاع في غـ زة", "الأوضاع في غزة", "seed 003 headline"},
	{"split word long", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "فلسطـ ين", "فلسطين", ""},
	{"split two spaces", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "غـ \u00A0زة", "غزة", "any run of spaces, exotic ones too"},
	{"split keep tatweel", normalize.New(normalize.RepairSplitWords()), "غـ زة", "غـزة", "repair without removing tatweel joins the halves"},
	{"hijri abbreviation", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "1445 هـ الموافق", "1445 ه الموافق", "هـ after a year stays a word"},
	{"hijri abbreviation arabic digits", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "١٤٤٥هـ الموافق", "١٤٤٥ه الموافق", ""},
	{"miladi abbreviation", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "2024 مـ الموافق", "2024 م الموافق", ""},
	{"heh not after number", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "هـ ذا", "هذا", "without a number before, هـ is a split word"},
	{"split before digit", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "صـ 12", "ص 12", "only an Arabic letter after the gap joins"},
	{"split across line", normalize.New(normalize.Tatweel(normalize.TatweelInWords), normalize.RepairSplitWords()), "غـ\nزة", "غ\nزة", "a line break is not a gap"},

	// Letters.
	{"alef forms", normalize.New(normalize.FoldAlef()), "أإآٱا", "ااااا", ""},
	{"maksura to yeh", normalize.New(normalize.AlefMaksura(normalize.MaksuraToYeh)), "على مستشفى", "علي مستشفي", ""},
	{"final yeh to maksura", normalize.New(normalize.AlefMaksura(normalize.FinalYehToMaksura)), "علي في بيت", "على فى بيت", "only word-final yeh"},
	{"final yeh with harakah", normalize.New(normalize.AlefMaksura(normalize.FinalYehToMaksura)), "فيِ", "فىِ", "diacritics after the yeh do not hide the word end"},
	{"teh marbuta", normalize.New(normalize.TehMarbutaToHeh()), "مدرسة", "مدرسه", ""},
	{"hamza seats", normalize.New(normalize.FoldHamzaSeats()), "مؤتمر رئيس", "موتمر رييس", ""},
	{"persian letters", normalize.New(normalize.FoldPersian()), "کتاب ایران ہ ە", "كتاب ايران ه ه", "keheh, farsi yeh, heh goal, ae"},
	{"persian heh yeh", normalize.New(normalize.FoldPersian(), normalize.TehMarbutaToHeh()), "ۀ", "ه", "mappings compose: ۀ → ة → ه"},

	// Digits.
	{"digits to latin", normalize.New(normalize.Digits(normalize.DigitsToLatin)), "٣٧١٢٤ ۱۴۴۵ ٣٫٥ ١٬٠٠٠ ٪", "37124 1445 3.5 1,000 %", ""},
	{"digits to arabic", normalize.New(normalize.Digits(normalize.DigitsToArabicIndic)), "عام 1979 ۱۴", "عام ١٩٧٩ ١٤", ""},

	// Invisible controls and spaces.
	{"bidi controls", normalize.New(normalize.RemoveInvisible()), "\u200Fغزة\u200E \u202Bحماس\u202C\u2067x\u2069\uFEFF\u00AD\u061C\u200C\u200D", "غزة حماسx", ""},
	{"exotic spaces", normalize.New(normalize.FoldSpaces()), "a\u00A0b\u2003c\u202Fd\u3000e", "a b c d e", ""},
	{"collapse", normalize.New(normalize.CollapseSpaces()), "a   b \n  c", "a b \n c", "only U+0020 runs; line breaks kept"},
	{"collapse after removal", normalize.New(normalize.CollapseSpaces(), normalize.RemoveInvisible()), "a \u200F b", "a b", "collapsing sees the output"},

	// Punctuation.
	{"quotes seed", normalize.New(normalize.FoldQuotes()), "“تبادلا جيدا للغاية” «نعم» ‘x’", "\"تبادلا جيدا للغاية\" \"نعم\" 'x'", "seed 000"},
	{"dashes seed", normalize.New(normalize.FoldDashes()), "– “اضغطوا على حماس” —", "- “اضغطوا على حماس” -", "seed 000"},
	{"to arabic punct", normalize.New(normalize.Punct(normalize.PunctToArabic)), "غزة, وقال? لماذا; 1,000 ok, x", "غزة، وقال؟ لماذا؛ 1,000 ok, x", "only right after Arabic text"},
	{"to latin punct", normalize.New(normalize.Punct(normalize.PunctToLatin)), "كامل، ناقش؟ ثم؛", "كامل, ناقش? ثم;", ""},

	// Ill-formed input.
	{"ill-formed kept", normalize.Search, "غ\xffزة\xd8", "غ\xffزه\xd8", "bytes pass through"},
	{"ill-formed replaced", normalize.Search.With(normalize.ReplaceIllFormed()), "غ\xffزة", "غ\uFFFDزه", ""},

	// Named profiles on seed phrases.
	{"display seed", normalize.Display, "لتهدئة الأوضاع في غـ زة ", "لتهدئة الأوضاع في غزة ", "seed 003 headline"},
	{"display keeps spelling", normalize.Display, "عباس كامل، ناقش “الجهود المشتركة”", "عباس كامل، ناقش “الجهود المشتركة”", "seed 000: Arabic comma and quotes stay"},
	{"search seed", normalize.Search, "عباس كامل، ناقش “الجهود المشتركة” إلى", "عباس كامل, ناقش \"الجهود المشتركه\" الي", "seed 000"},
	{"search diacritics", normalize.Search, "شخصًا، معظمهم أيضًا", "شخصا, معظمهم ايضا", "seed 000 tanween"},
	{"lucene", normalize.Lucene, "أَحْمَدُ إلى المدرسةِ كتـاب ٣ ؤ ی ﻻ", "احمد الي المدرسه كتاب ٣ ؤ ی ﻻ", "only ArabicNormalizer's mappings"},
	{"lucene keeps ٱ", normalize.Lucene, "ٱلله", "ٱلله", "Lucene does not fold alef wasla"},
	{"zero profile", normalize.Profile{}, "غـ زة", "غـ زة", "the zero Profile changes nothing"},
	{"empty", normalize.Search, "", "", ""},
	{"lone mark", normalize.Display, "\u064E", "\u064E", "a combining mark alone"},
}

func TestOperations(t *testing.T) {
	for _, tc := range opCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
			}
			if got := string(tc.p.Bytes([]byte(tc.in))); got != tc.want {
				t.Errorf("Bytes(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := string(tc.p.AppendString([]byte("x"), tc.in)); got != "x"+tc.want {
				t.Errorf("AppendString(x, %q) = %q, want %q", tc.in, got, "x"+tc.want)
			}
			if got, _ := tc.p.Map(tc.in); got != tc.want {
				t.Errorf("Map(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := streamString(tc.p, tc.in, 1); got != tc.want {
				t.Errorf("Transformer, 1-byte chunks (%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestProfilesIdempotent checks that each named profile is a fixed point on
// the case inputs.
func TestProfilesIdempotent(t *testing.T) {
	for _, p := range namedProfiles {
		for _, tc := range opCases {
			once := p.p.String(tc.in)
			if twice := p.p.String(once); twice != once {
				t.Errorf("%s: String(String(%q)) = %q, want %q", p.name, tc.in, twice, once)
			}
		}
	}
}

var namedProfiles = []struct {
	name string
	p    normalize.Profile
}{
	{"Display", normalize.Display},
	{"Search", normalize.Search},
	{"Lucene", normalize.Lucene},
	{"Display+NFC", normalize.Display.With(normalize.ComposeNFC())},
	{"Search+NFC", normalize.Search.With(normalize.ComposeNFC())},
}

func TestWithOverrides(t *testing.T) {
	p := normalize.Search.With(normalize.Digits(normalize.DigitsKeep), normalize.Punct(normalize.PunctKeep))
	got := p.String("٣، إلى")
	if diff := cmp.Diff("٣، الي", got); diff != "" {
		t.Errorf("Search.With(keep digits, punct) mismatch (-want +got):\n%s", diff)
	}
	if normalize.Search.String("٣") != "3" {
		t.Error("With modified the receiver")
	}
}
