package dates

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/dates"
)

// policyFor returns the resolution policy that matches each peer's own
// convention for underspecified dates: Duckling and Recognizers-Text
// resolve a bare weekday or a yearless date to the next occurrence
// (their specs' "future" reading), dateparser to the past.
func policyFor(peer string) dates.Policy {
	if peer == "dateparser" {
		return dates.PreferPast
	}
	return dates.PreferFuture
}

// conventionFor returns the convention each peer's cases are written in:
// Recognizers-Text's are requests to a calendar assistant (عدت إلى 27,
// سوف أعود 4/22, حدد موعدا في 3 أسابيع), the others' news-like phrases.
// TestPeerDates also reports every peer's score with the default options.
func conventionFor(peer string) dates.Option {
	if peer == "recognizers-text" {
		return dates.WithConvention(dates.Assistant)
	}
	return dates.WithConvention(dates.News)
}

// pick chooses the extracted date the row is about: the one overlapping the
// peer's span (note span=...), else the result-th one, else the first.
func pick(r Row, ds []dates.Date) (dates.Date, bool) {
	if len(ds) == 0 {
		return dates.Date{}, false
	}
	if sp := r.NoteValue("span"); sp != "" {
		if i := strings.Index(r.Input, sp); i >= 0 {
			for _, d := range ds {
				if d.Start < i+len(sp) && d.End > i {
					return d, true
				}
			}
			return dates.Date{}, false
		}
	}
	if res := r.NoteValue("result"); res != "" {
		var k, n int
		if _, err := fmt.Sscanf(res, "%d/%d", &k, &n); err == nil && k >= 1 && k <= len(ds) {
			return ds[k-1], true
		}
	}
	return ds[0], true
}

// matches compares a resolved date with the peer's expectation. Duckling
// and Recognizers-Text intervals end one day past the last day for
// calendar periods. Recognizers-Text writes the bounds of ranges as points
// (README of the peers' data): "from D1 to D2" ends at the start of D2
// (من 4 إلى 22 هذا الشهر is 2016-11-04/2016-11-22, من 2014 إلى 2018 is
// 2014-01-01/2018-01-01), "until X" ends at the start of X (حتى عام 2012 is
// ../2012-01-01), and "after X" (mod=after) starts at X exclusive. khabar's
// intervals hold whole days and include the last named unit, as news
// ranges do, so for that peer the end may also be the start of khabar's
// last unit, and an open range after X starts the day after X. A single
// expected date of grain week, month or year is the start of that period
// (Duckling).
func matches(r Row, want Interval, d dates.Date) bool {
	if !d.Resolved() {
		return false
	}
	rt := r.Peer() == "recognizers-text"
	if want.Single {
		if !d.StartDate.Equal(want.Start) {
			return false
		}
		if r.Grain == "day" {
			return d.EndDate.Equal(want.Start)
		}
		return d.Grain.String() == r.Grain
	}
	switch {
	case want.OpenStart:
		if d.Flags&dates.OpenStart == 0 {
			return false
		}
		return d.EndDate.AddDate(0, 0, 1).Equal(want.End) || rt && unitStart(d.EndDate, d.Grain).Equal(want.End)
	case want.OpenEnd:
		if d.Flags&dates.OpenEnd == 0 {
			return false
		}
		if d.StartDate.Equal(want.Start) {
			return true
		}
		return rt && r.NoteValue("mod") == "after" && unitStart(d.StartDate.AddDate(0, 0, -1), d.Grain).Equal(want.Start)
	}
	if !d.StartDate.Equal(want.Start) {
		return false
	}
	if d.EndDate.AddDate(0, 0, 1).Equal(want.End) {
		return true
	}
	switch {
	case rt && r.Grain == "day":
		return d.EndDate.Equal(want.End)
	case rt && d.Flags&dates.Range != 0:
		return unitStart(d.EndDate, d.Grain).Equal(want.End)
	}
	return false
}

// unitStart returns the first day of the day, month, year or decade of
// grain g that holds t (weeks are left as days).
func unitStart(t time.Time, g dates.Grain) time.Time {
	switch g {
	case dates.Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case dates.Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	case dates.Decade:
		return time.Date(t.Year()/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// exception is a row of exceptions.tsv: a case whose expectation
// contradicts news usage.
type exception struct{ source, input, reason string }

func readExceptions(t *testing.T) map[string]exception {
	b, err := os.ReadFile("exceptions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ex := map[string]exception{}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.TrimSpace(f[2]) == "" {
			t.Fatalf("exceptions.tsv:%d: want source, input and a reason", i+1)
		}
		ex[f[0]+"\t"+f[1]] = exception{f[0], f[1], f[2]}
	}
	return ex
}

type tally struct{ rows, exceptions, pass int }

// belowBar lists the peers whose score is known to be below the 90%
// bar, with the score last measured: the test fails if the score drops
// under it (a regression) or reaches 90% (then the entry must go). It is
// empty: every peer meets the bar. (Recognizers-Text did so once its cases
// were read with the Assistant convention they are written in; its score
// with the default News convention is reported beside it.)
var belowBar = map[string]float64{}

// score resolves every scored row of the peers' dates (grain day and
// coarser, with an expected date or interval, not in exceptions.tsv) with
// each peer's policy, and with its convention when withConvention is set
// (else the default options), and tallies the results per peer.
func score(rows []Row, exc map[string]exception, withConvention bool) (per map[string]*tally, fails []string, used map[string]bool, total int) {
	per, used = map[string]*tally{}, map[string]bool{}
	for _, r := range rows {
		if !r.DateGrain() {
			continue
		}
		want, ok := ParseExpected(r.Expected)
		if !ok {
			continue // recurrences (P1W, XXXX-WXX-1) and unresolved peer values
		}
		total++
		peer := r.Peer()
		if per[peer] == nil {
			per[peer] = &tally{}
		}
		tl := per[peer]
		tl.rows++
		key := r.Source + "\t" + r.Input
		if _, ok := exc[key]; ok {
			used[key] = true
			tl.exceptions++
			continue
		}
		opts := []dates.Option{dates.WithPolicy(policyFor(peer))}
		if withConvention {
			opts = append(opts, conventionFor(peer))
		}
		if strings.Contains(r.Source, "test_hijri.py") {
			// The peer's test parses with its Hijri calendar.
			opts = append(opts, dates.WithNumericCalendar(dates.Hijri))
		}
		if ref, ok := r.ReferenceDate(); ok {
			opts = append(opts, dates.WithReference(ref))
		}
		ds := dates.Find(r.Input, opts...)
		d, found := pick(r, ds)
		if found && matches(r, want, d) {
			tl.pass++
			continue
		}
		gotS := "nothing"
		if found {
			gotS = fmt.Sprintf("%q %s..%s %s flags=%b", d.Text, d.StartDate.Format(time.DateOnly), d.EndDate.Format(time.DateOnly), d.Grain, d.Flags)
		}
		fails = append(fails, fmt.Sprintf("%s line %d %q ref=%s want=%s (%s): got %s", peer, r.Line, r.Input, r.Reference, r.Expected, r.Grain, gotS))
	}
	return per, fails, used, total
}

func (tl *tally) pct() float64 {
	return 100 * float64(tl.pass) / float64(max(tl.rows-tl.exceptions, 1))
}

// TestPeerDates scores khabar on the peers' date cases of grain day and
// coarser that have an expected date or interval, per peer, and fails below
// 90% for any peer. Each peer is scored with the convention its cases are
// written in (conventionFor: Recognizers-Text's with the Assistant
// convention); the score with the default options is reported beside it.
// Run with -v for the table and the failures.
//
//	cd benchmarks && go test -run TestPeerDates -v ./dates
func TestPeerDates(t *testing.T) {
	rows := ParseRows(string(corpus.Read(t, "eval/peers/dates.tsv")))
	exc := readExceptions(t)
	per, fails, used, total := score(rows, exc, true)
	def, _, _, _ := score(rows, exc, false)
	for k := range exc {
		if !used[k] {
			t.Errorf("exceptions.tsv lists a case that is not scored: %q", k)
		}
	}
	if len(exc)*100 > total*3 {
		t.Errorf("exceptions.tsv has %d cases, more than 3%% of %d", len(exc), total)
	}
	peers := make([]string, 0, len(per))
	for p := range per {
		peers = append(peers, p)
	}
	sort.Strings(peers)
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s %6s %10s %6s %8s %16s\n", "peer", "rows", "exceptions", "pass", "score", "default options")
	for _, p := range peers {
		tl := per[p]
		pct := tl.pct()
		fmt.Fprintf(&b, "%-18s %6d %10d %6d %7.1f%% %8d %6.1f%%\n", p, tl.rows, tl.exceptions, tl.pass, pct, def[p].pass, def[p].pct())
		switch floor, known := belowBar[p]; {
		case pct >= 90 && known:
			t.Errorf("%s: %.1f%% now meets the 90%% bar: remove it from belowBar", p, pct)
		case pct >= 90:
		case known && pct >= floor:
			t.Logf("%s: %.1f%% is BELOW THE 90%% BAR (known, see belowBar); floor %.1f%%", p, pct, floor)
		default:
			t.Errorf("%s: %.1f%% of %d cases resolved to the peer's interval, want ≥ 90%%", p, pct, tl.rows-tl.exceptions)
		}
	}
	t.Log("\n" + b.String())
	t.Logf("default options (News convention for every peer): recognizers-text %d/%d = %.1f%%",
		def["recognizers-text"].pass, def["recognizers-text"].rows-def["recognizers-text"].exceptions, def["recognizers-text"].pct())
	if testing.Verbose() {
		fmt.Print(b.String())
		for _, f := range fails {
			fmt.Println("FAIL", f)
		}
	}
}

// TestPeerNegatives runs the peers' negative cases of the time and phone
// number dimensions (and dateparser's Persian-spelled duration): none may
// produce a date. It reports the count and fails on any.
func TestPeerNegatives(t *testing.T) {
	data := string(corpus.Read(t, "eval/peers/negatives.tsv"))
	n, bad := 0, 0
	for i, line := range strings.Split(data, "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 3 {
			continue
		}
		if f[2] != "time" && f[2] != "phone_number" && !strings.HasPrefix(f[0], "dateparser") {
			continue
		}
		n++
		if ds := dates.Find(f[1], dates.WithReference(time.Date(2013, 2, 12, 0, 0, 0, 0, time.UTC))); len(ds) > 0 {
			bad++
			t.Errorf("negative %q (%s): found %q", f[1], f[2], ds[0].Text)
		}
	}
	t.Logf("negatives (time, phone_number, dateparser): %d cases, %d with a date", n, bad)
	if testing.Verbose() {
		fmt.Printf("negatives (time, phone_number, dateparser): %d cases, %d with a date\n", n, bad)
	}
}

// TestSeeds checks every date of the two seed articles against the list a
// reader makes: seed 000 with its publication date 2024-06-10, seed 003
// (2024-09-17) where nothing may resolve to a day.
func TestSeeds(t *testing.T) {
	root := corpus.Path(t, "seeds")
	read := func(prefix string) string {
		m, _ := filepath.Glob(filepath.Join(root, prefix+"_*.txt"))
		if len(m) != 1 {
			t.Skipf("seed %s not found", prefix)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	type want struct{ text, from, to, grain string }
	check := func(name, text string, ref time.Time, wants []want) {
		var got []want
		for _, d := range dates.Find(text, dates.WithReference(ref)) {
			w := want{text: d.Text, grain: d.Grain.String()}
			if d.Resolved() {
				w.from, w.to = d.StartDate.Format(time.DateOnly), d.EndDate.Format(time.DateOnly)
			}
			got = append(got, w)
		}
		if fmt.Sprint(got) != fmt.Sprint(wants) {
			t.Errorf("%s:\n got %v\nwant %v", name, got, wants)
		}
	}
	check("seed 000", read("000"), time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC), []want{
		{"يوم الاثنين", "2024-06-10", "2024-06-10", "day"},
		{"عام 1979", "1979-01-01", "1979-12-31", "year"},
		{"منذ شهر", "2024-05-10", "2024-05-10", "day"},
		{"أوائل أكتوبر", "2023-10-01", "2023-10-10", "day"},
		{"31 مايو", "2024-05-31", "2024-05-31", "day"},
		{"تشرين الثاني/نوفمبر", "2023-11-01", "2023-11-30", "month"},
		{"يوم الاثنين", "2024-06-10", "2024-06-10", "day"},
		{"يوم الاثنين", "2024-06-10", "2024-06-10", "day"},
		{"يوم الأحد", "2024-06-09", "2024-06-09", "day"},
		{"7 تشرين الأول/أكتوبر", "2023-10-07", "2023-10-07", "day"},
	})
	check("seed 003", read("003"), time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC), []want{
		{"منذ أشهر", "", "", "day"},
	})
}
