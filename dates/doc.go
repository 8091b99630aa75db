// Package dates finds date mentions in Arabic news text and resolves each one
// against a reference date (the article's publication date) into a
// Gregorian interval with a grain, the calendar it was written in and its
// Umm al-Qura equivalent.
//
// # Getting started
//
// Build an [Extractor] once with the article's date, then call [Extractor.All]
// (an iterator, no slice), [Extractor.Append] (reuses your slice) or
// [Extractor.Find] (convenience):
//
//	ex := dates.New(dates.WithReference(published))
//	for d := range ex.All(text) {
//		fmt.Println(d.Text, d.StartDate, d.EndDate, d.Grain)
//	}
//
// # What is found
//
//   - Gregorian month names of the three families and their spellings:
//     يناير…ديسمبر (إبريل/أبريل, يونيه/يونيو, يوليه/يوليو), كانون الثاني…
//     كانون الأول, جانفي…أوت, يوليوز…دجنبر. A pair joined by "/", "-" or
//     parentheses (تشرين الأول/أكتوبر) is one mention.
//   - Hijri months (محرم/المحرم, ربيع الآخر/الثاني, جمادى الأولى/الآخرة,
//     ذو/ذي القعدة, ذو/ذي الحجة) and era markers (هـ, هجري, للهجرة, م,
//     ميلادي, للميلاد, ق.م); dual mentions (… هـ الموافق … م) are one
//     [Dual] date, flagged [Mismatch] when the two parts are more than a day
//     apart by the Umm al-Qura table.
//   - Days in any digits or as ordinals (السابع من أكتوبر), years (عام 1979),
//     numeric dates (10/6/2024, 2024-06-10, ١٠/٦/٢٠٢٤, 14-09-1432 هـ),
//     weekdays (يوم الاثنين, الاثنين الماضي), relative days (أمس, أول أمس,
//     غدا, بعد غد), relative periods (الأسبوع الماضي, العام المقبل, الشهر
//     الجاري), parts of periods (مطلع, أوائل, منتصف, أواخر, نهاية),
//     durations anchored to the reference (منذ شهر, قبل ثلاثة أيام, خلال
//     الأسبوعين المقبلين), ranges (من 10 إلى 15 يونيو, بين عامي 2010 و2015)
//     and decades (الثمانينيات, تسعينيات القرن الماضي).
//   - Also: the n-th weekday or week of a month (ثالث ثلاثاء في أيلول,
//     الأسبوع الأخير من يوليو), quarters (الربع الثالث من عام 2016, الربع
//     الأخير من عام 2025 — the fourth), the rest of a period (بقية الأسبوع,
//     بقية أسبوعه), years in words (ألفين وثمانية عشر), days in cardinal
//     words after a date word (في واحد وعشرين مايو), feasts (عيد الأضحى, عيد
//     الفطر, رأس السنة الهجرية, المولد النبوي, عيد الميلاد, عيد الفصح, and
//     عيد الأم, عيد العمال, يوم الأب on 21 March, 1 May and 21 June as the
//     Arab countries keep them) and open ranges: a date after قبل ends an
//     interval with no start (قبل عام 2020: up to 2019-12-31,
//     [OpenStart]); after منذ or ابتداء من it starts one with no end
//     ([OpenEnd]); after بعد the open range starts the day after it; after
//     حتى, لغاية, لا يتجاوز or أقصاه ("no later than") it is the end;
//     بعد أو يساوي ("on or after") starts it on the date, and a year followed
//     by أو بعده or أو قبل ذلك ("or later", "or earlier": 2012 أو بعده) is
//     open on that side. A feast with a relative year (عيد الفطر العام
//     المقبل) is that year's; يواندان (the Chinese name of New Year's Day)
//     is 1 January.
//   - A month followed by a range of its days before a pause: شهر نوفمبر
//     بين 19 و20, مايو من 10 إلى 15.
//   - The part of the current period after or before the reference: في وقت
//     لاحق من هذا الشهر (from the day after the reference to the end of
//     the month), في وقت سابق من هذا العام (from 1 January to the day
//     before the reference).
//   - اليوم التالي and اليوم السابق: the day after or before the last day
//     mentioned earlier in the same paragraph (وصل في 29 أغسطس … في اليوم
//     التالي is 30 August); with no such day, the day after or before the
//     reference, flagged [Inferred]. Followed by ل… (اليوم التالي للحرب)
//     it names the day after an event and is not a date.
//
// Not dates: a month name that is also a common word without a day, a year
// or a date word beside it (مارس الضغط "exerted pressure" is not March),
// عام alone, counts (1194 شخصا), scores (3-1) and phone numbers.
//
// # Resolution
//
// StartDate and EndDate are the first and last day of the interval, both
// inclusive, at midnight UTC. The grain says what the mention names: a day, a
// week (Monday-based unless [WithWeekStart] says otherwise), a month, a year
// or a decade; a range of days and the parts of a month have grain Day.
// Underspecified mentions — a day and month with no year, a bare weekday, a
// month alone, a decade with no century — are placed by the [Policy]
// ([PreferPast] by default: the latest occurrence that starts on or before
// the reference) and flagged [Inferred]. With the reference Monday
// 2024-06-10: يوم الاثنين is 2024-06-10, يوم الأحد 2024-06-09, 31 مايو
// 2024-05-31, أوائل أكتوبر 2023-10-01..2023-10-10, الثمانينيات 1980–1989.
//
// Parts of periods: أوائل/مطلع/بداية is days 1–10 of a month, the first
// half of a year, days 1–3 of a week; منتصف is the 15th of a month, April to
// September of a year; أواخر/نهاية is day 21 to the end of a month, the
// second half of a year, days 4–7 of a week. (With the [Assistant]
// convention the early and late parts of a month are its halves.)
//
// Numeric dates are day/month/year (10/6/2024), or year/month/day when the
// year comes first; month/day is read only when the first number cannot be
// a month (01/22/2016). A day and month with no year is read after في or
// يوم (في 22/4), or alone when the month has its leading zero (22/04);
// other bare pairs (3/2, 22-4) are scores, fractions or references. A
// four-digit year 1300–1499 is Hijri; so is any numeric date followed by
// هـ, or every numeric date with [WithNumericCalendar](Hijri). A year
// written alone (العام 1440) is Hijri when it is within ten years of the
// reference's Hijri year, Gregorian otherwise (عام 1453). A Hijri month with a Gregorian year (رمضان 2019) is
// that month as it falls in that year.
//
// Hijri dates are converted with the Umm al-Qura table ([WithCalendar]);
// years outside it (before 1300 or after 1600 AH, as in ت 262هـ) use the
// tabular civil calendar. A month followed by الماضي or المقبل (أكتوبر
// الماضي, السادس من رمضان الماضي) is the nearest such month before or after
// the current one, whatever the policy. A weekday after اليوم or أمس (أمس
// السبت) is part of the mention and only confirms the day.
//
// Durations anchored to the reference are the single day they point to
// (منذ شهر on 2024-06-10 is 2024-05-10) and carry the [Approximate] flag;
// vague ones (منذ أشهر, قبل بضعة أيام) are reported [Unresolved] rather
// than given a made-up day.
//
// # Conventions: news and assistant requests
//
// By default ([News]) the extractor reads news prose, where most numbers
// are not dates: a bare number, a bare pair (3-1, 4.5, 2/1) or a vague
// count (بضعة أيام) is left alone. [WithConvention]([Assistant]) reads
// short requests to a calendar assistant instead, the convention of
// Microsoft's Recognizers-Text test cases: bare days after a preposition
// (عدت إلى 27, عدت للثاني), bare pairs as a day and a month (4/22, 22-4,
// 4.22; 08/12, 2015 in the English order), years read in two pairs (تسعة
// عشر ثمانية وعشرون is 1928), بضعة as three, في/خلال/بعد N units as the
// N-th unit ahead (في 3 أسابيع: the seven days that end three weeks on),
// halves for the early and late parts of a month, and the US Father's Day.
// On news text it turns scores, decimals and figures into dates (فاز 3-1
// becomes 3 January, بنسبة 4.5 في المئة 4 May), which is why it is off by
// default. Both conventions leave counts (1194 شخصا), phone numbers and
// مارس الضغط alone.
//
// # Impossible and unresolved dates
//
// A mention of a day that does not exist — 31 فبراير, 30 ذو الحجة in a
// 29-day month, 31/4/2024 — is reported with the [Impossible] flag and zero
// dates; it is never moved to a neighbouring day. [Date.Err] wraps
// [ErrImpossible] or [ErrUnresolved].
//
// # Offsets and bad input
//
// Start and End are byte offsets into the string passed in, and
// s[Start:End] == Text, whatever the input: invalid UTF-8 bytes are skipped
// as non-words, never altered, and never make a call panic. Diacritics,
// tatweel and bidi controls inside a word do not stop it from matching.
// A mention never crosses a line break.
//
// # Concurrency
//
// The tables are built at package initialisation and never modified; an
// [Extractor] is immutable after [New], so one Extractor may be used from
// many goroutines at once.
package dates

//go:generate go run gen.go
