// Package tablegen turns the checked-in Umm al-Qura data files of package
// hijri into the compact Go tables of tables.go. It is shared by gen.go (which
// writes the file) and by the package's freshness test (which regenerates it
// in memory), so the two cannot drift apart.
package tablegen

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"io"
	"strconv"
	"strings"
	"time"
)

// Table is one Umm al-Qura table: for each Hijri year from FirstYear on, the
// first day of the year in days since 1970-01-01 (one extra entry ends the
// last year) and the lengths of its 12 months.
type Table struct {
	FirstYear int
	YearStart []int32
	MonthLen  [][12]int
}

// LastYear is the last Hijri year the table covers.
func (t *Table) LastYear() int { return t.FirstYear + len(t.MonthLen) - 1 }

// Pack encodes the month lengths of one year the way package hijri decodes
// them: month m (1..12) has 28 + lo + 2·hi days, where lo is bit 11-(m-1) and
// hi is bit 16+11-(m-1) of the result. The days before month m are then
// 28·(m-1) + popcount(lo bits above it) + 2·popcount(hi bits above it).
func Pack(lens [12]int) (uint32, error) {
	var v uint32
	for m, n := range lens {
		c := n - 28
		if c < 0 || c > 3 {
			return 0, fmt.Errorf("month %d has %d days", m+1, n)
		}
		v |= uint32(c&1) << (11 - m)
		v |= uint32(c>>1) << (16 + 11 - m)
	}
	return v, nil
}

// jdn1970 is the chronological Julian day number of 1970-01-01.
const jdn1970 = 2440588

// ParseICU reads the "YEAR 0xMASK" format of data/umalqura-icu.txt.
func ParseICU(r io.Reader) (*Table, error) {
	t := &Table{}
	var start int64
	haveEpoch := false
	err := eachLine(r, func(n int, f []string) error {
		if f[0] == "epoch" {
			if len(f) != 3 || haveEpoch {
				return fmt.Errorf("line %d: bad epoch line", n)
			}
			y, err := strconv.Atoi(f[1])
			if err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
			d, err := time.Parse("2006-01-02", f[2])
			if err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
			t.FirstYear, start, haveEpoch = y, d.Unix()/86400, true
			return nil
		}
		if !haveEpoch {
			return fmt.Errorf("line %d: year before epoch line", n)
		}
		if len(f) != 2 {
			return fmt.Errorf("line %d: want YEAR 0xMASK", n)
		}
		y, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		if want := t.FirstYear + len(t.MonthLen); y != want {
			return fmt.Errorf("line %d: year %d, want %d", n, y, want)
		}
		m, err := strconv.ParseUint(f[1], 0, 16)
		if err != nil || m >= 1<<12 {
			return fmt.Errorf("line %d: bad mask %q", n, f[1])
		}
		var lens [12]int
		for i := range lens {
			lens[i] = 29 + int(m>>(11-i)&1)
			start += int64(lens[i])
		}
		t.YearStart = append(t.YearStart, int32(start)-int32(sum(lens)))
		t.MonthLen = append(t.MonthLen, lens)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("icu table: %w", err)
	}
	if len(t.MonthLen) == 0 {
		return nil, errors.New("icu table: no years")
	}
	t.YearStart = append(t.YearStart, int32(start))
	return t, t.check()
}

// ParseVanGent reads the "YEAR S1 … S12" month-start format of
// data/umalqura-vangent.txt (days are Julian day numbers minus 2400000).
func ParseVanGent(r io.Reader) (*Table, error) {
	t := &Table{}
	var starts []int64
	end := int64(-1)
	err := eachLine(r, func(n int, f []string) error {
		if end >= 0 {
			return fmt.Errorf("line %d: data after end line", n)
		}
		if f[0] == "end" {
			if len(f) != 2 {
				return fmt.Errorf("line %d: bad end line", n)
			}
			v, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
			end = v
			return nil
		}
		if len(f) != 13 {
			return fmt.Errorf("line %d: want YEAR and 12 month starts", n)
		}
		y, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		if len(starts) == 0 {
			t.FirstYear = y
		} else if want := t.FirstYear + len(starts)/12; y != want {
			return fmt.Errorf("line %d: year %d, want %d", n, y, want)
		}
		for _, s := range f[1:] {
			v, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
			starts = append(starts, v)
		}
		return nil
	})
	if err == nil && end < 0 {
		err = errors.New("missing end line")
	}
	if err != nil {
		return nil, fmt.Errorf("van Gent table: %w", err)
	}
	starts = append(starts, end)
	for i := 0; i+1 < len(starts); i += 12 {
		var lens [12]int
		for m := range lens {
			lens[m] = int(starts[i+m+1] - starts[i+m])
		}
		t.YearStart = append(t.YearStart, int32(starts[i]+2400000-jdn1970))
		t.MonthLen = append(t.MonthLen, lens)
	}
	t.YearStart = append(t.YearStart, int32(end+2400000-jdn1970))
	return t, t.check()
}

func sum(lens [12]int) int {
	n := 0
	for _, l := range lens {
		n += l
	}
	return n
}

// check verifies the invariants the package relies on: consecutive years,
// months of 28 to 31 days (the van Gent table has a few 28- and 31-day
// months), years of 353 to 356 days.
func (t *Table) check() error {
	if len(t.YearStart) != len(t.MonthLen)+1 {
		return errors.New("table: year starts and month lengths differ in length")
	}
	for i, lens := range t.MonthLen {
		n := int(t.YearStart[i+1]) - int(t.YearStart[i])
		if n != sum(lens) {
			return fmt.Errorf("table: year %d has %d days, its months %d", t.FirstYear+i, n, sum(lens))
		}
		if n < 353 || n > 356 {
			return fmt.Errorf("table: year %d has %d days", t.FirstYear+i, n)
		}
		if _, err := Pack(lens); err != nil {
			return fmt.Errorf("table: year %d: %w", t.FirstYear+i, err)
		}
	}
	return nil
}

func eachLine(r io.Reader, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Generate reads both data files and returns the gofmt-ed source of
// tables.go for package hijri.
func Generate(icu, vanGent io.Reader) ([]byte, error) {
	uq, err := ParseICU(icu)
	if err != nil {
		return nil, err
	}
	alt, err := ParseVanGent(vanGent)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go from data/umalqura-icu.txt and data/umalqura-vangent.txt; DO NOT EDIT.\n\n")
	b.WriteString("package hijri\n\n")
	writeTable(&b, "ummAlQuraTable", "the ICU/Java Umm al-Qura table (data/umalqura-icu.txt)", uq)
	writeTable(&b, "ummAlQuraAltTable", "the van Gent / hijri-converter Umm al-Qura table (data/umalqura-vangent.txt)", alt)
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("gofmt: %w", err)
	}
	return out, nil
}

func writeTable(b *bytes.Buffer, name, what string, t *Table) {
	fmt.Fprintf(b, "// %s is %s, Hijri years %d–%d.\n", name, what, t.FirstYear, t.LastYear())
	fmt.Fprintf(b, "var %s = table{\n\tfirstYear: %d,\n\tlastYear: %d,\n", name, t.FirstYear, t.LastYear())
	b.WriteString("\t// yearStart[i] is 1 Muharram of year firstYear+i in days since 1970-01-01;\n\t// the extra last entry is the day after the table ends.\n")
	b.WriteString("\tyearStart: []int32{")
	for i, v := range t.YearStart {
		if i%10 == 0 {
			b.WriteString("\n\t\t")
		} else {
			b.WriteByte(' ')
		}
		fmt.Fprintf(b, "%d,", v)
	}
	b.WriteString("\n\t},\n")
	b.WriteString("\t// monthLen[i] packs the month lengths of year firstYear+i (see type table in table.go).\n")
	b.WriteString("\tmonthLen: []uint32{")
	for i, lens := range t.MonthLen {
		v, _ := Pack(lens) // checked by check
		if i%8 == 0 {
			b.WriteString("\n\t\t")
		} else {
			b.WriteByte(' ')
		}
		fmt.Fprintf(b, "0x%07x,", v)
	}
	b.WriteString("\n\t},\n}\n\n")
}
