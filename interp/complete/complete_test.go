package complete

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/engine"
)

// fakeScope is a session with a few names, for tests that need no
// interpreter.
type fakeScope struct {
	declared map[string]Decl
	globals  map[string]reflect.Value
	packages map[string]string // name -> import path
	members  map[string]map[string]reflect.Value
	methods  map[string][]string
}

func (f fakeScope) Declared() map[string]Decl                 { return f.declared }
func (f fakeScope) Globals() map[string]reflect.Value         { return f.globals }
func (f fakeScope) PackagePath(name string) string            { return f.packages[name] }
func (f fakeScope) Members(p string) map[string]reflect.Value { return f.members[p] }
func (f fakeScope) CellMethods(name string) []string          { return f.methods[name] }
func (f fakeScope) TypeCheck(stmt, pkg string) *Checked       { return nil }
func (f fakeScope) PackageNames() []string {
	var names []string
	for n := range f.packages {
		names = append(names, n)
	}
	return names
}

type oven struct{ Temp int }

func (oven) Warm() {}

func newFake() fakeScope {
	count := 3
	return fakeScope{
		declared: map[string]Decl{
			"myCount": {Kind: "variable", Text: "var myCount = 3"},
			"myFunc":  {Kind: "function", Text: "func myFunc()"},
			"o":       {Kind: "variable", Text: "var o"},
		},
		globals: map[string]reflect.Value{
			"myCount": reflect.ValueOf(&count).Elem(),
			"o":       reflect.ValueOf(oven{}),
		},
		packages: map[string]string{"strings": "strings", "str": "strings"},
		members: map[string]map[string]reflect.Value{"strings": {
			"ToUpper":  reflect.ValueOf(strings.ToUpper),
			"ToLower":  reflect.ValueOf(strings.ToLower),
			"Builder":  reflect.ValueOf((*strings.Builder)(nil)),
			"_Wrapper": reflect.ValueOf((*struct{})(nil)),
		}},
		methods: map[string][]string{"o": {"Bake"}},
	}
}

func kinds(c engine.Completion) map[string]string {
	out := map[string]string{}
	for _, t := range c.Types {
		out[t.Text] = t.Type
	}
	return out
}

func TestComplete(t *testing.T) {
	sc := newFake()
	cases := []struct {
		code  string
		want  map[string]string // match -> kind
		start int
	}{
		{"x := my", map[string]string{"myCount": "variable", "myFunc": "function"}, 5},
		{"fu", map[string]string{"func": "keyword"}, 0},
		{"strin", map[string]string{"strings": "module", "string": "type"}, 0},
		{"strings.To", map[string]string{"ToUpper": "function", "ToLower": "function"}, 8},
		{"str.Bu", map[string]string{"Builder": "type"}, 4},
		{"o.", map[string]string{"Temp": "property", "Warm": "property", "Bake": "method"}, 2},
		{"héllo := le", map[string]string{"len": "function"}, 9},
	}
	for _, c := range cases {
		got := Complete(sc, c.code, len([]rune(c.code)))
		if k := kinds(got); !reflect.DeepEqual(k, c.want) {
			t.Errorf("%q: completions %v, want %v", c.code, k, c.want)
		}
		if got.CursorStart != c.start || got.CursorEnd != len([]rune(c.code)) {
			t.Errorf("%q: replaces %d..%d, want %d..%d", c.code, got.CursorStart, got.CursorEnd, c.start, len([]rune(c.code)))
		}
	}
	// A cursor out of range stands for the end of the code.
	if got := Complete(sc, "fu", 99); len(got.Matches) != 1 || got.CursorEnd != 2 {
		t.Errorf("cursor past the end: %+v", got)
	}
}

func TestInspect(t *testing.T) {
	sc := newFake()
	cases := []struct {
		code   string
		detail int
		want   string // "" for not found
	}{
		{"myCount", 0, "variable myCount int\n\nvalue: 3"},
		{"myCount", 1, "variable myCount int\n\nvalue: 3\n\nvar myCount = 3"},
		{"myFunc", 0, "function myFunc\n\nfunc myFunc()"},
		{"len", 0, "builtin function len"},
		{"strings.ToUpper", 0, "func strings.ToUpper("},
		{"strings.Nope", 0, ""},
		{"nobody", 0, ""},
		{"o.Temp", 0, ""}, // the fake cannot type-check
	}
	for _, c := range cases {
		in := Inspect(sc, c.code, len([]rune(c.code)), c.detail)
		txt, _ := in.Data["text/plain"].(string)
		if c.want == "" {
			if in.Found {
				t.Errorf("%q: found %q, want nothing", c.code, txt)
			}
			continue
		}
		if !in.Found || !strings.HasPrefix(txt, c.want) {
			t.Errorf("%q (detail %d): %v %q, want %q", c.code, c.detail, in.Found, txt, c.want)
		}
	}
	// Just after "name(", name is meant.
	if in := Inspect(sc, "myFunc(", 7, 0); !in.Found {
		t.Errorf("inspect after ( found nothing")
	}
}
