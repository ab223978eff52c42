package interp

// Fuzz targets for the parts of the session that see every keystroke of a
// user (is_complete, complete, inspect) and every cell (splitCell): they
// must never panic. Seed inputs live in testdata/fuzz/FuzzXxx; run one with
//
//	go test -run '^$' -fuzz '^FuzzComplete$' -fuzztime 30s ./interp

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

var fuzzSession struct {
	once sync.Once
	s    *Session
	err  error
}

// sharedSession returns one session for all fuzz inputs of a process, with
// a few cells run so that completion also sees declared names, variables
// of cell types and an imported package.
func sharedSession(t *testing.T) *Session {
	fuzzSession.once.Do(func() {
		s, err := NewDefault()
		if err != nil {
			fuzzSession.err = err
			return
		}
		for _, code := range []string{
			`import "strings"`,
			"type T struct{ A int; b string }\nfunc (t T) M() int { return t.A }",
			"var t = T{A: 1}\nx := 42\nconst c = \"é\"",
			"func f(a int) int { return a * 2 }",
		} {
			r := s.Execute(context.Background(), engine.Request{Code: code}, recOutput{&recorder{}})
			if r.Err != nil {
				fuzzSession.err = errString(r.Err.Name + ": " + r.Err.Value)
				return
			}
		}
		fuzzSession.s = s
	})
	if fuzzSession.err != nil {
		t.Fatal(fuzzSession.err)
	}
	return fuzzSession.s
}

type errString string

func (e errString) Error() string { return string(e) }

var fuzzSeeds = []string{
	"", " ", "\n", "fmt.", "fmt.Pri", "strings.Rep", "x", "t.", "t.M", "f(", "f(x", "T{", "c",
	"for i := 0; i < 3; i++ {", "func g() {\n\treturn\n", "`raw", "/* open", "\"unterminated",
	"x :=", "a +\n", "}", ")", "é", "日本語.", "x.\xff", "\xff\xfe", "import \"fmt\"\nfmt.Println(1)",
	"package main\nfunc main() {}", "type S struct{}\nfunc (S) m() {}", "var m map[string]int\nm[\"a\"] = 1",
	"func (", "func (s S", "func (s S) M(", "if x {} else {", "switch {\ncase true:", "go func() {}()",
	"'a", "'", "0x", "1e", "..", "...", "<-", "//", "import (", "import \"", "x.y.z.", "_.", "__",
}

// clamp maps any int to a cursor position in [0, n], as the kernel does
// with a client's cursor_pos before asking the engine.
func clamp(cursor, n int) int {
	if cursor < 0 || cursor > n {
		return n
	}
	return cursor
}

func FuzzIsComplete(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		status, indent := source.IsComplete(code)
		switch status {
		case "complete", "invalid":
			if indent != "" {
				t.Fatalf("source.IsComplete(%q) = %q with indent %q", code, status, indent)
			}
		case "incomplete":
		default:
			t.Fatalf("source.IsComplete(%q) = unknown status %q", code, status)
		}
		if strings.Trim(indent, "\t") != "" {
			t.Fatalf("source.IsComplete(%q): indent %q is not tabs", code, indent)
		}
	})
}

func FuzzComplete(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, utf8.RuneCountInString(s))
		f.Add(s, i%4)
	}
	f.Fuzz(func(t *testing.T, code string, cursor int) {
		s := sharedSession(t)
		n := utf8.RuneCountInString(code)
		cursor = clamp(cursor, n)
		c := completeAt(s, code, cursor)
		if !(0 <= c.CursorStart && c.CursorStart <= c.CursorEnd && c.CursorEnd <= n) {
			t.Fatalf("complete(%q, %d): cursor_start %d, cursor_end %d, %d runes", code, cursor, c.CursorStart, c.CursorEnd, n)
		}
		for _, m := range c.Matches {
			if m == "" {
				t.Fatalf("complete(%q, %d): empty match in %q", code, cursor, c.Matches)
			}
		}
		if len(c.Types) != 0 && len(c.Types) != len(c.Matches) {
			t.Fatalf("complete(%q, %d): %d types for %d matches", code, cursor, len(c.Types), len(c.Matches))
		}
	})
}

func FuzzInspect(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, utf8.RuneCountInString(s), i%2)
		f.Add(s, i%3, 0)
	}
	f.Fuzz(func(t *testing.T, code string, cursor, detail int) {
		s := sharedSession(t)
		cursor = clamp(cursor, utf8.RuneCountInString(code))
		in := inspectAt(s, code, cursor, detail)
		if in.Found {
			if text, _ := in.Data["text/plain"].(string); text == "" {
				t.Fatalf("inspect(%q, %d): found, but no text/plain", code, cursor)
			}
		}
	})
}

func FuzzSplitCell(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("x := 1\nfunc f() {}\ny := f\nimport \"os\"\ntype T int")
	f.Add("for i := 0; i < 3; i++ { fmt.Println(i) }; var a = 1; a++")
	f.Fuzz(func(t *testing.T, code string) {
		c, err := source.Split(code)
		if err != nil {
			if c != nil {
				t.Fatalf("Split(%q) returned a cell and an error %v", code, err)
			}
			return
		}
		rest := code
		for i, ch := range c.Chunks {
			if ch.Src == "" {
				t.Fatalf("Split(%q): chunk %d is empty", code, i)
			}
			j := strings.Index(rest, ch.Src)
			if j < 0 {
				t.Fatalf("Split(%q): chunk %d %q is not in the input after the chunk before it", code, i, ch.Src)
			}
			rest = rest[j+len(ch.Src):]
			if ch.Line < 1 || ch.Col < 1 {
				t.Fatalf("Split(%q): chunk %d at %d:%d", code, i, ch.Line, ch.Col)
			}
		}
	})
}
