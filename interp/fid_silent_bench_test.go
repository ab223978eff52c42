package interp

import (
	"context"
	"testing"
)

// BenchmarkIndexLoop measures index-heavy interpreted code: a sieve and
// a sum over a slice in functions (the index checks of interp/rewrite/indexcheck.go).
func BenchmarkIndexLoop(b *testing.B) {
	s := newSession(b)
	decl := "func sieve(n int) int {\n\tcomposite := make([]bool, n+1)\n\tcount := 0\n\tfor i := 2; i <= n; i++ {\n\t\tif composite[i] {\n\t\t\tcontinue\n\t\t}\n\t\tcount++\n\t\tfor j := i * i; j <= n; j += i {\n\t\t\tcomposite[j] = true\n\t\t}\n\t}\n\treturn count\n}\n" +
		"func sum(xs []int) int {\n\ts := 0\n\tfor i := 0; i < len(xs); i++ {\n\t\ts += xs[i]\n\t}\n\treturn s\n}"
	if res := s.Execute(context.Background(), engineRequest(decl), recOutput{&recorder{}}); res.Err != nil {
		b.Fatal(res.Err.Value)
	}
	for b.Loop() {
		if res := s.Execute(context.Background(), engineRequest("sieve(200000) + sum(make([]int, 200000))"), recOutput{&recorder{}}); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
}
