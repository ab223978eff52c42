package interp

import (
	"strings"
	"testing"
)

// A value of a cell's type held in an error or a fmt.Stringer, printed
// with a verb that does not call Error or String (%d, %f, %t), prints the
// value as Go does, not the fields of the interpreter's wrapper of it.
func TestFidProbelNumericVerbOfHeldValue(t *testing.T) {
	decls := "import \"fmt\"\n" +
		"type Err struct{ Code int }\nfunc (e *Err) Error() string { return fmt.Sprintf(\"err code %d\", e.Code) }\n" +
		"type V struct{ A, B int }\nfunc (v V) String() string { return \"V!\" }\n" +
		"type N int\nfunc (n N) Error() string { return \"N!\" }\n"
	cases := []struct{ name, code, want string }{
		{"pointer in an error", "var e error = &Err{404}\nfmt.Printf(\"%v|%d|%+v\\n\", e, e, e)", "err code 404|&{404}|err code 404\n"},
		{"struct value in a Stringer", "var s fmt.Stringer = V{1, 2}\nfmt.Printf(\"%s|%d|%x\\n\", s, s, s)", "V!|{1 2}|5621\n"},
		{"basic value in an error", "var n error = N(3)\nfmt.Printf(\"%v|%03d|%b\\n\", n, n, n)", "N!|003|11\n"},
		{"in a function", "func show(err error) string { return fmt.Sprintf(\"%d\", err) }\nfmt.Println(show(&Err{7}))", "&{7}\n"},
		{"an error kept in an any", "var e error = &Err{404}\nvar x any = e\nfmt.Printf(\"%v|%d|%d\\n\", x, x, any(N(5)))", "err code 404|&{404}|5\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cells := []string{decls}
			cells = append(cells, strings.Split(c.code, "\n#--\n")...)
			if got := runCellSeq(t, cells); got != c.want {
				t.Errorf("printed %q, want %q", got, c.want)
			}
		})
	}
}

// A floating-point or complex value divided by a constant zero gives
// Go's infinities and NaN, where the interpreter refused to compile it.
func TestFidProbelDivisionByConstantZero(t *testing.T) {
	cells := []string{
		"import (\n\t\"fmt\"\n\t\"math/cmplx\"\n)",
		"const zero = 0.0",
		"z := complex(3, 4)\nf, g := 2.5, float32(-1)\nfmt.Println(z/0, cmplx.IsInf(z/0), f/0, g/zero, 0/f)",
		"func ratio(a, b float64) float64 {\n\tif b == 0 {\n\t\treturn a / 0\n\t}\n\treturn a / b\n}\nfmt.Println(ratio(1, 0), ratio(-1, 0), ratio(0, 0) != ratio(0, 0))",
	}
	want := "(+Inf+Infi) true +Inf -Inf 0\n+Inf -Inf true\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A type switch's case fmt.Stringer (or error) over an empty interface
// matches a pointer to a cell's struct whose String has a value receiver,
// as Go's method sets say; it fell through to the default case.
func TestFidProbelInterfaceCaseOfPointer(t *testing.T) {
	cells := []string{
		"import \"fmt\"",
		"type Version struct{ Major, Minor int }\nfunc (v Version) String() string { return fmt.Sprintf(\"v%d.%d\", v.Major, v.Minor) }",
		"type Code struct{ N int }\nfunc (c Code) Error() string { return fmt.Sprint(\"code \", c.N) }",
		"func show(v any) string {\n\tswitch x := v.(type) {\n\tcase error:\n\t\treturn \"E:\" + x.Error()\n\tcase fmt.Stringer:\n\t\treturn \"S:\" + x.String()\n\tdefault:\n\t\treturn fmt.Sprint(\"other \", x)\n\t}\n}",
		"fmt.Println(show(Version{1, 2}), show(&Version{3, 4}), show(&Code{5}), show(Code{6}), show(7))",
	}
	want := "S:v1.2 S:v3.4 E:code 5 E:code 6 other 7\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A function declared in a cell before the types it meets (as a notebook
// runs a program's declarations one per cell) prints a value of a later
// cell's struct type through its String or Error method, and asserts it
// to fmt.Stringer or error as Go does; it printed the interpreter's pair
// of value and type ({0xc000… {…}}) and String panicked.
func TestFidProbelTypesDeclaredLater(t *testing.T) {
	cells := []string{
		"import \"fmt\"",
		"func show(items ...any) {\n\tfor _, it := range items {\n\t\tfmt.Println(it)\n\t\tfmt.Printf(\"%v|%s|%d\\n\", it, it, it)\n\t}\n}",
		"func desc(v any) string {\n\tif s, ok := v.(fmt.Stringer); ok {\n\t\treturn \"S:\" + s.String()\n\t}\n\treturn \"plain\"\n}",
		"func all(xs ...any) { fmt.Println(xs); fmt.Println(xs...); fmt.Printf(\"%v %s\\n\", xs...) }",
		"func kind(v any) string {\n\tswitch x := v.(type) {\n\tcase error:\n\t\treturn \"E:\" + x.Error()\n\tcase fmt.Stringer:\n\t\treturn \"S:\" + x.String()\n\t}\n\treturn \"other\"\n}",
		"type Version struct{ Major, Minor int }",
		"func (v Version) String() string { return fmt.Sprintf(\"v%d.%d\", v.Major, v.Minor) }",
		"type Fail struct{ Code int }\nfunc (f *Fail) Error() string { return fmt.Sprint(\"fail \", f.Code) }",
		"type Plain struct{ A int }\nfunc (p Plain) Area() int { return p.A }",
		"show(Version{1, 2}, &Fail{3}, Plain{4})",
		"fmt.Println(desc(Version{5, 6}), desc(&Version{7, 8}), desc(Plain{9}), desc(&Fail{1}))",
		"fmt.Println(kind(Version{1, 0}), kind(&Fail{2}), kind(Fail{3}), kind(Plain{4}), kind(5))",
		"all(Version{2, 1}, &Fail{4})",
	}
	want := "v1.2\nv1.2|v1.2|{1 2}\nfail 3\nfail 3|fail 3|&{3}\n{4}\n{4}|{%!s(int=4)}|{4}\n" +
		"S:v5.6 S:v7.8 plain plain\n" +
		"S:v1.0 E:fail 2 other other other\n" +
		"[v2.1 fail 4]\nv2.1 fail 4\nv2.1 fail 4\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A float literal beside a compiled package's constant (2.0 * math.Pi,
// math.Pi > 3.0) computes what Go computes, where the interpreter refused
// it ("mismatched types untyped float and untyped float64").
func TestFidProbelFloatLiteralWithPackageConstant(t *testing.T) {
	cells := []string{
		"import (\n\t\"fmt\"\n\t\"math\"\n)",
		"func sphere(r float64) float64 { return 4.0 / 3 * math.Pi * r * r * r }",
		"const c = 2.0 - math.Pi\nvar f float32 = 2.0 * math.Pi",
		"fmt.Println(2.0-math.Pi, 2.0/math.Pi, math.Pi*0.5, math.Pi > 3.0, c, f, sphere(2))",
	}
	want := "-1.1415926535897933 0.6366197723675814 1.5707963267948966 true -1.1415926535897933 6.2831855 33.51032163829113\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// An Errorf helper declared before the error type it wraps (args...)
// wraps it with %w as Go does: the message and errors.As find it; %w
// printed the interpreter's pair of value and type.
func TestFidProbelErrorfHelperBeforeType(t *testing.T) {
	cells := []string{
		"import (\n\t\"errors\"\n\t\"fmt\"\n)",
		"func wrapf(format string, args ...any) error { return fmt.Errorf(\"ctx: \"+format, args...) }",
		"type NotFound struct{ Key string }\nfunc (e *NotFound) Error() string { return \"not found: \" + e.Key }",
		"err := wrapf(\"lookup %q: %w\", \"k1\", &NotFound{\"k1\"})\nvar nf *NotFound\nfmt.Println(err, errors.As(err, &nf), nf.Key)",
	}
	want := "ctx: lookup \"k1\": not found: k1 true k1\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// %#v of a []any or map[string]any holding values of the cells' struct
// types names them main.T, as Go does, not by the interpreter's struct.
func TestFidProbelGoSyntaxOfHeldStructs(t *testing.T) {
	cells := []string{
		"import \"fmt\"",
		"type Point struct{ X, Y int }",
		"type Tag struct{ Name string }",
		"fmt.Printf(\"%#v\\n\", []any{1, Point{1, 2}, nil})",
		"m := map[string]any{\"p\": Point{3, 4}, \"t\": []any{Tag{\"b\"}}}\nfmt.Printf(\"%#v\\n\", m)",
	}
	want := "[]interface {}{1, main.Point{X:1, Y:2}, interface {}(nil)}\n" +
		"map[string]interface {}{\"p\":main.Point{X:3, Y:4}, \"t\":[]interface {}{main.Tag{Name:\"b\"}}}\n"
	if got := runCellSeq(t, cells); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
