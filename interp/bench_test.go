package interp

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"testing"
)

// BenchmarkComplete measures a typical completion request (target: well
// under 20 ms).
func BenchmarkComplete(b *testing.B) {
	s := newSession(b)
	s.Execute(context.Background(), engineRequest("import \"fmt\"\nfunc helper() {}\nvalue := 1"), recOutput{&recorder{}})
	for _, code := range []string{"fmt.Pr", "hel", "strings.Sp"} {
		b.Run(code, func(b *testing.B) {
			for b.Loop() {
				s.Complete(context.Background(), code, len(code))
			}
		})
	}
}

// BenchmarkExecute measures a trivial cell in the session.
func BenchmarkExecute(b *testing.B) {
	s := newSession(b)
	for b.Loop() {
		s.Execute(context.Background(), engineRequest("1+1"), recOutput{&recorder{}})
	}
}

// BenchmarkTypedRewrite measures the go/types pass a chunk with a range
// loop gets, in a session that declared 40 functions and types: against a
// cell with no loop (BenchmarkTypedRewrite/none) it is the cost of the
// type check.
func BenchmarkTypedRewrite(b *testing.B) {
	s := newSession(b)
	s.Execute(context.Background(), engineRequest("import (\"fmt\"; \"strings\"; \"sort\")"), recOutput{&recorder{}})
	for i := range 20 {
		code := fmt.Sprintf("type T%d struct{ A, B int; S string }\nfunc (t T%d) String() string { return fmt.Sprint(t.A, strings.ToUpper(t.S)) }\nfunc f%d(xs []T%d) int { sort.Slice(xs, func(i, j int) bool { return xs[i].A < xs[j].A }); return len(xs) }", i, i, i, i)
		if res := s.Execute(context.Background(), engineRequest(code), recOutput{&recorder{}}); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
	s.Execute(context.Background(), engineRequest("xs := []int{1, 2, 3}"), recOutput{&recorder{}})
	for _, c := range []struct{ name, code string }{
		{"none", "n := 0\nn += len(xs)"},
		{"range", "n := 0\nfor _, x := range xs { n += x }"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				s.Execute(context.Background(), engineRequest(c.code), recOutput{&recorder{}})
			}
		})
	}
}

// BenchmarkPrintLoop measures the bench's throughput cell in the session
// alone: 100,000 fmt.Print calls of a 100-byte line, into a writer that
// counts them (as the session process's writer, it takes strings).
func BenchmarkPrintLoop(b *testing.B) {
	s := newSession(b)
	s.Execute(context.Background(), engineRequest("import (\"fmt\"; \"strings\")\nline := strings.Repeat(\"x\", 99) + \"\\n\""), recOutput{&recorder{}})
	b.SetBytes(100 * 100_000)
	out := &countOutput{recOutput{&recorder{}}, 0}
	for b.Loop() {
		if res := s.Execute(context.Background(), engineRequest("for i := 0; i < 100000; i++ { fmt.Print(line) }"), out); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
	if out.n != int64(b.N)*100*100_000 {
		b.Fatalf("%d bytes written, want %d", out.n, b.N*100*100_000)
	}
}

// countOutput counts the bytes written to its stdout.
type countOutput struct {
	recOutput
	n int64
}

func (o *countOutput) Stdout() io.Writer { return countWriter{&o.n} }

type countWriter struct{ n *int64 }

func (w countWriter) Write(p []byte) (int, error) {
	atomic.AddInt64(w.n, int64(len(p)))
	return len(p), nil
}

func (w countWriter) WriteString(s string) (int, error) {
	atomic.AddInt64(w.n, int64(len(s)))
	return len(s), nil
}

// BenchmarkFibCell measures the bench's compute cell: a recursive fib
// declared and called in one cell (compiled by package native).
func BenchmarkFibCell(b *testing.B) {
	s := newSession(b)
	for b.Loop() {
		if res := s.Execute(context.Background(), engineRequest("func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\nfib(27)"), recOutput{&recorder{}}); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
}
