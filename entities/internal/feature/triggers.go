package feature

import (
	"strings"

	"github.com/khabar-nlp/khabar/entities/internal/gaz"
)

// Trigger classes: words that announce or follow a name. The lists are the
// khabar authors' own, written in search form (ة → ه, أ → ا, ى → ي) and
// without the article, so one entry covers الرئيس, رئيس, والرئيس.
const (
	trigTitle  = 1 << iota // titles and roles before a person
	trigOrg                // heads of organisation names
	trigPlace              // heads of place names
	trigSpeech             // verbs of saying, often next to a person
	trigPrep               // prepositions of place (في, إلى, من)
	trigKin                // ابن, بن, ابو, ام: inside person names
)

var triggers = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= class
		}
	}
	add(trigTitle, `رييس ملك امير شيخ سيد سيده دكتور د. مهندس استاذ وزير وزيره نايب سفير مبعوث
		متحدث ناطق زعيم قايد جنرال عقيد لواء عميد مشير رايد مقدم نقيب فريق اللواء مستشار امين مدير
		مديره حاكم محافظ عمده نجم لاعب مدرب كاتب شاعر فنان فنانه الفنان المطرب مطرب ممثل ممثله
		صحفي مراسل رجل سيناتور عضو النايب قاضي القاضي مفتي امام البابا بابا الاب الشيخ الامام
		ولي العاهل عاهل سمو جلاله فخامه معالي السلطان سلطان الملكه ملكه الامير اميره المرشح مرشح
		نظيره نظيرها المبعوث المنسق منسق مساعد نيابه المفوض مفوض الموفد موفد حجه اية`)
	add(trigOrg, `وزاره حركه وكاله منظمه حزب جامعه شركه مجلس بنك مصرف صحيفه جريده مجله جمعيه
		اتحاد هييه مؤسسه موسسه لجنه جبهه قناه نادي منتدي معهد مركز محكمه برلمان تحالف جماعه تنظيم
		كتايب سرايا فيلق جيش قوات مجموعه صندوق برنامج اذاعه تلفزيون مستشفي مدرسه كليه اكاديميه
		مفوضيه امانه ديوان دار مكتب سلطه نقابه رابطه غرفه بورصه سوق`)
	add(trigPlace, `مدينه محافظه معبر قطاع ولايه اقليم منطقه جزيره جزر بحر نهر جبل جبال مخيم عاصمه
		قريه بلده حي ميناء مطار شارع ساحه ميدان بحيره خليج مضيق صحراء وادي سهل هضبه شمال جنوب شرق
		غرب شمالي جنوبي شرقي غربي وسط ضاحيه مقاطعه دوله جمهوريه مملكه امارة اماره سلطنه`)
	add(trigSpeech, `قال قالت اكد اكدت اعلن اعلنت صرح صرحت اضاف اضافت اوضح اوضحت اشار اشارت
		ذكر ذكرت نقل نقلت دعا دعت طالب طالبت يقول تقول حسب بحسب وفق وفقا لسان`)
	add(trigPrep, `في الي من علي عن داخل خارج نحو عبر قرب بين لدي`)
	add(trigKin, `بن ابن بنت ابو ابي ام ال`)
	return m
}()

func trigger(core, stem string) uint8 {
	if t, ok := triggers[core]; ok {
		return t
	}
	return triggers[stem]
}

// Nisba classes.
const (
	nisbaAdj   = 1 // a relational adjective: المصري, الأمريكية, الفلسطينيين
	nisbaPlace = 2 // ... whose base is a gazetteer place: مصري ← مصر
)

var nisbaEndings = []string{"يين", "يون", "يات", "يه", "ي"}

// nisba classifies a stem (search form) as a nisba adjective, and reports
// whether its base names a place in the gazetteer (المصري → مصر,
// الأمريكي → أمريكا, الإسرائيلية → إسرائيل).
func nisba(stem string, m *gaz.Matcher) uint8 {
	core, ok := strings.CutPrefix(stem, "ال")
	if !ok || len(core) < 6 {
		return 0
	}
	for _, e := range nisbaEndings {
		base, ok := strings.CutSuffix(core, e)
		if !ok || len(base) < 4 {
			continue
		}
		if m != nil && (m.Has(base, gaz.Loc) || m.Has(base+"ا", gaz.Loc) || m.Has("ال"+base, gaz.Loc) || m.Has(base+"يا", gaz.Loc)) {
			return nisbaAdj | nisbaPlace
		}
		return nisbaAdj
	}
	return 0
}
