package main

import (
	"bufio"
	"cmp"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/khabar-nlp/khabar/entities/internal/cluster"
)

// The vector table the tagger's second stage reads
// (entities/internal/cluster/data/vectors.bin) is packed from the vectors
// written by -embed -vectors, one row for each word of the embedded
// embedding-class file in its order (cluster.Classes.Vec), so pack the
// vectors of the run that wrote the embedded embclusters.txt.gz:
//
//	go run ./entities/cmd/clusters -pack VECTORS.txt -pca 50 \
//		-o entities/internal/cluster/data/vectors.bin
//
// Each vector is scaled to norm √dim, the table is projected onto its pca
// principal components (Jacobi eigenvectors of the covariance), each
// result scaled to norm √pca again and quantised to int8 with the values
// clipped at ±packClip.

// packClip is the largest magnitude kept by the int8 quantisation; with
// rows of norm √pca the values have a root mean square of 1.
const packClip = 4.0

func pack(vectorsFile, out string, k int) error {
	words, vs, dim, err := readVectors(vectorsFile)
	if err != nil {
		return err
	}
	if k > 0 && k < dim {
		vs = pca(vs, dim, k)
		dim = k
	}
	row := map[string]int{}
	for i, w := range words {
		row[w] = i
	}
	var q []int8
	scale := float32(packClip / 127)
	n := 0
	var missing error
	err = cluster.EachWord(func(w string, c cluster.Classes) {
		if c.Vec == 0 || missing != nil {
			return
		}
		i, ok := row[w]
		if !ok {
			missing = fmt.Errorf("pack: %q of the embedding classes has no vector in %s", w, vectorsFile)
			return
		}
		for _, v := range vs[i*dim : (i+1)*dim] {
			q = append(q, int8(math.Round(max(-127, min(127, float64(v)/float64(scale))))))
		}
		n++
	})
	if err = cmp.Or(err, missing); err != nil {
		return err
	}
	if err := os.WriteFile(out, cluster.AppendVectors(nil, dim, scale, q), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d vectors of dimension %d written to %s\n", n, dim, out)
	return nil
}

// readVectors reads "word v1 ... vd" lines, each vector scaled to norm √d.
func readVectors(path string) ([]string, []float32, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var words []string
	var vs []float32
	dim := 0
	for sc.Scan() {
		// The word may itself be a space-like character: the values are
		// the last dim fields, the word what comes before them.
		fs := strings.Split(sc.Text(), " ")
		if dim == 0 {
			dim = len(fs) - 1
		}
		if len(fs) < dim+1 || dim < 2 {
			return nil, nil, 0, fmt.Errorf("pack: %s: line %q has fewer than %d values", path, sc.Text(), dim)
		}
		word, vals := strings.Join(fs[:len(fs)-dim], " "), fs[len(fs)-dim:]
		row := make([]float32, dim)
		n := 0.0
		for i, s := range vals {
			x, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, nil, 0, fmt.Errorf("pack: %s: %v", path, err)
			}
			row[i] = float32(x)
			n += x * x
		}
		if n == 0 {
			continue
		}
		s := float32(math.Sqrt(float64(dim) / n))
		for i := range row {
			row[i] *= s
		}
		words = append(words, word)
		vs = append(vs, row...)
	}
	return words, vs, dim, sc.Err()
}

// pca projects every vector of v (rows of d values) onto the k principal
// directions (the top eigenvectors of the covariance, by Jacobi rotations)
// and rescales each result to norm sqrt(k).
func pca(v []float32, d, k int) []float32 {
	n := len(v) / d
	mean := make([]float64, d)
	for i := 0; i < n; i++ {
		for j, x := range v[i*d : (i+1)*d] {
			mean[j] += float64(x)
		}
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	a := make([]float64, d*d)
	for i := 0; i < n; i++ {
		row := v[i*d : (i+1)*d]
		for p := 0; p < d; p++ {
			xp := float64(row[p]) - mean[p]
			for q := p; q < d; q++ {
				a[p*d+q] += xp * (float64(row[q]) - mean[q])
			}
		}
	}
	for p := 0; p < d; p++ {
		for q := 0; q < p; q++ {
			a[p*d+q] = a[q*d+p]
		}
	}
	vals, vecsM := jacobi(a, d)
	order := make([]int, d)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	out := make([]float32, n*k)
	for i := 0; i < n; i++ {
		row := v[i*d : (i+1)*d]
		nn := 0.0
		for c := 0; c < k; c++ {
			e := order[c]
			s := 0.0
			for p := 0; p < d; p++ {
				s += (float64(row[p]) - mean[p]) * vecsM[p*d+e]
			}
			out[i*k+c] = float32(s)
			nn += s * s
		}
		sc := float32(math.Sqrt(float64(k) / math.Max(nn, 1e-12)))
		for c := 0; c < k; c++ {
			out[i*k+c] *= sc
		}
	}
	return out
}

// jacobi returns the eigenvalues and eigenvectors (columns of v) of the
// symmetric d×d matrix a (destroyed).
func jacobi(a []float64, d int) ([]float64, []float64) {
	v := make([]float64, d*d)
	for i := 0; i < d; i++ {
		v[i*d+i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		off := 0.0
		for p := 0; p < d; p++ {
			for q := p + 1; q < d; q++ {
				off += a[p*d+q] * a[p*d+q]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := 0; p < d; p++ {
			for q := p + 1; q < d; q++ {
				if math.Abs(a[p*d+q]) < 1e-15 {
					continue
				}
				theta := (a[q*d+q] - a[p*d+p]) / (2 * a[p*d+q])
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := 0; k < d; k++ {
					akp, akq := a[k*d+p], a[k*d+q]
					a[k*d+p] = c*akp - s*akq
					a[k*d+q] = s*akp + c*akq
				}
				for k := 0; k < d; k++ {
					apk, aqk := a[p*d+k], a[q*d+k]
					a[p*d+k] = c*apk - s*aqk
					a[q*d+k] = s*apk + c*aqk
				}
				for k := 0; k < d; k++ {
					vkp, vkq := v[k*d+p], v[k*d+q]
					v[k*d+p] = c*vkp - s*vkq
					v[k*d+q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals := make([]float64, d)
	for i := range vals {
		vals[i] = a[i*d+i]
	}
	return vals, v
}
