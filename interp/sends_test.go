package interp

import (
	"strings"
	"testing"
)

// TestSends checks sends the interrupt's rewrite turns into select cases:
// constants on channels of other types than int, and values computed with
// a receive, inside and outside functions.
func TestSends(t *testing.T) {
	cases := []struct{ code, want string }{
		{"ch := make(chan float64, 1)\nch <- 1\nfmt.Println(<-ch)", "1"},
		{"type Celsius float64\ncc := make(chan Celsius, 1)\ncc <- 20\nfmt.Println(<-cc)", "20"},
		{"bc := make(chan byte, 1)\nbc <- 'a'\nfmt.Println(<-bc)", "97"},
		{"ac := make(chan any, 1)\nac <- 5\nfmt.Printf(\"%T\\n\", <-ac)", "int"},
		{"func send(ch chan<- uint8) { ch <- 200 }\nch := make(chan uint8, 1)\nsend(ch)\nfmt.Println(<-ch)", "200"},
		{"ch := make(chan float64, 1)\nselect {\ncase ch <- 2.5:\ndefault:\n}\nfmt.Println(<-ch)", "2.5"},
		{"in, out := make(chan uint64, 1), make(chan uint64, 1)\nvar f uint64 = 3\nin <- 2\nout <- f * <-in\nfmt.Println(<-out)", "6"},
		{"type T chan uint64\nfunc M(f uint64) (in, out T) {\n\tin, out = make(T, 1), make(T, 1)\n\tgo func() {\n\t\tfor {\n\t\t\tout <- f * <-in\n\t\t}\n\t}()\n\treturn\n}\nin, out := M(5)\nin <- 2\nfmt.Println(<-out)", "10"},
	}
	for _, c := range cases {
		s := newSession(t)
		res, rec := run(t, s, "import \"fmt\"\n"+c.code)
		if got := strings.TrimSpace(rec.out()); res.Err != nil || got != c.want {
			t.Errorf("%s\nprinted %q, err %v; want %s", c.code, got, res.Err, c.want)
		}
	}
}

// TestNilSends checks nil sent on channels of interfaces and pointers, also
// from a goroutine (where a failed send ended the session process).
func TestNilSends(t *testing.T) {
	s := newSession(t)
	code := "import \"fmt\"\nerrc := make(chan error, 2)\ngo func() { errc <- nil }()\nfmt.Println(<-errc)\npc := make(chan *int, 1)\npc <- nil\nfmt.Println(<-pc == nil)"
	res, rec := run(t, s, code)
	if got := strings.TrimSpace(rec.out()); res.Err != nil || got != "<nil>\ntrue" {
		t.Errorf("printed %q, err %v; want <nil> and true", got, res.Err)
	}
}
