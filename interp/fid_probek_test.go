package interp

import (
	"strings"
	"testing"
)

// runCellSeq runs cells in one session and returns what they printed.
func runCellSeq(t *testing.T, cells []string) string {
	t.Helper()
	s := newSession(t)
	var out string
	for _, code := range cells {
		res, rec := run(t, s, code)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s\noutput: %q", code, res.Err.Name, res.Err.Value, rec.out())
		}
		out += rec.out()
	}
	return out
}

// A variable of a standard generic type (atomic.Pointer[T],
// unique.Handle[T]) declared in one cell keeps its type in the next: %+v
// of the value it holds names the fields as written, not as yaegi renamed
// them (Xversion).
func TestFidProbekStdGenericAcrossCells(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string
	}{
		{"atomic.Pointer, %+v of the loaded value", []string{
			"import (\n\t\"fmt\"\n\t\"sync/atomic\"\n)",
			"type snapshot struct {\n\tversion int\n\tname    string\n}",
			"var p atomic.Pointer[snapshot]",
			"p.Store(&snapshot{1, \"first\"})\nprev := p.Swap(&snapshot{2, \"second\"})\nfmt.Printf(\"prev=%+v now=%+v\\n\", *prev, *p.Load())",
			"fmt.Printf(\"%+v\\n\", p.Load())",
		}, "prev={version:1 name:first} now={version:2 name:second}\n&{version:2 name:second}\n"},
		{"unique.Handle, %+v of its value", []string{
			"import (\n\t\"fmt\"\n\t\"unique\"\n)",
			"type key struct{ user, region string }",
			"h := unique.Make(key{\"ann\", \"eu\"})",
			"fmt.Printf(\"%+v %v\\n\", h.Value(), h == unique.Make(key{\"ann\", \"eu\"}))",
		}, "{user:ann region:eu} true\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runCellSeq(t, c.cells); got != c.want {
				t.Errorf("printed %q, want %q", got, c.want)
			}
		})
	}
}

// A func kept in a slice (or map, pointer) field of the struct it takes
// runs (rewrite/selffuncfields.go): the interpreter lost the func's
// parameter type and the call failed deep in reflect, then gopad refused
// it. The spelling the refusal suggested runs too.
func TestFidProbekSelfFuncFields(t *testing.T) {
	fire := "func main() {\n\to := &Order{ID: \"a\"}\n\to.add(func(o *Order, n int) { fmt.Println(\"hook\", o.ID, n) })\n\to.fire(3)\n}\nmain()\n"
	for _, field := range []string{"hooks []func(o *Order, n int)", "hooks map[int]func(*Order, int)"} {
		code := "import \"fmt\"\ntype Order struct {\n\tID string\n\t" + field + "\n}\n" +
			"func (o *Order) add(f func(*Order, int)) {\n\tif o.hooks == nil {\n\t\to.hooks = make(" + field[len("hooks "):] + ")\n\t}\n" +
			"\to.hooks[len(o.hooks)] = f\n}\n"
		if field[6] == '[' {
			code = strings.Replace(code, "\to.hooks[len(o.hooks)] = f", "\to.hooks = append(o.hooks, f)", 1)
			code = strings.Replace(code, "make([]func(o *Order, n int))", "nil", 1)
		}
		code += "func (o *Order) fire(n int) {\n\tfor _, h := range o.hooks {\n\t\th(o, n)\n\t}\n}\n" + fire
		s := newSession(t)
		res, rec := run(t, s, code)
		if res.Err != nil {
			t.Errorf("%s: stopped: %s (printed %q)", field, res.Err.Value, rec.out())
			continue
		}
		if got := rec.out(); got != "hook a 3\n" {
			t.Errorf("%s: printed %q, want %q", field, got, "hook a 3\n")
		}
	}
	got := runCellSeq(t, []string{"import \"fmt\"\ntype hook struct{ fn func(o *Order, n int) }\ntype Order struct {\n\tID    string\n\thooks []*hook\n}",
		"o := &Order{ID: \"a\"}\no.hooks = append(o.hooks, &hook{func(o *Order, n int) { fmt.Println(\"hook\", o.ID, n) }})\nfor _, h := range o.hooks {\n\th.fn(o, 3)\n}"})
	if got != "hook a 3\n" {
		t.Errorf("the suggested spelling printed %q, want %q", got, "hook a 3\n")
	}
}

// A deferred call's constant arguments (nil, -1, 2*3, a named constant)
// are passed as Go passes them, converted to the parameter's type: taking
// them into variables at the defer statement gave them their default type
// (nil: "use of untyped nil", a compile panic in a function; -1: an int
// for a float64 parameter). Variables are still taken at the defer.
func TestFidProbekDeferConstArgs(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string
	}{
		{"nil cause at the top level", []string{"import (\n\t\"context\"\n\t\"fmt\"\n)",
			"ctx, cancel := context.WithCancelCause(context.Background())\ndefer cancel(nil)\nfmt.Println(ctx.Err())",
			"fmt.Println(ctx.Err(), context.Cause(ctx))"}, "<nil>\ncontext canceled context canceled\n"},
		{"nil arguments in a function", []string{"import \"fmt\"",
			"func done(err error, m map[string]int) { fmt.Println(\"done\", err, m == nil) }\nfunc main() {\n\tdefer done(nil, nil)\n\tfmt.Println(\"body\")\n}\nmain()"},
			"body\ndone <nil> true\n"},
		{"untyped constants for a float parameter", []string{"import \"fmt\"", "const limit = 5",
			"func set(r float64) { fmt.Println(\"rate\", r) }\nfunc main() {\n\tconst half = 0.5\n\tdefer set(-1)\n\tdefer set(2 * 3)\n\tdefer set(limit)\n\tdefer set(half + limit)\n\tfmt.Println(\"body\")\n}\nmain()"},
			"body\nrate 5.5\nrate 5\nrate 6\nrate -1\n"},
		{"a variable shadowing a constant is taken at the defer", []string{"import \"fmt\"", "const n = 5",
			"func show(v int) { fmt.Println(\"v\", v) }\nfunc main() {\n\tn := 1\n\tdefer show(n)\n\tdefer show(-n)\n\tn = 2\n\tfmt.Println(\"body\", n)\n}\nmain()"},
			"body 2\nv -1\nv 1\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runCellSeq(t, c.cells); got != c.want {
				t.Errorf("printed %q, want %q", got, c.want)
			}
		})
	}
}

// An iterator of the standard library over the cells' types
// (slices.Values of a []Cents or a []Entry) can be passed to a cell's
// function taking an iter.Seq of that type, ranged over and collected:
// the stand-in's any failed in reflect.Set.
func TestFidProbekStdIteratorOfCellTypes(t *testing.T) {
	decls := "import (\n\t\"fmt\"\n\t\"iter\"\n\t\"slices\"\n)\ntype Cents int64\ntype Entry struct{ Amount Cents }\n" +
		"func Amounts(seq iter.Seq[Entry]) iter.Seq[Cents] {\n\treturn func(yield func(Cents) bool) {\n\t\tfor e := range seq {\n\t\t\tif !yield(e.Amount) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\n" +
		"func Sum[T ~int64 | ~float64](seq iter.Seq[T]) T {\n\tvar s T\n\tfor v := range seq {\n\t\ts += v\n\t}\n\treturn s\n}"
	got := runCellSeq(t, []string{decls, "es := []Entry{{5}, {7}}",
		"fmt.Println(slices.Collect(Amounts(slices.Values(es))))\nfmt.Println(Sum(Amounts(slices.Values(es))), Sum(slices.Values([]Cents{1, 2})))",
		"seq := slices.Values(es)\nfor e := range Amounts(seq) {\n\tfmt.Print(e, \" \")\n}\nfmt.Println()"})
	if want := "[5 7]\n12 3\n5 7 \n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
