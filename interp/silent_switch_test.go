package interp

import "testing"

// TestTwinStructTypes checks that two cell struct types with the same
// fields stay two types in type switches and assertions, declared in one
// cell or in two.
func TestTwinStructTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "type Cat struct{ Name string }\ntype Dog struct{ Name string `json:\"name\"`}\ntype Speaker interface{ Speak() string }\nfunc (c *Cat) Speak() string { return c.Name }\nfunc (d Dog) Speak() string { return d.Name }")
	mustRun(t, s, "type Mul struct{ L, R any }")
	mustRun(t, s, "type Add struct{ L, R any }")
	checkCells(t, s, []cellCase{
		{code: "for _, p := range []Speaker{&Cat{\"a\"}, Dog{\"b\"}, &Dog{\"c\"}} {\n\tswitch v := p.(type) {\n\tcase *Cat:\n\t\tfmt.Println(\"cat\", v.Name)\n\tcase Dog:\n\t\tfmt.Println(\"dog\", v.Name)\n\tcase *Dog:\n\t\tfmt.Println(\"*dog\", v.Name)\n\t}\n}",
			stdout: "cat a\ndog b\n*dog c\n"},
		{code: "var e any = Add{Mul{1, 2}, 3}\n_, isMul := e.(Mul)\nswitch n := e.(type) {\ncase Mul:\n\tfmt.Println(\"mul\")\ncase Add:\n\t_, inner := n.L.(Mul)\n\tfmt.Println(\"add\", isMul, inner)\n}",
			stdout: "add false true\n"},
		// The program's own tags are still read.
		{code: "f, _ := reflect.TypeOf(Dog{}).FieldByName(\"Name\")\nfmt.Println(f.Tag.Get(\"json\"))", stdout: "name\n"},
	})
}

// TestTypeSwitchBasicAndNamed checks that a case of a basic type does not
// take a cell's type defined over it, also when the switch was compiled
// before the type was declared, and that an interface case matches values
// of compiled types in a switch compiled before any cell type exists.
func TestTypeSwitchBasicAndNamed(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "func kind(v any) string {\n\tswitch x := v.(type) {\n\tcase int:\n\t\treturn fmt.Sprint(\"int \", x)\n\tcase error:\n\t\treturn \"error \" + x.Error()\n\tcase fmt.Stringer:\n\t\treturn \"stringer \" + x.String()\n\t}\n\treturn \"other\"\n}")
	mustRun(t, s, "type Color int\nfunc (c Color) String() string { return \"green\" }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(kind(3), kind(Color(1)), kind(errors.New(\"bad\")), kind(2.5))",
			stdout: "int 3 stringer green error bad other\n"},
		// Generic: the copy for ID decides from ID's method set.
		{code: "type ID int\nfunc (i ID) String() string { return \"id\" }\nfunc Format[T any](v T) string {\n\tswitch any(v).(type) {\n\tcase int:\n\t\treturn \"int\"\n\tcase fmt.Stringer:\n\t\treturn \"stringer\"\n\t}\n\treturn \"other\"\n}",
			stdout: ""},
		{code: "fmt.Println(Format(5), Format(ID(7)), Format(\"s\"))", stdout: "int stringer other\n"},
	})
}

// TestStructValueInCompiledInterface checks type switch cases of a cell's
// struct value inside an error (yaegi's wrapper keeps one of its fields; the
// value comes back through its GopadSelf method), and the pointer form.
func TestStructValueInCompiledInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "type NotFound struct{ Kind string; ID int }\nfunc (e NotFound) Error() string { return e.Kind }\ntype PtrErr struct{ Kind string; ID int }\nfunc (e *PtrErr) Error() string { return e.Kind }\nfunc find() error { return NotFound{\"item\", 7} }")
	checkCells(t, s, []cellCase{
		{code: "err := find()\nswitch e := err.(type) {\ncase *PtrErr:\n\tfmt.Println(\"ptr\")\ncase NotFound:\n\tfmt.Println(\"missing\", e.ID)\ndefault:\n\tfmt.Println(\"other\")\n}", stdout: "missing 7\n"},
		{code: "var perr error = &PtrErr{\"item\", 7}\nswitch e := perr.(type) {\ncase *PtrErr:\n\tfmt.Println(\"missing\", e.ID)\ndefault:\n\tfmt.Println(\"other\")\n}", stdout: "missing 7\n"},
		{code: "var other error = errors.New(\"x\")\nswitch other.(type) {\ncase NotFound:\n\tfmt.Println(\"missing\")\ndefault:\n\tfmt.Println(\"other\")\n}", stdout: "other\n"},
	})
}
