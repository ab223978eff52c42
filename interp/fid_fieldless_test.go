package interp

import (
	"strings"
	"testing"
)

// Struct types without fields (type NotFound struct{}) are all struct{}
// at run time in yaegi; inside an error or a fmt.Stringer only their name
// tells them apart. These tests run each program whole (one cell with
// func main) and split into cells, as a notebook would.

// fieldlessDecls declares two field-less error types, one with pointer
// methods, and two field-less Stringers.
var fieldlessDecls = []string{
	"import (\n\t\"errors\"\n\t\"fmt\"\n)",
	"type NotFound struct{}",
	"func (NotFound) Error() string { return \"not found\" }",
	"type Other struct{}",
	"func (Other) Error() string { return \"other\" }",
	"type Forbidden struct{}",
	"func (*Forbidden) Error() string { return \"forbidden\" }",
	"type English struct{}",
	"func (English) String() string { return \"hello\" }",
	"type French struct{}",
	"func (French) String() string { return \"bonjour\" }",
	"func find(k string) error {\n\tswitch k {\n\tcase \"a\":\n\t\treturn NotFound{}\n\tcase \"b\":\n\t\treturn Other{}\n\tcase \"f\":\n\t\treturn &Forbidden{}\n\tcase \"w\":\n\t\treturn fmt.Errorf(\"wrapped: %w\", NotFound{})\n\t}\n\treturn nil\n}",
	"func kind(err error) string {\n\tswitch err.(type) {\n\tcase nil:\n\t\treturn \"nil\"\n\tcase Other:\n\t\treturn \"Other\"\n\tcase NotFound:\n\t\treturn \"NotFound\"\n\tcase *Forbidden:\n\t\treturn \"*Forbidden\"\n\t}\n\treturn \"default\"\n}",
}

// runWholeAndSplit runs decls and body (main's statements) as one program
// and as cells, and checks both print want.
func runWholeAndSplit(t *testing.T, decls []string, body []string, want string) {
	t.Helper()
	whole := "package main\n\n" + strings.Join(decls, "\n\n") + "\n\nfunc main() {\n" + strings.Join(body, "\n") + "\n}\n"
	if got := runCellSeq(t, []string{whole}); got != want {
		t.Errorf("whole: printed\n%s\nwant\n%s", got, want)
	}
	if got := runCellSeq(t, append(append([]string{}, decls...), body...)); got != want {
		t.Errorf("split: printed\n%s\nwant\n%s", got, want)
	}
}

// err.(T), comma-ok, and a type switch on an error tell NotFound{} from
// Other{} (they answered false, or took one for the other, silently).
func TestFidFieldlessErrorAssertions(t *testing.T) {
	body := []string{
		"for _, k := range []string{\"a\", \"b\", \"f\", \"w\", \"z\"} {\n\terr := find(k)\n\t_, isNF := err.(NotFound)\n\t_, isO := err.(Other)\n\t_, isF := err.(*Forbidden)\n\tfmt.Println(k, kind(err), isNF, isO, isF)\n}",
		"var e error = Other{}\nnf, ok := e.(NotFound)\nfmt.Println(nf, ok)",
		"var y any = e\n_, ok1 := y.(Other)\n_, ok2 := y.(NotFound)\nfmt.Println(ok1, ok2)",
	}
	want := "a NotFound true false false\nb Other false true false\nf *Forbidden false false true\n" +
		"w default false false false\nz nil false false false\nnot found false\ntrue false\n"
	runWholeAndSplit(t, fieldlessDecls, body, want)
}

// errors.As with a field-less target, errors.Is with a field-less sentinel
// and == between errors and such values answer as Go does.
func TestFidFieldlessErrorsAsIs(t *testing.T) {
	body := []string{
		"for _, k := range []string{\"a\", \"b\", \"w\", \"z\"} {\n\terr := find(k)\n\tvar nf NotFound\n\tvar o Other\n\tfmt.Println(k, errors.As(err, &nf), errors.As(err, &o), errors.Is(err, NotFound{}), errors.Is(err, Other{}))\n\tfmt.Println(err == NotFound{}, err != Other{}, err == error(Other{}))\n}",
	}
	want := "a true false true false\ntrue true false\nb false true false true\nfalse false true\n" +
		"w true false true false\nfalse true false\nz false false false false\nfalse true false\n"
	runWholeAndSplit(t, fieldlessDecls, body, want)
}

// %T, %v, %+v and %#v of a field-less value inside an error or a
// fmt.Stringer print its type's name.
func TestFidFieldlessPrinting(t *testing.T) {
	body := []string{
		"err := find(\"a\")\nfmt.Printf(\"%T|%v|%+v|%#v\\n\", err, err, err, err)",
		"var s fmt.Stringer = French{}\nfmt.Printf(\"%T|%v|%+v|%#v\\n\", s, s, s, s)",
	}
	want := "main.NotFound|not found|not found|main.NotFound{}\nmain.French|bonjour|bonjour|main.French{}\n"
	runWholeAndSplit(t, fieldlessDecls, body, want)
}

// A type switch and assertions on a fmt.Stringer; a failed single-valued
// assertion panics with Go's run-time error.
func TestFidFieldlessStringer(t *testing.T) {
	body := []string{
		"var s fmt.Stringer = French{}\nswitch v := s.(type) {\ncase English:\n\tfmt.Println(\"english\", v)\ncase French:\n\tfmt.Println(\"french\", v)\n}",
		"_, isE := s.(English)\nfmt.Println(isE, s == English{}, s == French{})",
		"func() {\n\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n\te := s.(English)\n\tfmt.Println(\"no panic\", e)\n}()",
	}
	want := "french bonjour\nfalse false true\nrecovered: interface conversion: fmt.Stringer is main.French, not main.English\n"
	runWholeAndSplit(t, fieldlessDecls, body, want)
}

// A bare struct{} in an any, and two any values compared (one of them
// reaches the comparison as a bare struct{}), answer as Go does: every
// field-less struct type of the cells keeps its type beside its values
// (rewrite's keptTypes), so a bare struct{} is a struct{}. (gopad refused
// both before.)
func TestFidFieldlessBareAnswers(t *testing.T) {
	sayers := []string{"type Sayer interface{ Say() string }", "type Dog struct{}", "func (Dog) Say() string { return \"w\" }",
		"type Cat struct{}", "func (Cat) Say() string { return \"m\" }"}
	cases := []struct {
		name  string
		decls []string
		code  string
	}{
		{"bare struct{} in any", nil, "var x any = struct{}{}\n_, ok := x.(NotFound)\nfmt.Println(ok)"},
		{"any ==", sayers, "var x any = Dog{}\nfmt.Println(x == any(Cat{}))"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			for _, d := range append(append([]string{}, fieldlessDecls[:3]...), c.decls...) {
				if res, _ := run(t, s, d); res.Err != nil {
					t.Fatalf("%q: %s", d, res.Err.Value)
				}
			}
			res, rec := run(t, s, c.code)
			if res.Err != nil || rec.out() != "false\n" {
				t.Fatalf("got output %q and error %v, want Go's false", rec.out(), res.Err)
			}
		})
	}
}

// == of a cell's interface values holding field-less struct values, and
// of such a value with a struct literal, answer as Go does.
func TestFidFieldlessCellInterfaceEquals(t *testing.T) {
	decls := []string{"import \"fmt\"", "type Sayer interface{ Say() string }", "type Dog struct{}",
		"func (Dog) Say() string { return \"w\" }", "type Cat struct{}", "func (Cat) Say() string { return \"m\" }"}
	body := []string{"var a Sayer = Dog{}\nfmt.Println(a == Sayer(Dog{}), a == Sayer(Cat{}), a == Dog{}, a != Cat{})"}
	runWholeAndSplit(t, decls, body, "true false true true\n")
}

// An assertion of an error to a cell's interface, and errors.As with a
// target of it, find a field-less implementer and only it (yaegi's
// assertion took any field-less struct inside an error for it).
func TestFidFieldlessErrorToCellInterface(t *testing.T) {
	decls := []string{"import (\n\t\"errors\"\n\t\"fmt\"\n)", "type Coded interface{ Code() int }", "type NotFound struct{}",
		"func (NotFound) Error() string { return \"nf\" }", "func (NotFound) Code() int { return 404 }",
		"type Other struct{}", "func (Other) Error() string { return \"o\" }"}
	body := []string{"for _, err := range []error{Other{}, NotFound{}} {\n\tc, ok := err.(Coded)\n\tvar ce Coded\n\tfmt.Println(ok, c != nil, errors.As(err, &ce), ce != nil)\n}"}
	runWholeAndSplit(t, decls, body, "false false false false\ntrue true true true\n")
}

// %T and %#v of a cell's interface variable holding a field-less struct
// value print its type's name.
func TestFidFieldlessCellInterfaceGoSyntax(t *testing.T) {
	decls := []string{"import \"fmt\"", "type Sayer interface{ Say() string }", "type Dog struct{}",
		"func (Dog) Say() string { return \"w\" }", "type Cat struct{}", "func (Cat) Say() string { return \"m\" }"}
	body := []string{"all := []Sayer{Dog{}, Cat{}}\na := all[1]\nfmt.Printf(\"%T %#v\\n\", a, a)"}
	runWholeAndSplit(t, decls, body, "main.Cat main.Cat{}\n")
}
