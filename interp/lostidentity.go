package interp

import (
	"errors"
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// yaegi gives a cell's type no run-time type of its own when it is defined
// over a map, a slice, an array, a channel or a function (type Config
// map[string]string), or is a struct without fields (type Add struct{}):
// inside an empty interface a Config is a map[string]string and an Add is
// a Mul. An assertion or a type switch case would then answer for the
// wrong type. Where the value in the interface has that shared run-time
// type, gopad stops the cell with lostIdentityLimit instead.

// lostTwins lists the types that share t's run-time type in yaegi and that
// it cannot tell from t inside an empty interface (t a pointer: the
// pointers to them). Types over basic types are left to the type switch
// (typeswitch.go); structs with fields are tagged apart (structtags.go).
func (tc *typedChunk) lostTwins(t types.Type) []string {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	ptr := false
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != tc.pkg {
		return nil // a compiled type has a run-time type of its own
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Array, *types.Chan, *types.Signature:
		if ptr {
			return nil // a *Config is a *map[string]string: rare, left alone
		}
		return tc.twins(t)
	case *types.Struct:
		if u.NumFields() > 0 {
			return nil
		}
	default:
		return nil
	}
	var twins []types.Type
	if _, named := t.(*types.Named); named {
		twins = append(twins, types.NewStruct(nil, nil))
	}
	for _, name := range tc.pkg.Scope().Names() {
		tn, ok := tc.pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.Identical(tn.Type(), t) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
			if st, ok := n.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
				twins = append(twins, n)
			}
		}
	}
	var texts []string
	for _, tw := range twins {
		if ptr {
			tw = types.NewPointer(tw)
		}
		if text, ok := tc.typeText(tw); ok {
			texts = append(texts, text)
		}
	}
	return texts
}

// lostIdentityLimit is the message of an assertion to typ that gopad
// cannot decide: the value may as well be one of twins. cell is the cell's
// type among them.
func lostIdentityLimit(typ string, twins []string, cell string) string {
	return "gopad cannot tell a " + typ + " from a " + twins[0] + " inside an interface (type assertion or type switch case " +
		typ + "): yaegi gives types defined over maps, slices, arrays, channels and funcs, and struct types without fields, " +
		"no run-time type of their own. Workaround: declare " + cell + " as a struct type with a field " +
		"(type " + cell + " struct{ ... }), or keep the value in a variable of its own type instead of an interface"
}

// identityAsserts guards the assertions x.(T) of the chunk whose answer
// yaegi's assertion gets wrong: x is an empty interface and T has lost
// twins. x is read twice: the guard applies to variables and other
// operands without side effects (plainOperand).
func (tc *typedChunk) identityAsserts() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || !types.IsInterface(tc.info.Types[ta.X].Type) || !plainOperand(ta.X) {
			return true
		}
		if guard := tc.identityGuard(tc.info.Types[ta.Type].Type, tc.source(ta.Type)); guard != "" {
			x, xt := tc.source(ta.X), tc.info.Types[ta.X].Type
			is := tc.switchTest(x, tc.source(ta.Type))
			if empty(xt) {
				edits = append(edits, around(tc.off(ta.X.Pos()), tc.off(ta.X.End()), "gopadBuiltin.Twin("+guard+", ", ", "+is+")")...)
			} else if it, ok := tc.typeText(xt); ok {
				// A non-empty interface keeps the value's type, and
				// yaegi's switch reads it; a value that is no T is
				// replaced by nil, which no assertion accepts.
				edits = append(edits, around(tc.off(ta.X.Pos()), tc.off(ta.X.End()), "func() "+it+" { if !"+is+" { return nil }; return ", " }()")...)
			}
		}
		return true
	})
	return edits
}

// identityGuard is the first arguments of gopadBuiltin.Twin for an
// assertion to t (written typ), or "" when yaegi can decide it.
func (tc *typedChunk) identityGuard(t types.Type, typ string) string {
	twins := tc.lostTwins(t)
	if len(twins) == 0 {
		return ""
	}
	cell := typ
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); !ok || n.Obj().Pkg() != tc.pkg {
		cell = strings.TrimPrefix(twins[0], "*")
	}
	return strconv.Quote(lostIdentityLimit(typ, twins, cell)) + ", *new(" + typ + ")"
}

// twinValue is gopadBuiltin.Twin, around the operand v of an assertion to
// a type T whose zero value is zero; is is yaegi's own type switch of v
// over T. Inside a function yaegi keeps an interface's value with its type
// (a valueInterface), and its switch decides right where its assertion
// does not: a value that is no T becomes one that no assertion to T
// accepts. A bare value with T's run-time type may be any of T's twins:
// the cell stops with msg; a bare value of another run-time type is no T.
func twinValue(msg string, zero, v any, is bool) any {
	if v == nil || zero == nil {
		return v
	}
	if keepsType(v) {
		if is {
			return v
		}
		return notThatType(0)
	}
	if reflect.TypeOf(v) == reflect.TypeOf(zero) {
		panic(errors.New(msg))
	}
	return notThatType(0) // yaegi's assertion takes an xml.CharData for a []byte
}

// twinCase is gopadBuiltin.TwinCase: the answer of a type switch case
// (test, as caseTest decides it) under the rules of twinValue.
func twinCase(msg string, zero, v any, is, test bool) bool {
	if v == nil || zero == nil {
		return test
	}
	if keepsType(v) {
		return is
	}
	if reflect.TypeOf(v) == reflect.TypeOf(zero) {
		panic(errors.New(msg))
	}
	return false
}

// notThatType is the value an assertion sees in place of one yaegi
// mistakes for the asserted type.
type notThatType int

// keepsType reports whether v is yaegi's pairing of a value with its
// interpreted type.
func keepsType(v any) bool {
	t := reflect.TypeOf(v)
	return t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

// identityCase is the test of case e of a type switch over v (test as
// caseTest wrote it), guarded when the interpreter cannot decide it. In a
// non-empty interface yaegi keeps a cell value's type beside it, and its
// own switch tells empty struct types apart there.
func (tc *typedChunk) identityCase(v string, e ast.Expr, guardEmpty bool, test string) string {
	t := tc.info.Types[e].Type
	if len(tc.lostTwins(t)) == 0 {
		return test
	}
	if !guardEmpty {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if _, ok := t.Underlying().(*types.Struct); ok {
			return tc.switchTest(v, tc.source(e))
		}
		return test
	}
	return "gopadBuiltin.TwinCase(" + tc.identityGuard(t, tc.source(e)) + ", " + v + ", " + tc.switchTest(v, tc.source(e)) + ", " + test + ")"
}
