package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// badVerbOperand prints an operand of a cell's type over a basic type
// (or a slice or array of one) under a verb fmt does not take for that
// kind (%d of a type Celsius float64) as Go does: %!d(main.Celsius=21.5).
// yaegi hands fmt the value as its basic type, so fmt named float64. The
// directive goes to gopadBuiltin.BadVerb with the two names, and the
// format prints its result with %s:
//
//	fmt.Printf("%5d", c)  →  fmt.Printf("%s", gopadBuiltin.BadVerb("%5d", "float64", "main.Celsius", c))
func (tc *Types) badVerbOperand(f *formatRespelling, d directive, a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil {
		return nil, false
	}
	if strings.IndexByte("vsxXq", d.verb) >= 0 && printMethod(t) != "" {
		return nil, false // fmt prints it through its own String or Error, not its elements
	}
	ptr := "" // "*" for a pointer to such a type, %!s(*main.Count=<nil>)
	if _, ok := t.(*types.Struct); ok {
		return tc.badVerbStruct(d, a, t) // struct{ A Count } (fmtbadfields.go)
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
		t = containedElem(u)
	case *types.Map:
		return tc.badVerbMap(d, a, t, u)
	case *types.Pointer:
		if _, named := types.Unalias(t).(*types.Named); !named {
			t, ptr = u.Elem(), "*"
		}
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return nil, false
	}
	if _, isStruct := n.Underlying().(*types.Struct); isStruct {
		if ptr != "" {
			return tc.badVerbStructPtr(f, d, a, n)
		}
		return tc.badVerbStruct(d, a, n) // fmtbadfields.go
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Kind() == types.UnsafePointer || !tc.badVerbOf(n, b, ptr != "", d.verb) {
		return nil, false
	}
	text := f.format[d.from:d.to]
	name, ok := tc.goTypeName(n)
	if !ok || strings.ContainsAny(text, "*[") {
		return nil, false
	}
	name = ptr + name
	f.b.WriteString(f.format[f.last:d.from])
	f.b.WriteString("%s")
	f.last = d.to
	f.changed = true
	open := "gopadBuiltin.BadVerb(" + strconv.Quote(text) + ", " + strconv.Quote(ptr+types.Typ[b.Kind()].Name()) + ", " + strconv.Quote(name) + ", "
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// containedElem is the element type of slice or array type u, looked
// through nested slices and arrays ([2][2]Count, [][]Celsius: fmt names
// the innermost element's type under a bad verb).
func containedElem(u types.Type) types.Type {
	for depth := 0; depth < 8; depth++ {
		switch c := u.(type) {
		case *types.Slice:
			u = c.Elem()
		case *types.Array:
			u = c.Elem()
		default:
			return u
		}
		if _, named := u.(*types.Named); named {
			return u
		}
		u = u.Underlying()
	}
	return u
}

// badVerbStructPtr is badVerbOperand of a pointer to a cell's struct type
// n under a verb fmt takes as bad for a pointer: a nil one prints as
// %!f(*main.Node=<nil>), where fmt named yaegi's struct type
// (*struct { ID int "gopad:\"Node\"" }); gopadBuiltin.BadVerbNil puts
// the Go name in. A pointer that is not nil prints its fields, as before.
func (tc *Types) badVerbStructPtr(f *formatRespelling, d directive, a ast.Expr, n *types.Named) ([]source.Edit, bool) {
	pt := types.NewPointer(n)
	if hasFormat(pt) || printMethod(pt) != "" && strings.IndexByte("vsqxX", d.verb) >= 0 ||
		d.verb == 'T' || d.verb == 'w' || strings.IndexByte("vpbodxX", d.verb) >= 0 {
		return nil, false
	}
	text := f.format[d.from:d.to]
	name, ok := tc.goTypeName(n)
	if !ok || strings.ContainsAny(text, "*[") {
		return nil, false
	}
	f.b.WriteString(f.format[f.last:d.from])
	f.b.WriteString("%s")
	f.last = d.to
	f.changed = true
	open := "gopadBuiltin.BadVerbNil(" + strconv.Quote(text) + ", " + strconv.Quote("*"+name) + ", "
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// badVerbOf reports whether fmt takes verb as bad for a value of n (over
// b), or for a pointer to one (ptr): a pointer takes the verbs of an
// address; a String or Error method takes the verbs that call it.
func (tc *Types) badVerbOf(n *types.Named, b *types.Basic, ptr bool, verb byte) bool {
	if !ptr {
		return badVerb(b, verb) && (printMethod(n) == "" || strings.IndexByte("vsqxX", verb) < 0)
	}
	pt := types.NewPointer(n)
	if hasFormat(pt) || printMethod(pt) != "" && strings.IndexByte("vsqxX", verb) >= 0 {
		return false
	}
	return verb != 'T' && verb != 'w' && strings.IndexByte("vpbodxX", verb) < 0
}

// badVerbMap is badVerbOperand of operand a, a map of type t whose keys
// (or values) are of a cell's type over a basic type that d's verb does
// not take (%d of a map[Tag]int): a map printer that hands fmt such keys
// and values as gopadBuiltin.NamedBasic, which names the cell's type as Go
// does (%!d(main.Tag=Z), not %!d(string=Z)).
func (tc *Types) badVerbMap(d directive, a ast.Expr, t types.Type, m *types.Map) ([]source.Edit, bool) {
	k, kBad := tc.namedBasicElem(d, m.Key(), "k")
	v, vBad := tc.namedBasicElem(d, m.Elem(), "v")
	if !kBad && !vBad || k == "" || v == "" {
		return nil, false
	}
	key := "k"
	if b, ok := m.Key().Underlying().(*types.Basic); ok {
		key = b.Name() + "(k)"
	}
	tt, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	return tc.wrapCall(a, mapPrinterOpen(tt, key, k, v))
}

// namedBasicElem is how badVerbMap hands fmt a key or value x of type e:
// through gopadBuiltin.NamedBasic (true) where e is a cell's type over a
// basic type that d's verb does not take, bare where fmt prints it as it
// is, "" where it cannot tell (e has a method fmt would call, or holds
// values that do).
func (tc *Types) namedBasicElem(d directive, e types.Type, x string) (string, bool) {
	if types.IsInterface(e) || hasFormat(e) || printMethod(e) != "" && strings.IndexByte("vsqxX", d.verb) >= 0 || stringerContainer(e) || tc.structNeedsMethods(e, 1) {
		return "", false
	}
	n, ok := e.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return tc.bareBasic(e, x), false
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok {
		return x, false
	}
	name, ok := tc.goTypeName(n)
	if !ok || !badVerb(b, d.verb) || b.Kind() == types.UnsafePointer {
		return tc.bareBasic(e, x), false
	}
	basic := types.Typ[b.Kind()].Name()
	return "gopadBuiltin.NamedBasic(" + strconv.Quote(name) + ", " + strconv.Quote(basic) + ", " + basic + "(" + x + "))", true
}

// badVerb reports whether fmt prints verb for a value of basic type b as
// a bad verb (%!verb(type=value)): the verbs each kind takes are fmt's.
func badVerb(b *types.Basic, verb byte) bool {
	var ok string
	switch info := b.Info(); {
	case info&types.IsBoolean != 0:
		ok = "tv"
	case info&types.IsInteger != 0:
		ok = "bcdoOqxXUv"
	case info&types.IsFloat != 0, info&types.IsComplex != 0:
		ok = "beEfFgGxXv"
	case info&types.IsString != 0:
		ok = "sqxXv"
	default:
		return false
	}
	return verb != 'T' && verb != 'p' && verb != 'w' && strings.IndexByte(ok, verb) < 0
}
