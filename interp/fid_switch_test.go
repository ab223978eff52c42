package interp

import (
	"strings"
	"testing"
)

// TestTaglessSwitchCaseLists checks that every expression of a case of a
// switch without a tag is tried, in order and only until one is true: at
// the top of a cell, with an init statement, with fallthrough, in a
// function and in a goroutine.
func TestTaglessSwitchCaseLists(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `func classify(n int) string {
	switch {
	case n == 1, n == 2:
		return "small"
	case n == 3,
		n == 4, // a comment, with a comma
		n == 5:
		return "medium"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(classify(1), classify(2), classify(4), classify(5), classify(9))`,
			stdout: "small small medium medium other\n"},
		{code: `trace := func(name string, v bool) bool { fmt.Print(name, " "); return v }
n := 2
switch {
case trace("a", n == 1), trace("b", n == 2), trace("c", true):
	fmt.Println("first")
default:
	fmt.Println("default")
}`, stdout: "a b first\n"},
		{code: `switch x := len("ab"); {
case x == 1, x == 2:
	fmt.Println("init", x)
	fallthrough
case x > 5, x < 0:
	fmt.Println("fell")
default:
	fmt.Println("default")
}`, stdout: "init 2\nfell\n"},
		{code: `done := make(chan string)
go func(c byte) {
	switch {
	case c == 'a', c == 'b':
		done <- "ab"
	default:
		done <- "default"
	}
}('b')
fmt.Println(<-done)`, stdout: "ab\n"},
	})
}

// TestTypeSwitchCasesOverAny checks that type switch cases of type
// literals built on interfaces match, with and without a bound variable,
// one type or several per case.
func TestTypeSwitchCasesOverAny(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `func kind(v any) string {
	switch v.(type) {
	case map[string]any, []any:
		return "container"
	case func(any) bool:
		return "pred"
	case struct{ X any }:
		return "struct"
	case map[string][]any:
		return "nested"
	}
	return "other"
}
func walk(v any) string {
	switch t := v.(type) {
	case []any:
		return fmt.Sprint("slice ", len(t))
	case map[string]any:
		return fmt.Sprint("map ", len(t))
	}
	return "leaf"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(kind(map[string]any{}), kind([]any{1}), kind(func(any) bool { return true }), kind(struct{ X any }{}), kind(map[string][]any{}), kind(3))`,
			stdout: "container container pred struct nested other\n"},
		{code: `var doc any
_ = json.Unmarshal([]byte(` + "`" + `{"a":[1,2],"b":{"c":1}}` + "`" + `), &doc)
m := doc.(map[string]any)
fmt.Println(walk(doc), walk(m["a"]), walk(m["b"]), walk(1.0))`, stdout: "map 2 slice 2 map 1 leaf\n"},
	})
}

// TestNamedCompositeAssertions checks that a value of a cell's type
// defined over a map or a slice is not taken for its underlying type by an
// assertion inside a function, nor by a type switch with cases of both.
func TestNamedCompositeAssertions(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `type Config map[string]string
func (c Config) Get(k string) string { return c[k] }
type Flags map[string]string
func check() string {
	c := Config{"a": "b"}
	var iface any = c
	out := ""
	if m, ok := iface.(Config); ok {
		out = fmt.Sprint("config ", len(m))
	}
	_, isMap := iface.(map[string]string)
	return fmt.Sprint(out, " ", isMap)
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(check())`, stdout: "config 1 false\n"},
	})
	// Config and Flags keep their types beside their values in an
	// interface (rewrite's keptTypes): the switch answers as Go does.
	checkCells(t, s, []cellCase{{
		code:   "func show(v any) string {\n\tswitch v.(type) {\n\tcase map[string]string:\n\t\treturn \"plain\"\n\tcase Config:\n\t\treturn \"config\"\n\t}\n\treturn \"other\"\n}\nfmt.Println(show(\"x\"), show(Flags{}), show(Config{}), show(map[string]string{}))",
		stdout: "other other config plain\n",
	}})
}

// TestEmptyStructTypesApart checks that distinct struct types without
// fields stay apart in a type switch over a non-empty interface, and that
// gopad refuses to guess inside an empty interface.
func TestEmptyStructTypesApart(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `type Instr interface{ isInstr() }
type Add struct{}
type Mul struct{}
type Push struct{ N int }
func (Add) isInstr() {}
func (Mul) isInstr() {}
func (Push) isInstr() {}
func name(i Instr) string {
	switch x := i.(type) {
	case Add:
		return "add"
	case Mul:
		return "mul"
	case Push:
		return fmt.Sprint("push ", x.N)
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `for _, i := range []Instr{Mul{}, Add{}, Push{3}} {
	fmt.Print(name(i), " ")
}
fmt.Println()`, stdout: "mul add push 3 \n"},
		{code: `var in Instr = Mul{}
_, isAdd := in.(Add)
_, isMul := in.(Mul)
fmt.Println(isAdd, isMul)`, stdout: "false true\n"},
	})
	checkCells(t, s, []cellCase{
		{code: `func show(i Instr) { fmt.Printf("%T %#v %T\n", i, i, &Add{}) }
show(Mul{})
show(Add{})`, stdout: "main.Mul main.Mul{} *main.Add\nmain.Add main.Add{} *main.Add\n"},
	})
	// A variable declared any keeps the value paired with its type.
	checkCells(t, s, []cellCase{
		{code: "var bare any = Mul{}\nfmt.Printf(\"%T\\n\", bare)", stdout: "main.Mul\n"},
		{code: "var a any = Mul{}\nswitch a.(type) {\ncase Add:\n\tfmt.Println(\"add\")\ncase string:\n\tfmt.Println(\"string\")\n}\nfmt.Println(\"end\")", stdout: "end\n"},
	})
	// A value back from compiled code is bare: nobody can tell.
	res, _ := run(t, s, "import \"container/list\"\nl := list.New()\nl.PushBack(Mul{})\nfmt.Printf(\"%T\\n\", l.Front().Value)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "cannot tell which of main.Add, main.Mul") {
		t.Errorf("%%T of a bare Mul in an empty interface: %+v, want gopad's limit", res.Err)
	}
}

// TestCompiledNamedSliceAssertion checks that a compiled package's type
// over a slice (xml.CharData) is asserted as before: it has a run-time
// type of its own.
func TestCompiledNamedSliceAssertion(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "type Raw []byte")
	checkCells(t, s, []cellCase{
		{code: "var tok any = xml.CharData(\"hi\")\nif cd, ok := tok.(xml.CharData); ok {\n\tfmt.Println(string(cd))\n}\n_, isBytes := tok.([]byte)\nfmt.Println(isBytes)", stdout: "hi\nfalse\n"},
	})
}

// TestContextKeysOfCellTypes checks that context keys of a cell's type
// over a string, and of struct types without fields, are kept apart from
// plain strings and from each other, through functions and cells.
func TestContextKeysOfCellTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "context"`)
	mustRun(t, s, `type ctxKey string
type userKey struct{}
type roleKey struct{}
const idKey ctxKey = "id"
func lookup(ctx context.Context) string {
	return fmt.Sprint(ctx.Value(idKey), " ", ctx.Value("id"), " ", ctx.Value(userKey{}), " ", ctx.Value(roleKey{}))
}`)
	checkCells(t, s, []cellCase{
		{code: `ctx := context.WithValue(context.Background(), "id", "plain")
fmt.Println(lookup(ctx))
ctx = context.WithValue(ctx, idKey, "typed")
ctx = context.WithValue(ctx, userKey{}, "ann")
fmt.Println(lookup(ctx))`, stdout: "<nil> plain <nil> <nil>\ntyped plain ann <nil>\n"},
		{code: `fmt.Println(ctx.Value(ctxKey("id")), ctx.Value(roleKey{}))`, stdout: "typed <nil>\n"},
	})
}

// TestInterfaceEqualityOfSharedTypes checks that comparing interfaces
// holding two struct types without fields answers false (it answered
// true, then gopad refused), and that the other comparisons answer: a
// plain string and a cell's type over string among them.
func TestInterfaceEqualityOfSharedTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "type K string\ntype Add struct{}\ntype Mul struct{}")
	checkCells(t, s, []cellCase{
		{code: `var a, b any = "x", "y"
var e1, e2 error = errors.New("x"), errors.New("x")
fmt.Println(a == b, a != b, e1 == e2, any(3) == any(3.0))`, stdout: "false true false false\n"},
		// K keeps its type inside an interface (keptTypes, package rewrite).
		{code: `fmt.Println(any("x") == any(K("x")))`, stdout: "false\n"},
		{code: `var v any = "x"
fmt.Println(v != K("x"), any(K("x")) == K("x"))`, stdout: "true true\n"},
	})
	// Add and Mul keep their types beside their values in an interface
	// (rewrite's keptTypes): == answers as Go does.
	checkCells(t, s, []cellCase{
		{code: "var p, q any = Add{}, Mul{}\nfmt.Println(p == q, p == any(Add{}))", stdout: "false true\n"},
	})
}

// TestSharedKeysInAnyMaps checks that a key of a cell's type over a basic
// type in a map with interface keys is a key of its own, apart from the
// plain value's (gopadBuiltin.AnyKey).
func TestSharedKeysInAnyMaps(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "type K string")
	checkCells(t, s, []cellCase{
		{code: `m := map[any]int{"x": 1, 2: 2}
m["y"] = 3
fmt.Println(len(m), m["x"], m[2])`, stdout: "3 1 2\n"},
		{code: `typed := map[K]int{K("x"): 1}
fmt.Println(typed["x"])`, stdout: "1\n"},
	})
	checkCells(t, s, []cellCase{
		{code: "m[K(\"x\")] = 5\nfmt.Println(len(m), m[K(\"x\")], m[\"x\"])", stdout: "4 5 1\n"},
		{code: "delete(m, K(\"x\"))\nfmt.Println(len(m), m[\"x\"])", stdout: "3 1\n"},
		{code: "s := map[any]bool{K(\"a\"): true}\nfmt.Println(s[\"a\"], s[K(\"a\")])", stdout: "false true\n"},
	})
}
