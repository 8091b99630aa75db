package dates

import (
	"time"

	"github.com/khabar-nlp/khabar/dates/hijri"
)

// Policy chooses among the occurrences of a date that does not say which one
// it means: a day and month without a year (31 مايو), a bare weekday
// (يوم الاثنين), a month without a year (أوائل أكتوبر), a decade without a
// century (الثمانينيات), a Hijri month without a year (رمضان).
type Policy uint8

const (
	// PreferPast, the default, picks the latest occurrence that starts on or
	// before the reference date. News reports events that have happened: on
	// Monday 10 June 2024, يوم الاثنين is that very day, يوم الأحد is 9 June,
	// 31 مايو is 31 May 2024 and أوائل أكتوبر is early October 2023.
	PreferPast Policy = iota
	// PreferFuture picks the earliest occurrence that is not over at the
	// reference date — for a day and month, the earliest whose month is not
	// over (on 12 February, الأول من شباط is 1 February of the same year, as
	// Duckling reads it); a bare weekday is the next such day after the
	// reference (on a Monday, الاثنين is the Monday a week later). For
	// announcements and schedules.
	PreferFuture
	// PreferNearest picks the occurrence nearest to the reference date (0
	// when it contains it), the earlier one on a tie.
	PreferNearest
)

// String returns "past", "future" or "nearest".
func (p Policy) String() string {
	switch p {
	case PreferFuture:
		return "future"
	case PreferNearest:
		return "nearest"
	}
	return "past"
}

type options struct {
	ref       time.Time
	hasRef    bool
	policy    Policy
	calendar  hijri.Calendar
	weekStart time.Weekday
	numHijri  bool
	assistant bool      // WithConvention(Assistant)
	hLo, hHi  time.Time // Gregorian range of the Hijri calendar
}

// Option configures an [Extractor].
type Option func(*options)

// WithReference sets the reference date, normally the publication date of
// the article. Only its calendar date (year, month, day in its location)
// matters. Without it, relative mentions (أمس, يوم الاثنين, 31 مايو) are
// reported with the [Unresolved] flag; fully specified dates still resolve.
func WithReference(t time.Time) Option {
	return func(o *options) {
		y, m, d := t.Date()
		o.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		o.hasRef = true
	}
}

// WithPolicy sets the [Policy] for underspecified dates (default PreferPast).
func WithPolicy(p Policy) Option { return func(o *options) { o.policy = p } }

// WithCalendar sets the Hijri calendar used to convert Hijri mentions and to
// fill [Date.Hijri] (default hijri.UmmAlQura).
func WithCalendar(c hijri.Calendar) Option { return func(o *options) { o.calendar = c } }

// WithWeekStart sets the first day of the week for الأسبوع الماضي and the
// like (default time.Monday, the ISO 8601 week the peers use; Saudi and
// Egyptian calendars start on time.Sunday or time.Saturday).
func WithWeekStart(d time.Weekday) Option {
	return func(o *options) {
		if d >= time.Sunday && d <= time.Saturday {
			o.weekStart = d
		}
	}
}

// WithNumericCalendar sets the calendar of numeric dates written without an
// era marker (10/6/2024): [Gregorian], the default, or [Hijri], as in Saudi
// sources that write Hijri dates numerically. With Hijri, a two-digit year
// is 13xx from 90 up and 14xx below (dateparser's rule). Whatever the
// setting, a year 1300–1499 is read as Hijri and a date followed by هـ or م
// follows its marker.
func WithNumericCalendar(c Calendar) Option { return func(o *options) { o.numHijri = c == Hijri } }

// Convention is the kind of text the extractor reads, which decides how
// loosely bare numbers and vague counts are taken as dates.
type Convention uint8

const (
	// News, the default, reads Arabic news prose. A bare number is a date
	// only with a month, a year word or a date preposition and a pause
	// after it, because news is full of numbers that are not dates:
	// counts (1194 شخصا), scores (3-1, 2/0), fractions and decimals (4.5),
	// article and phone numbers, and verbs followed by figures (ارتفع إلى
	// 27, "rose to 27"). Vague counts (بضعة أيام, الأيام القليلة) stay
	// unresolved rather than get a made-up day.
	News Convention = iota
	// Assistant reads short requests to a calendar assistant ("I'll be
	// back on the 27th", "schedule a meeting in 3 weeks"), the convention
	// of Microsoft's Recognizers-Text. On top of News it accepts:
	//
	//   - a bare day of the month after a preposition or ل, before a
	//     pause: عدت إلى 27, عدت في 27., عدت للثاني, عدت للثلاثين,
	//     resolved in the reference's month by the [Policy];
	//   - a bare pair of numbers as a day and a month whatever the
	//     separator or padding: 4/22, 4.22 and 22-4 are all 22 April; the
	//     English order "MM/DD, YYYY" (08/12, 2015) is month first; a year
	//     and a month with a dot (2015.3);
	//   - years read as two pairs of digits, "nineteen ninety-nine":
	//     تسعة عشر تسعة وتسعون is 1999, also alone;
	//   - بضعة/بضع and القليلة ("a few") as three: قبل بضعة أيام is three
	//     days before the reference, الأيام القليلة الماضية the three days
	//     before it;
	//   - في, خلال or بعد with a count of one unit (in digits, in words or
	//     a dual: في 10 أيام, في ثلاثة أسابيع, خلال أسبوعين) as the N-th
	//     unit from the reference: في 10 أيام is the tenth day after it, في
	//     3 أسابيع the seven days ending three weeks on, بعد 3 سنوات the
	//     year ending three years on; بعد N أيام stays the N-th day, and a
	//     count followed by من الآن (the day itself) or القادمة (a window)
	//     keeps its News reading;
	//   - halves for parts of a month: أوائل/مطلع is days 1–15 and
	//     أواخر/نهاية day 16 to the end; في وقت لاحق من (later in) a month
	//     or year is its second half and في وقت سابق من its first half,
	//     wherever the reference falls;
	//   - يوم الأب/عيد الأب as the US Father's Day (the third Sunday of June)
	//     instead of 21 June.
	//
	// None of these is safe in news: "4.22" and "22-4" are decimals and
	// scores, ارتفع إلى 27 is a figure, "بعد 3 سنوات" is a point in time
	// and أواخر الشهر the last ten days (العشر الأواخر).
	Assistant
)

// String returns "news" or "assistant".
func (c Convention) String() string {
	if c == Assistant {
		return "assistant"
	}
	return "news"
}

// WithConvention sets the [Convention] of the text (default News).
func WithConvention(c Convention) Option { return func(o *options) { o.assistant = c == Assistant } }

// Extractor finds and resolves date mentions. Its configuration is fixed at
// [New]; an Extractor is immutable and safe for concurrent use.
type Extractor struct {
	o options
}

// New returns an Extractor with the given options.
func New(opts ...Option) *Extractor {
	e := &Extractor{o: options{policy: PreferPast, calendar: hijri.UmmAlQura, weekStart: time.Monday}}
	for _, f := range opts {
		f(&e.o)
	}
	first, last := e.o.calendar.Range()
	e.o.hLo, _ = e.o.calendar.ToTime(first)
	e.o.hHi, _ = e.o.calendar.ToTime(last)
	return e
}
