package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Property struct {
	Name  string
	Check func(r *rand.Rand) (ok bool, counterexample string)
}

func reverse(s string) string {
	runes := []rune(s)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return string(runes)
}

func randomString(r *rand.Rand) string {
	alphabet := []rune("abcxyzé世界 ")
	n := r.Intn(12)
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(out)
}

func buggyAbs(x int) int {
	if x < -50 {
		return x
	}
	if x < 0 {
		return -x
	}
	return x
}

var properties = []Property{
	{"reverse twice is identity", func(r *rand.Rand) (bool, string) {
		s := randomString(r)
		return reverse(reverse(s)) == s, s
	}},
	{"sort is idempotent", func(r *rand.Rand) (bool, string) {
		xs := make([]int, r.Intn(10))
		for i := range xs {
			xs[i] = r.Intn(100) - 50
		}
		sort.Ints(xs)
		ys := append([]int(nil), xs...)
		sort.Ints(ys)
		return fmt.Sprint(xs) == fmt.Sprint(ys), fmt.Sprint(xs)
	}},
	{"upper then lower keeps length", func(r *rand.Rand) (bool, string) {
		s := randomString(r)
		return len([]rune(strings.ToLower(strings.ToUpper(s)))) == len([]rune(s)), s
	}},
	{"abs is non-negative", func(r *rand.Rand) (bool, string) {
		x := r.Intn(200) - 100
		return buggyAbs(x) >= 0, fmt.Sprint(x)
	}},
}

func main() {
	r := rand.New(rand.NewSource(42))
	const runs = 200
	for _, p := range properties {
		failed := ""
		n := 0
		for ; n < runs; n++ {
			if ok, ce := p.Check(r); !ok {
				failed = ce
				break
			}
		}
		if failed != "" {
			fmt.Printf("FAIL %-32s after %d runs, counterexample %q\n", p.Name, n+1, failed)
		} else {
			fmt.Printf("PASS %-32s (%d runs)\n", p.Name, runs)
		}
	}
	fmt.Println(reverse("Hello, 世界"))
}
