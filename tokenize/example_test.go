package tokenize_test

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/khabar-nlp/khabar/tokenize"
)

func ExampleAll() {
	for t := range tokenize.All("قال د. محمد: ارتفع 1.5٪ في غـ زة!") {
		fmt.Printf("%d:%d %s %q\n", t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0:6 word "قال"
	// 7:10 word "د."
	// 11:19 word "محمد"
	// 19:20 punct ":"
	// 21:31 word "ارتفع"
	// 32:37 number "1.5٪"
	// 38:42 word "في"
	// 43:52 word "غـ زة"
	// 52:53 punct "!"
}

func ExampleAppend() {
	var buf []tokenize.Token
	for _, line := range []string{"#غزة https://example.com", "info@example.com 👍"} {
		buf = tokenize.Append(buf[:0], line)
		for _, t := range buf {
			fmt.Println(t.Kind, t.Text)
		}
	}
	// Output:
	// hashtag #غزة
	// url https://example.com
	// email info@example.com
	// emoji 👍
}

func ExampleTokens() {
	toks := tokenize.Tokens("٣٧٬١٢٤ مصابا")
	fmt.Println(len(toks), toks[0].Kind, toks[1].Kind)
	// Output: 2 number word
}

func ExampleScanTokens() {
	sc := bufio.NewScanner(strings.NewReader("وصل بلينكن، ثم غادر."))
	sc.Split(tokenize.ScanTokens)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	// Output: وصل|بلينكن|،|ثم|غادر|.|
}

func ExampleSentences() {
	s := "زيارة بلينكن إلى القاهرة\nقال: «انتهى الأمر.» ثم غادر في الساعة 10.30 مساء."
	for sen := range tokenize.Sentences(s) {
		fmt.Println(sen.Text)
	}
	// Output:
	// زيارة بلينكن إلى القاهرة
	// قال: «انتهى الأمر.»
	// ثم غادر في الساعة 10.30 مساء.
}

func ExampleSegmentWord() {
	for _, w := range []string{"وبلينكن", "للفلسطينيين", "بلينكن", "مما"} {
		var parts []string
		for _, s := range tokenize.SegmentWord(w, tokenize.Clitics) {
			parts = append(parts, fmt.Sprintf("%s[%d:%d]=%s/%s", w[s.Start:s.End], s.Start, s.End, s.Form, s.Role))
		}
		fmt.Println(strings.Join(parts, " "))
	}
	// Output:
	// و[0:2]=و/conj بلينكن[2:14]=بلينكن/stem
	// ل[0:2]=ل/prep لفلسطينيين[2:22]=الفلسطينيين/stem
	// بلينكن[0:12]=بلينكن/stem
	// م[0:2]=من/prep ما[2:6]=ما/stem
}

func ExampleAppendSegments() {
	var segs []tokenize.Segment
	for t := range tokenize.All("وبالأكاديمية ترشيحاتها") {
		segs = tokenize.AppendSegments(segs[:0], t.Text, tokenize.Full)
		for i, s := range segs {
			if i > 0 {
				fmt.Print(" + ")
			}
			fmt.Print(s.Form)
		}
		fmt.Println()
	}
	// Output:
	// و + ب + ال + أكاديمي + ة
	// ترشيح + ات + ها
}

func ExampleAllSegments() {
	for s := range tokenize.AllSegments("وسيقام", tokenize.Clitics) {
		fmt.Println(s.Role, s.Form)
	}
	// Output:
	// conj و
	// fut س
	// stem يقام
}
