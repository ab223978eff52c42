package interp

import (
	"context"
	"testing"
)

// BenchmarkComplete measures a typical completion request (target: well
// under 20 ms).
func BenchmarkComplete(b *testing.B) {
	s, err := NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
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
	s, err := NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		s.Execute(context.Background(), engineRequest("1+1"), recOutput{&recorder{}})
	}
}
