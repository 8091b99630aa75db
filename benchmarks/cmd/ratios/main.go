// Command ratios reads the output of `go test -bench` (one run over the
// benchmark packages and the floors) on standard input and prints, as a
// Markdown table, every benchmark's throughput and allocations with two
// kinds of ratio:
//
//   - khabar ÷ peer: each khabar benchmark against each peer benchmark of the
//     same package and the same top-level benchmark (sub-benchmarks of one
//     Benchmark function are compared with each other, variants like with
//     like, e.g. khabar-civil with go-hijri-civil; when a package has no
//     sub-benchmarks, every khabar benchmark is compared with every peer of
//     the package);
//   - khabar ÷ floor: against BenchmarkFloorCopy and BenchmarkFloorDecode
//     from benchmarks/floors, measured in the same run.
//
// A benchmark is a peer's when one of the "/"-separated elements of its name
// starts with a peer name: bleve, uniseg, blevesegment, go-hijri, gohijri,
// hablullah or xtext; benchmarks with "Floor" in their name are floors, and
// the rest are khabar's.
// Benchmarks with no MB/s figure (no b.SetBytes) are compared by ns/op.
//
// Usage:
//
//	cd benchmarks
//	go test -run '^$' -bench . -benchtime 2s ./... | tee bench.txt
//	go run ./cmd/ratios < bench.txt
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type result struct {
	pkg    string
	name   string // without "Benchmark" and the -N GOMAXPROCS suffix
	nsOp   float64
	mbS    float64
	allocs float64
}

var peerWords = []string{"bleve", "uniseg", "blevesegment", "go-hijri", "gohijri", "hablullah", "xtext"}

func isPeer(name string) bool {
	for _, el := range strings.Split(strings.ToLower(name), "/") {
		for _, w := range peerWords {
			if strings.HasPrefix(el, w) {
				return true
			}
		}
	}
	return false
}

// variant returns what follows the library name in the last element of a
// benchmark name ("umalqura" for "khabar-umalqura" and
// "go-hijri-umalqura"), so that variants are compared like with like.
func variant(name string) string {
	el := strings.ToLower(name[strings.LastIndexByte(name, '/')+1:])
	for _, w := range append([]string{"khabar"}, peerWords...) {
		if v, ok := strings.CutPrefix(el, w); ok {
			return strings.TrimPrefix(v, "-")
		}
	}
	return ""
}

func isFloor(name string) bool { return strings.Contains(name, "Floor") }

func parse(r io.Reader) []result {
	var (
		out []result
		pkg string
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimPrefix(strings.TrimSpace(p), "github.com/khabar-nlp/khabar/benchmarks/")
			continue
		}
		if !strings.HasPrefix(line, "Benchmark") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		res := result{pkg: pkg, name: name}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				res.nsOp = v
			case "MB/s":
				res.mbS = v
			case "allocs/op":
				res.allocs = v
			}
		}
		out = append(out, res)
	}
	return out
}

func group(name string) string {
	if i := strings.IndexByte(name, '/'); i >= 0 {
		return name[:i]
	}
	return ""
}

// ratio returns how many times faster a is than b.
func ratio(a, b result) float64 {
	if a.mbS > 0 && b.mbS > 0 {
		return a.mbS / b.mbS
	}
	if a.nsOp > 0 && b.nsOp > 0 {
		return b.nsOp / a.nsOp
	}
	return 0
}

func main() {
	res := parse(os.Stdin)
	var floorCopy, floorDecode *result
	for i := range res {
		switch res[i].name {
		case "FloorCopy":
			floorCopy = &res[i]
		case "FloorDecode":
			floorDecode = &res[i]
		}
	}
	fmt.Println("| package | benchmark | MB/s | ns/op | allocs/op | ÷ copy floor | ÷ decode floor |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|")
	for _, r := range res {
		fc, fd := "", ""
		if floorCopy != nil && r.mbS > 0 {
			fc = fmt.Sprintf("%.3f", r.mbS/floorCopy.mbS)
		}
		if floorDecode != nil && r.mbS > 0 {
			fd = fmt.Sprintf("%.2f", r.mbS/floorDecode.mbS)
		}
		mb := ""
		if r.mbS > 0 {
			mb = fmt.Sprintf("%.1f", r.mbS)
		}
		fmt.Printf("| %s | %s | %s | %.0f | %.0f | %s | %s |\n", r.pkg, r.name, mb, r.nsOp, r.allocs, fc, fd)
	}
	fmt.Println()
	fmt.Println("| package | khabar | peer | khabar ÷ peer |")
	fmt.Println("|---|---|---|---:|")
	for _, a := range res {
		if isPeer(a.name) || isFloor(a.name) {
			continue
		}
		for _, b := range res {
			if !isPeer(b.name) || b.pkg != a.pkg || group(a.name) != group(b.name) {
				continue
			}
			if va, vb := variant(a.name), variant(b.name); va != "" && vb != "" && va != vb {
				continue
			}
			if q := ratio(a, b); q > 0 {
				fmt.Printf("| %s | %s | %s | %.2f× |\n", a.pkg, a.name, b.name, q)
			}
		}
	}
}
