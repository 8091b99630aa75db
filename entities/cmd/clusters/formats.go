package main

import (
	"bufio"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
)

// The input formats. Each reader calls yield once per paragraph of text.

// wikiLines reads WikiExtractor output: <doc> lines and the title line after
// each are skipped, markup is stripped.
func wikiLines(r io.Reader, yield func(string)) error {
	sc := newScanner(r)
	title := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "<doc"):
			title = true
			continue
		case strings.HasPrefix(line, "</doc"), line == "":
			continue
		case title:
			title = false
			continue
		}
		yield(stripTags(line))
	}
	return sc.Err()
}

// plainLines reads one paragraph per line.
func plainLines(r io.Reader, yield func(string)) error {
	sc := newScanner(r)
	for sc.Scan() {
		yield(sc.Text())
	}
	return sc.Err()
}

// teiSkip lists the TEI elements whose text is not running text of the
// edition: notes, running heads, bibliographic records, figures, the header.
var teiSkip = map[string]bool{
	"note": true, "teiHeader": true, "fw": true, "bibl": true, "listBibl": true,
	"figure": true, "facsimile": true, "back": true, "front": true,
}

// teiParagraphs reads a TEI P5 edition: the text of every p, l and ab
// element inside body, without the elements of teiSkip; line, page and
// column breaks become spaces.
func teiParagraphs(r io.Reader, yield func(string)) error {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var (
		inBody, skip, para int
		b                  strings.Builder
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := t.Name.Local
			switch {
			case n == "body":
				inBody++
			case skip > 0 || teiSkip[n]:
				skip++
			case inBody > 0 && (n == "p" || n == "l" || n == "ab"):
				para++
			case n == "lb" || n == "pb" || n == "cb" || n == "gap" || n == "milestone":
				b.WriteByte(' ')
			}
		case xml.EndElement:
			n := t.Name.Local
			switch {
			case n == "body":
				inBody--
			case skip > 0:
				skip--
			case inBody > 0 && (n == "p" || n == "l" || n == "ab"):
				para--
				if para == 0 {
					yield(b.String())
					b.Reset()
				}
			}
		case xml.CharData:
			if para > 0 && skip == 0 {
				b.Write(t)
			}
		}
	}
}

var (
	mdFootnote = regexp.MustCompile(`\[\^\d+\]`)
	mdEmphasis = regexp.MustCompile(`[*_]{1,2}`)
)

// markdownLines reads a Markdown article: YAML front matter, headings,
// images and footnote definitions are skipped, footnote markers and
// emphasis removed.
func markdownLines(r io.Reader, yield func(string)) error {
	sc := newScanner(r)
	first, front := true, false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if first && line == "---" {
			first, front = false, true
			continue
		}
		first = false
		if front {
			front = line != "---"
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "![") || strings.HasPrefix(line, "[^") {
			continue
		}
		yield(mdEmphasis.ReplaceAllString(mdFootnote.ReplaceAllString(line, ""), ""))
	}
	return sc.Err()
}

func newScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	return sc
}

func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// keep reports whether a paragraph is running Arabic text worth counting:
// four words or more, at least half of them with a letter of the basic
// Arabic alphabet (U+0621–U+064A), no formula placeholder. The range is
// narrower than arabic.IsLetter on purpose: the shipped clusters were built
// with it, and with arabic.IsLetter 4 of the corpus's 282,368 paragraphs
// (lists of Persian and Kurdish letters) would be judged otherwise.
func keep(line string) bool {
	f := strings.Fields(line)
	ar := 0
	for _, w := range f {
		if strings.IndexFunc(w, func(r rune) bool { return r >= 0x621 && r <= 0x64a }) >= 0 {
			ar++
		}
	}
	return len(f) >= 4 && 2*ar >= len(f) && !strings.Contains(line, "formula_")
}
