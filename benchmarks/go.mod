module github.com/khabar-nlp/khabar/benchmarks

go 1.26.0

require (
	github.com/blevesearch/bleve/v2 v2.6.3
	github.com/blevesearch/segment v0.9.1
	github.com/google/go-cmp v0.7.0
	github.com/hablullah/go-hijri v1.0.2
	github.com/khabar-nlp/khabar v0.0.0-00010101000000-000000000000
	github.com/rivo/uniseg v0.4.7
	golang.org/x/text v0.43.0
)

require (
	github.com/RoaringBitmap/roaring/v2 v2.14.5 // indirect
	github.com/bits-and-blooms/bitset v1.24.2 // indirect
	github.com/blevesearch/bleve_index_api v1.4.1 // indirect
	github.com/blevesearch/geo v0.2.8 // indirect
	github.com/blevesearch/upsidedown_store_api v1.0.2 // indirect
	github.com/hablullah/go-juliandays v1.0.0 // indirect
	github.com/json-iterator/go v0.0.0-20171115153421-f7279a603ede // indirect
	github.com/mschoch/smat v0.2.0 // indirect
	go.etcd.io/bbolt v1.4.0 // indirect
	golang.org/x/sys v0.45.0 // indirect
)

replace github.com/khabar-nlp/khabar => ../
