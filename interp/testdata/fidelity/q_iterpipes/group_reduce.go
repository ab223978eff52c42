package main

import (
	"bufio"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const log = `GET /index 200 12
POST /login 302 40
GET /index 200 9
GET /missing 404 3
POST /login 401 35
GET /api/items 200 120
GET /api/items 500 300
DELETE /api/items 204 15`

type Entry struct {
	Method, Path string
	Status, Ms   int
}

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		sc := bufio.NewScanner(strings.NewReader(s))
		for sc.Scan() {
			if !yield(sc.Text()) {
				return
			}
		}
	}
}

func ParseAll(lines iter.Seq[string]) iter.Seq2[Entry, error] {
	return func(yield func(Entry, error) bool) {
		for l := range lines {
			f := strings.Fields(l)
			st, err1 := strconv.Atoi(f[2])
			ms, err2 := strconv.Atoi(f[3])
			var err error
			if err1 != nil || err2 != nil {
				err = fmt.Errorf("bad line %q", l)
			}
			if !yield(Entry{f[0], f[1], st, ms}, err) {
				return
			}
		}
	}
}

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for v := range seq {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	var entries []Entry
	for e, err := range ParseAll(Lines(log)) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		entries = append(entries, e)
	}
	byPath := GroupBy(slices.Values(entries), func(e Entry) string { return e.Path })
	for _, p := range slices.Sorted(maps.Keys(byPath)) {
		es := byPath[p]
		total := SumBy(es, func(e Entry) int { return e.Ms })
		avg := SumBy(es, func(e Entry) float64 { return float64(e.Ms) }) / float64(len(es))
		fmt.Printf("%-11s n=%d total=%4dms avg=%6.1fms\n", p, len(es), total, avg)
	}
	byClass := GroupBy(slices.Values(entries), func(e Entry) int { return e.Status / 100 })
	for _, c := range slices.Sorted(maps.Keys(byClass)) {
		fmt.Printf("%dxx: %d ", c, len(byClass[c]))
	}
	fmt.Println()
	type key struct {
		M  string
		OK bool
	}
	mk := GroupBy(slices.Values(entries), func(e Entry) key { return key{e.Method, e.Status < 400} })
	keys := slices.SortedFunc(maps.Keys(mk), func(a, b key) int {
		if a.M != b.M {
			return strings.Compare(a.M, b.M)
		}
		if a.OK == b.OK {
			return 0
		}
		if a.OK {
			return -1
		}
		return 1
	})
	for _, k := range keys {
		fmt.Printf("%+v=%d ", k, len(mk[k]))
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("<", f, ">")
	}
	fmt.Println()
	slowest := slices.MaxFunc(entries, func(a, b Entry) int { return a.Ms - b.Ms })
	fmt.Println(slowest)
}
