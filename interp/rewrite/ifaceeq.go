package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var ifaceEqualPass = Pass{
	Name:  "ifaceEqual",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.sights().compares },
	Run:   func(u *Unit) []source.Edit { return u.Types.interfaceEquals() },
}

// interfaceEquals rewrites comparisons of interface values that may hold
// the cells' types. yaegi compares two interface values by their run-time
// representation, which for a cell's type in an interface holds the
// interpreter's bookkeeping: a == Cow{} and even a == b holding the same
// pointer are false. The rewrite compares the dynamic values, type by type:
//
//	a == Cow{}  →  func(gopadX, gopadY any) bool { if x, ok := gopadX.(Cow); ok { y, ok := gopadY.(Cow); return ok && x == y }; ...; return gopadX == gopadY }(a, Cow{})
//
// for each comparable type of the cells (and pointer to it) that the
// interface operand can hold. Comparisons with nil are left alone.
func (tc *Types) interfaceEquals() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
			return true
		}
		open, ok := tc.equalsCall(b.X, b.Y)
		if !ok {
			return true
		}
		if b.Op == token.NEQ {
			open = "!" + open
		}
		edits = append(edits,
			source.Edit{From: tc.Off(b.Pos()), To: tc.Off(b.Pos()), Text: open, Order: 1},
			source.Edit{From: tc.Off(b.OpPos), To: tc.Off(b.OpPos) + len(b.Op.String()), Text: ",", Order: 0},
			source.Edit{From: tc.Off(b.End()), To: tc.Off(b.End()), Text: ")", Order: -1})
		return true
	})
	return edits
}

// equalsCall is the opening of the call that compares x and y, when one
// of them is an interface that may hold the cells' types:
// "func(gopadX, gopadY any) bool { ... }(", to be followed by x, y and ")",
// behind a test of their cell types' names (cellNamesGuard).
func (tc *Types) equalsCall(x, y ast.Expr) (string, bool) {
	open, ok := tc.equalsOpen(x, y)
	if !ok {
		return "", false
	}
	return tc.cellNamesGuard(open, x, y), true
}

// equalsOpen is equalsCall without the names' test.
func (tc *Types) equalsOpen(x, y ast.Expr) (string, bool) {
	xt, yt := tc.Info.Types[x], tc.Info.Types[y]
	if xt.Type == nil || yt.Type == nil || xt.IsNil() || yt.IsNil() {
		return "", false
	}
	var iface *types.Interface
	for _, t := range []types.Type{xt.Type, yt.Type} {
		if it, ok := t.Underlying().(*types.Interface); ok && (iface == nil || iface.NumMethods() == 0) {
			iface = it
		}
	}
	if iface == nil {
		return "", false
	}
	if open, ok := tc.emptyEquals(xt.Type, yt.Type); ok {
		return open, true
	}
	cands := tc.holders(iface)
	kept := tc.keptHolders(iface)
	tries := tc.uncomparableTries(iface)
	if len(cands) == 0 && len(kept) == 0 && tries == "" {
		return "", false
	}
	var sb strings.Builder
	// (yaegi's assertion of a nil interface value to a type panics.)
	sb.WriteString("func(gopadX, gopadY any) bool { if gopadX == nil || gopadY == nil { return gopadX == gopadY }; ")
	if rebox := tc.selfRebox(tc.basicPrinters()); rebox != "" && iface.NumMethods() == 0 {
		// Values of such types that went through an error first (selfrebox.go).
		sb.WriteString("gopadR := " + strings.TrimSuffix(rebox, "(") + "; gopadX = gopadR(gopadX); gopadY = gopadR(gopadY); ")
	}
	emptyHolders := 0
	for _, c := range cands {
		if _, ok := tc.emptyHolder(c); ok {
			emptyHolders++
		}
	}
	eq := "x == y"
	if tc.pairedHeld() {
		eq = "gopadBuiltin.EqualPairs(x, y)" // pairedequals.go
	}
	for _, c := range cands {
		if args, ok := tc.emptyHolder(c); ok && emptyHolders > 1 {
			// yaegi's assertion takes any field-less struct for c:
			// fieldless.go (gopadrt) decides by c's name (with one
			// such holder, a struct{} is a c).
			tries += "if gopadBuiltin.EmptyIs(" + args + ", gopadX, " + tc.switchTest("gopadX", c) + ") { return gopadBuiltin.EmptyIs(" +
				args + ", gopadY, " + tc.switchTest("gopadY", c) + ") }; "
			continue
		}
		tries += "if x, ok := gopadX.(" + c + "); ok { y, ok := gopadY.(" + c + "); return ok && " + eq + " }; "
	}
	for _, c := range kept {
		tries += "if gopadBuiltin.KeptIs(gopadX, " + tc.switchTest("gopadX", c) + ") { return gopadBuiltin.KeptIs(gopadY, " +
			tc.switchTest("gopadY", c) + ") && gopadX.(" + c + ") == gopadY.(" + c + ") }; "
	}
	sb.WriteString(tries)
	if tc.compiledInterface(xt.Type) || tc.compiledInterface(yt.Type) {
		// A struct value in an error (or another compiled interface) has
		// lost its type: no assertion finds it, unless the value the
		// wrapper stands for can be had (selfmethods.go); and two wrappers
		// do not compare.
		sb.WriteString("if s, ok := gopadBuiltin.Self(gopadX); ok { gopadX = s }; if s, ok := gopadBuiltin.Self(gopadY); ok { gopadY = s }; " + tries)
	}
	if tc.lostInWrapper(xt.Type) && tc.compiledInterface(yt.Type) && (tc.mayLoseStruct(xt.Type) || !selfFamily(yt.Type)) ||
		tc.lostInWrapper(yt.Type) && tc.compiledInterface(xt.Type) && (tc.mayLoseStruct(yt.Type) || !selfFamily(xt.Type)) {
		sb.WriteString("if gopadBuiltin.Opaque(gopadX) || gopadBuiltin.Opaque(gopadY) { panic(" +
			strconv.Quote(lostCompareLimit(tc.code(x)+" == "+tc.code(y))) + ") }; ")
	}
	sb.WriteString("return gopadX == gopadY }(")
	return sb.String(), true
}

// holders are the comparable types of the cells, and pointers to them,
// that implement it, as the chunk writes them.
func (tc *Types) holders(it *types.Interface) []string {
	var out []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, st := tn.Type().Underlying().(*types.Struct); !st && it.NumMethods() == 0 {
			// yaegi's assertion takes an int for a type ID int: in an
			// empty interface only struct types are told apart.
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Comparable(ct) || !types.Implements(ct, it) {
				continue
			}
			if text, ok := tc.TypeText(ct); ok {
				out = append(out, text)
			}
		}
	}
	return out
}

// uncomparableTries are the tests, before those of holders, for the
// cells' types that implement it and are not comparable (a struct with a
// slice field, a type History map[string]int with methods): Go panics
// when both operands hold the same such type ("comparing uncomparable
// type main.History"), where yaegi answered false. In an empty interface
// only struct types are told apart (as in holders), and the kept types
// (type IntList []int, keptType) by gopadBuiltin.KeptIs.
func (tc *Types) uncomparableTries(it *types.Interface) string {
	var b strings.Builder
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.Comparable(n) || !types.Implements(n, it) {
			continue
		}
		text, ok := tc.TypeText(n)
		if !ok {
			continue
		}
		if _, st := n.Underlying().(*types.Struct); !st && it.NumMethods() == 0 {
			if tc.keptType(n) {
				// (a kept type: its values in an interface are told by
				// gopadBuiltin.KeptIs, as in keptHolders)
				b.WriteString("if gopadBuiltin.KeptIs(gopadX, " + tc.switchTest("gopadX", text) + ") { if gopadBuiltin.KeptIs(gopadY, " +
					tc.switchTest("gopadY", text) + ") { gopadBuiltin.UncomparablePanic(" + strconv.Quote("main."+name) + ") }; return false }; ")
			}
			continue
		}
		b.WriteString("if _, ok := gopadX.(" + text + "); ok" + tc.twinGuard("gopadX", n, text) + " { if _, ok := gopadY.(" + text + "); ok" +
			tc.twinGuard("gopadY", n, text) + " { gopadBuiltin.UncomparablePanic(" + strconv.Quote("main."+name) + ") }; return false }; ")
	}
	return b.String()
}

// keptHolders are, for an empty interface, the cells' comparable types
// over a type that is not a struct (type Color int): holders leaves them
// out, as yaegi's assertion takes a bare int for a Color; a value that
// kept its type is told by gopadBuiltin.KeptIs. Two such values in
// interfaces compared unequal (x == Red was false for x := any(Red)):
// yaegi compared its bookkeeping, not the values.
func (tc *Types) keptHolders(it *types.Interface) []string {
	if it.NumMethods() > 0 {
		return nil
	}
	var out []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || !types.Comparable(n) {
			continue
		}
		if _, st := n.Underlying().(*types.Struct); st {
			continue
		}
		if text, ok := tc.TypeText(n); ok {
			out = append(out, text)
		}
	}
	return out
}

// lostCompareLimit is the refusal of a comparison with a cell's struct
// value that an interface operand may hold without its type.
func lostCompareLimit(code string) string {
	return "gopad cannot decide " + code + " here: a cell type's struct value inside an error or another interface of a " +
		"compiled package loses its identity (yaegi keeps one of its fields). Workaround: use pointers " +
		"(var ErrX = &T{...} or errors.New) or compare fields"
}

// emptyEquals is the opening of the call that compares an interface value
// with a value of a cell's struct type without fields (err == NotFound{}),
// when the interface is empty or a compiled package's (error): every value
// of the type is equal, so the answer is whether the interface holds one,
// which gopadBuiltin.EmptyIs decides by the type's name (fieldless.go in
// gopadrt). Inside an error yaegi's wrapper holds struct{}, which no
// comparison tells from another field-less type's value.
func (tc *Types) emptyEquals(xt, yt types.Type) (string, bool) {
	params, it, t := "gopadI, _ any", xt, yt
	if _, ok := tc.emptyArgs(yt, ""); !ok {
		params, it, t = "_, gopadI any", yt, xt
	}
	typ := tc.typeText(t)
	args, ok := tc.emptyArgs(t, typ)
	if !ok || typ == "" || !empty(it) && !tc.compiledInterface(it) {
		return "", false
	}
	return "func(" + params + ") bool { return gopadBuiltin.EmptyIs(" + args + ", gopadI, " + tc.switchTest("gopadI", typ) + ") }(", true
}

// typeText is t as the chunk writes it ("" when it cannot be written).
func (tc *Types) typeText(t types.Type) string {
	text, _ := tc.TypeText(t)
	return text
}

// emptyHolder is emptyArgs for the holder c (holders) when c names a
// struct type of the cells without fields.
func (tc *Types) emptyHolder(c string) (string, bool) {
	obj, ok := tc.Pkg.Scope().Lookup(c).(*types.TypeName)
	if !ok {
		return "", false
	}
	return tc.emptyArgs(obj.Type(), c)
}
