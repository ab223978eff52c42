package interp

import (
	"strings"
	"testing"
)

// Classes found by the probe-o programs (interp/testdata/fidelity:
// blog_iter2, aoc_parse, fmt_layouts, sort_search, textscan), each with
// small programs of its own, run as cells of one session.

// probeCells runs cells in one new session and returns what they printed;
// an error of any cell fails the test.
func probeCells(t *testing.T, cells ...string) string {
	t.Helper()
	s := newSession(t)
	var out strings.Builder
	for i, c := range cells {
		res, rec := run(t, s, c)
		out.WriteString(rec.out())
		if res.Err != nil {
			t.Fatalf("cell %d: %s: %s\noutput: %q", i+1, res.Err.Name, res.Err.Value, out.String())
		}
	}
	return out.String()
}

// A cell's function used as a value of a compiled package's named
// function type (bufio.SplitFunc, http.HandlerFunc, fs.WalkDirFunc) without
// a conversion: a variable, a field, a map or slice element, an argument
// of a cell's function. yaegi failed with "reflect.Set: value of type
// *interp.node is not assignable to type bufio.SplitFunc".
func TestFidProbeONamedCompiledFuncTypes(t *testing.T) {
	decls := `import (
	"bufio"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

func commas(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func tokens(split bufio.SplitFunc, s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func hello(w http.ResponseWriter, r *http.Request) {}

func logged(next http.HandlerFunc) http.HandlerFunc { return next }

func skipAll(path string, d fs.DirEntry, err error) error { return fs.SkipAll }

type Config struct {
	Name  string
	Split bufio.SplitFunc
}`
	stmts := []string{
		`var f bufio.SplitFunc = commas
fmt.Println(tokens(f, "a,b,c"))`,
		`c := Config{Name: "csv", Split: commas}
fmt.Println(c.Name, tokens(c.Split, "x,y"))`,
		`splitters := map[string]bufio.SplitFunc{"commas": commas, "words": bufio.ScanWords}
fmt.Println(tokens(splitters["commas"], "1,2"), tokens(splitters["words"], "3 4"))`,
		`list := []bufio.SplitFunc{bufio.ScanLines, commas}
fmt.Println(len(tokens(list[1], "p,q,r")))`,
		`fmt.Println(tokens(commas, "only"))`,
		`h := logged(hello)
fmt.Printf("%T %v\n", h, h != nil)`,
		`var walk fs.WalkDirFunc = skipAll
fmt.Println(walk(".", nil, nil) == fs.SkipAll)`,
	}
	want := "[a b c]\ncsv [x y]\n[1 2] [3 4]\n3\n[only]\nhttp.HandlerFunc true\ntrue\n"
	whole := decls + "\n\nfunc main() {\n" + strings.Join(stmts, "\n") + "\n}\n"
	if got := probeCells(t, whole, "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, append([]string{decls}, stmts...)...); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}
