package interp

import (
	"strings"
	"testing"
)

// TestNestedInstantiation checks generic types instantiated with other
// generic types, declared in the cell that uses them or in an earlier one.
func TestNestedInstantiation(t *testing.T) {
	const decls = "import \"fmt\"\n" +
		"type Stack[T any] struct{ items []T }\n" +
		"func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n" +
		"func (s *Stack[T]) Pop() T { v := s.items[len(s.items)-1]; s.items = s.items[:len(s.items)-1]; return v }\n" +
		"type Pair[K comparable, V any] struct { Key K; Val V }\n" +
		"func (p Pair[K, V]) String() string { return fmt.Sprintf(\"%v=%v\", p.Key, p.Val) }\n"
	const use = "func main() {\n\tvar st Stack[Pair[string, int]]\n\tst.Push(Pair[string, int]{\"b\", 2})\n\tm := map[string]Stack[Pair[int, bool]]{}\n\ts2 := m[\"x\"]\n\ts2.Push(Pair[int, bool]{1, true})\n\ttop := st.Pop()\n\tfmt.Println(top.Key, top, s2.Pop())\n}\nmain()"
	for _, cells := range [][]string{{decls + use}, {decls, use}} {
		s := newSession(t)
		var out string
		for _, c := range cells {
			res, rec := run(t, s, c)
			if res.Err != nil {
				t.Fatalf("%s\n: %v", c, res.Err)
			}
			out = rec.out()
		}
		if got := strings.TrimSpace(out); got != "b b=2 1=true" {
			t.Errorf("%d cells: printed %q, want \"b b=2 1=true\"", len(cells), got)
		}
	}
}
