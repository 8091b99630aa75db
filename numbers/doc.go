// Package numbers finds and reads the numbers of Arabic news text: digits
// in the three scripts, number words, ordinals, fractions, percentages,
// vague quantities and the bound words around them; and it spells numbers
// out.
//
// # Which API to use
//
// [All], [Append] and [Find] extract every number of a text, with byte
// offsets into it. [Parse] reads a string that holds exactly one number.
// [Extractor] does the same with [Options] (relative ordinals, ratios,
// dual nouns).
// [Words] spells an integer out in Arabic words and [Format] writes it in
// digits of any script with Arabic separators.
//
//	for n := range numbers.All("قتل ما لا يقل عن 37124 شخصا") {
//		fmt.Println(n.Text, n.Value, n.Kind, n.Approx) // 37124 37124 cardinal at-least
//	}
//
// # What a Number is
//
// A [Number] has a span [Start, End) of byte offsets into the caller's
// original string, with s[Start:End] == Text, and an exact [Value] (never a
// float: 0.1 stays 0.1, ثلث stays 1/3). Its [Kind] is cardinal, ordinal,
// fraction, percent or decimal; its [Form] says whether it is written in
// digits, words or both; its [Approx] is the bound set by the words around
// it. The span is the number itself — digits or words, sign, percent sign
// or percent words, scale words — and never the bound words: in
// "ما لا يقل عن 37124" the Text is "37124" and Approx is AtLeast. A range
// "بين 10 و20" is one Number spanning "10 و20" with Value 10, Max 20. A
// vague quantity (عشرات، آلاف، عشرات الآلاف، بضعة) has Approx Vague and is
// bounded by Value and Max. Proclitics glued to the first word (و، ف، ب، ل،
// ك) are outside the span; the article of an ordinal (الثامنة، الـ15) is
// inside.
//
// # Digits
//
// Western, Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits are
// read; one number never mixes scripts. Thousands may be grouped with , ٬ '
// ، or thin, narrow or no-break spaces, in groups of exactly three. The
// decimal separator is . ٫ or , (a comma only when it does not group
// thousands: 5,00 is 5 and 37,124 is 37124). A single period followed by
// three digits is a decimal point — 37.124 is 37.124 and 1.250 is 1.25 —
// because Arabic news writes thousands with a comma or not at all; periods
// group thousands only when repeated (1.250.000) or followed by a decimal
// comma (1.250,5). A chain of dotted or slashed groups (192.168.1.2,
// 5/17/2018) is a list of cardinals, as are a/b with more than three
// digits on a side (2222/2222); a/b alone is a fraction, and "2 1/4" a
// mixed number. Signs - − + (not after a digit or a letter, so 2014-2015
// is two numbers), exponents (1e10), integer powers (2.5^-1) and percent
// signs % ٪ before or after are read. Bidi controls next to a separator
// are allowed (25799‪,‪52). Digits glued after Latin letters belong to a
// name or code and are not read (G20, F16, MP3, H1N1); digits before
// letters are (5G, 10km).
//
// # Words
//
// Number words are recognised with or without diacritics and tatweel, with
// any hamza form of alef, ة or ه, ى or ي: مائة/مئة, ثلاثمائة/ثلاث مئة,
// إثنان/اثنان. Both genders, the nominative and the accusative/genitive
// endings, duals (ألفان, مليونين, مئتين), plurals (آلاف, ملايين), scales up
// to تريليون (and كوادريليون, كوينتليون; stacked scales such as ألف مليار
// multiply), و between parts (attached or not), digits with words
// (3 ملايين, 1.5 مليار, ٣ مئة و٢١), ونصف/وربع (مليون ونصف is 1500000),
// fractions (نصف, ثلث, ربع, ثلاثة أرباع, ثلثا, نصف مليون), فاصلة, سالب and
// ناقص, percent words (في المئة, بالمئة), dozens (دزينة) and Egyptian
// colloquial forms (حداشر, تلتمية) are read. Parts are joined greedily
// while Arabic grammar allows (units before tens, a smaller scale after a
// larger one): ثلاثمائة و مائتين is two numbers.
//
// The Kind of a number in words is Cardinal unless a fraction leaves it
// non-integer (Fraction), فاصلة makes it Decimal, or percent words follow.
// A number in digits is Decimal when written with a decimal separator or
// an exponent, Fraction when written a/b.
//
// Words that are numbers only in some contexts are read in that context:
// أحد and إحدى only in compounds (أحد عشر), الاثنين alone is Monday and is
// skipped, خمس, سبع, تسع and عشر are cardinals unless a definite noun
// follows (خمس الفطيرة is a fifth), ثمن (an eighth, or a price) is read
// only by Parse, أثنى ("praised") and كمية ("quantity") are not numbers,
// ordinals that complete a month's name (تشرين الثاني) or a chemical name
// (ثاني أكسيد الكربون, dioxide) are not numbers, and صفر before a year or هـ
// is the Hijri month, not zero.
//
// # Options
//
// The zero [Options] read text the way news writes it. Three readings that
// the peer test suites (Duckling, Recognizers-Text) expect but that are
// mostly noise in news are opt-in: Relative (التالي +1, السابق -1, الأخير
// from the end, as Kind Relative), Ratios (واحد على ثلاثة, جزء من مئة, خمس
// العشرون) and Duals (يومين, عامين, رقمان as the cardinal 2).
//
// # Spelling out
//
// [Words] writes an integer in words in the gender of the counted noun and
// a case; [Parse] reads every result back (a test checks it in every gender
// and case, and a fuzz target over all of int64). It differs from CLDR's
// Arabic spell-out (common/rbnf/ar.xml) by design in ways listed in
// cldr_test.go: مئة for مائة, اثنان for إثنان, fused ثلاثمئة where CLDR
// writes ثلاثة مائة, أحد عشر for the masculine, the dual مليونان, plurals after
// 3–10 (ثلاثة ملايين) and the accusative after 11–99 (أحد عشر ألفا).
// [Format] writes digits of any script with Arabic separators.
//
// # Bad input and limits
//
// Extraction never panics and never fails: invalid UTF-8, control
// characters and bidi marks are skipped like any other non-number text (a
// bidi mark inside a number, as in 25799‪,‪52, is allowed). Spans are
// ordered, do not overlap and stay within the string. Values are exact up
// to 19 significant digits (every int64, and integers up to
// 18446744073709551615); a digit run too long for that is skipped by
// extraction and is an error wrapping [ErrRange] from Parse.
//
// # Concurrency
//
// All functions are safe for concurrent use. The word tables are built once
// at package initialisation and never changed.
package numbers

//go:generate go run gen.go
