package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi keeps a value of a cell's type over a basic type beside its type inside an interface (keptTypes gives the type the
// method that makes it), but hands compiled code the bare value: what a
// container/list, a sync.Map, an atomic.Value or heap.Push gives back is
// a float64 where the cell stored a Celsius. The pass records what goes
// there, so that the helpers that decide assertions, type switch cases
// and %T of a bare value (gopadrt's handed.go) know whether it may be a
// cell value that lost its type:
//
//	l.PushBack(c)    →  l.PushBack(func(gopadH Celsius) Celsius { gopadBuiltin.Hand(gopadH, true); return gopadH }(c))
//	l.PushBack(v)    →  l.PushBack(func(gopadH any) any { switch gopadH.(type) { case Celsius: gopadBuiltin.Hand(*new(float64), true); default: gopadBuiltin.Hand(gopadH, false) }; return gopadH }(v))
//	l.PushBack(3.5)  →  l.PushBack(func(gopadH any) any { gopadBuiltin.Hand(gopadH, false); return gopadH }(3.5))
//
// (A value of a cell's type goes to Hand bare, and a kept one is named by
// the switch. Hand returns nothing: see onceOperand.)
//
// Only arguments of empty interface parameters whose static type is such
// a cell type, an empty interface or a basic type such a type is defined
// over are wrapped, and only when the cells declare such a type; packages that read their arguments and keep none
// of them (fmt, strings, ...) are left alone.

var handedArgsPass = Pass{
	Name: "handedArgs",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && u.selects(func(s sel, _ string) bool { return s.called })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.handedArgs() },
}

// keepsNothing lists the packages whose functions and methods keep no
// argument that they could hand back.
var keepsNothing = map[string]bool{
	"fmt": true, "log": true, "log/slog": true, "strings": true, "strconv": true, "errors": true,
	"math": true, "bytes": true, "unicode": true, "os": true, "io": true, "bufio": true,
	"sort": true, "testing": true, "encoding/json": true, "text/tabwriter": true,
	// gopad's own stand-ins for the standard library's (log.Logger's
	// methods): printArgs writes their operands.
	"github.com/gopad/gopad/interp/stdlib": true,
}

// handedArgs returns the edits of the chunk's compiled calls.
func (tc *Types) handedArgs() []source.Edit {
	kept := tc.autoKeptTypes()
	if len(kept) == 0 {
		return nil
	}
	var edits []source.Edit
	for _, c := range tc.compiledCalls() {
		if keepsNothing[c.fn.Pkg().Path()] || c.call.Ellipsis.IsValid() ||
			c.fn.Pkg().Path() == "reflect" && c.fn.Name() != "ValueOf" {
			continue
		}
		sig := c.fn.Type().(*types.Signature)
		name := c.fn.FullName()
		cases, basics := keptCases(kept, readableName(name))
		for i, a := range c.call.Args {
			if c.fn.Pkg().Path() == "context" && (!c.in("context", "WithValue") || i != 2) {
				continue // a context's keys are contextKeys'
			}
			open, closing := "", ")"
			switch {
			case strings.HasPrefix(name, "(*sync.Map).") && i == 0:
				open, closing = tc.mapKeyOpen(a, paramType(sig, i), name)
			case slices.Contains(keepers[name], i):
				if open = tc.keptOpen(a, paramType(sig, i)); open != "" {
					closing = ")[0]"
				} else {
					open = tc.handedOpen(a, paramType(sig, i), cases, basics, readableName(name)) // a basic value
				}
			case slices.Contains(compared[name], i):
				open = tc.comparedOpen(a, paramType(sig, i), cases, name)
			default:
				open = tc.handedOpen(a, paramType(sig, i), cases, basics, readableName(name))
			}
			if open != "" {
				edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, closing)...)
			}
		}
	}
	return edits
}

// handedOpen is the start of the function that hands argument a, passed
// to a parameter of type param, to gopadBuiltin.Hand on its way; "" when
// param is no empty interface, or a can hold no value of a kept cell type
// nor of a basic type one is defined over (basics).
func (tc *Types) handedOpen(a ast.Expr, param types.Type, cases string, basics map[string]bool, via string) string {
	tv, ok := tc.Info.Types[a]
	if !ok || param == nil || !emptyIface(param) || tv.Type == nil || tv.IsNil() {
		return ""
	}
	t := types.Default(tv.Type)
	switch {
	case emptyIface(t):
		return "func(gopadH any) any { switch gopadH.(type) { " + cases + "default: gopadBuiltin.Hand(gopadH, false) }; return gopadH }("
	case tc.keptBeside(t):
		if text, ok := tc.TypeText(t); ok && tc.userKept(t) {
			return "func(gopadH " + text + ") " + text + " { gopadBuiltin.HandLost(gopadH, " + strconv.Quote(via) + "); return gopadH }("
		} else if ok {
			return "func(gopadH " + text + ") " + text + " { gopadBuiltin.Hand(gopadH, true); return gopadH }("
		}
	}
	if b, ok := t.(*types.Basic); ok && basics[b.Name()] {
		return "func(gopadH any) any { gopadBuiltin.Hand(gopadH, false); return gopadH }("
	}
	return ""
}

// autoKeptCases are the cases of a type switch over gopadH that hand
// Hand a bare value of the basic type of each type of the cells that
// keptTypes gives its method (HandLost for a type over a basic type with
// methods of its own, with via, the compiled function that gets it), and
// the names of those basic types; "" when there is no such type.
func (tc *Types) autoKeptCases(via string) (string, map[string]bool) {
	return keptCases(tc.autoKeptTypes(), via)
}

// keptCases are autoKeptCases of the types kept.
func keptCases(kept []autoKeptType, via string) (string, map[string]bool) {
	var b strings.Builder
	basics := map[string]bool{}
	for _, k := range kept {
		if k.basic != "" {
			basics[k.basic] = true
		}
		if k.methods {
			b.WriteString("case " + k.text + ": gopadBuiltin.HandLost(*new(" + k.under + "), " + strconv.Quote(via) + "); ")
			continue
		}
		b.WriteString("case " + k.text + ": gopadBuiltin.Hand(*new(" + k.under + "), true); ")
	}
	return b.String(), basics
}

// autoKeptType is a type of the cells that keptTypes gives its method:
// its text, its underlying type's, the name of that basic type ("" when
// it is not one), and whether it is a struct type (without fields).
type autoKeptType struct {
	text, under, basic string
	fieldless, methods bool
}

// autoKeptTypes lists the session's autoKept types, in name order.
func (tc *Types) autoKeptTypes() []autoKeptType {
	var out []autoKeptType
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tc.autoKept(tn.Type()) {
			continue
		}
		text, ok := tc.TypeText(tn.Type())
		if !ok {
			continue
		}
		under, ok := tc.TypeText(tn.Type().Underlying())
		if !ok {
			continue
		}
		k := autoKeptType{text: text, under: under, methods: tc.userKept(tn.Type())}
		switch u := tn.Type().Underlying().(type) {
		case *types.Basic:
			k.basic = u.Name()
		case *types.Struct:
			k.fieldless = true
		}
		out = append(out, k)
	}
	return out
}

// keepers are the compiled functions and methods that keep the arguments
// of some of their empty interface parameters (by index) and give them
// back unread: containers' elements, a context's value, heap.Push's
// element (handed to the cells' Push method). Their arguments of the
// cells' kept types go as yaegi's own pair of value and type, which it
// hands compiled code when the argument is an element of a []any: what
// comes back keeps its type (a Color prints through String, asserts to
// Color), where a bare value would have lost it.
var keepers = map[string][]int{
	"(*sync.Map).Store": {1}, "(*sync.Map).LoadOrStore": {1}, "(*sync.Map).Swap": {1},
	"(*sync.Map).CompareAndSwap": {2},
	"(*sync/atomic.Value).Store": {0}, "(*sync/atomic.Value).Swap": {0}, "(*sync/atomic.Value).CompareAndSwap": {1},
	"(*container/list.List).PushBack": {0}, "(*container/list.List).PushFront": {0},
	"(*container/list.List).InsertBefore": {0}, "(*container/list.List).InsertAfter": {0},
	"context.WithValue": {2}, "container/heap.Push": {1}, "(*sync.Pool).Put": {0},
}

// compared are the parameters of keepers whose arguments they compare
// with what they keep: a pair never equals another pair (yaegi's pair
// holds the node that made it), so a kept value there stops the cell.
var compared = map[string][]int{
	"(*sync.Map).CompareAndSwap": {1}, "(*sync.Map).CompareAndDelete": {1},
	"(*sync/atomic.Value).CompareAndSwap": {0},
}

// keptOpen is the start of the function that hands argument a of a
// keeper's parameter param on as an element of a []any (closed by
// ")[0]"); "" when a can hold no value of a kept cell type.
//
//	m.Store(k, c)  →  m.Store(k, func(gopadH Color) []any { return []any{gopadH} }(c)[0])
//	m.Store(k, v)  →  m.Store(k, func(gopadH any) []any { switch gopadH.(type) { case Color, Level: default: gopadBuiltin.HandKept(gopadH) }; return []any{gopadH} }(v)[0])
//
// A bare value of a basic type is recorded as such (handed.go): a bare
// value of it that other compiled code gives back may then be either.
func (tc *Types) keptOpen(a ast.Expr, param types.Type) string {
	tv, ok := tc.Info.Types[a]
	if !ok || param == nil || !emptyIface(param) || tv.Type == nil || tv.IsNil() {
		return ""
	}
	t := types.Default(tv.Type)
	switch {
	case types.IsInterface(t) && (emptyIface(t) || !tc.compiledInterface(t)):
		// (a value of a cell's interface type too: a Namer holding a Color)
		var kept, fieldless []string
		for _, k := range tc.autoKeptTypes() {
			if k.fieldless {
				fieldless = append(fieldless, "case "+k.text+": gopadBuiltin.Hand(*new("+k.under+"), true); return []any{gopadBuiltin.Unkept(gopadH)}; ")
			} else {
				kept = append(kept, k.text)
			}
		}
		if len(kept) == 0 {
			return ""
		}
		return "func(gopadH any) []any { switch gopadH.(type) { case " + strings.Join(kept, ", ") + ": " + strings.Join(fieldless, "") +
			"default: gopadBuiltin.HandKept(gopadH) }; return []any{gopadH} }("
	case tc.autoKept(t):
		if _, fieldless := t.Underlying().(*types.Struct); fieldless {
			return ""
		}
		if text, ok := tc.TypeText(t); ok {
			return "func(gopadH " + text + ") []any { return []any{gopadH} }("
		}
	}
	return ""
}

// keptList is the types of cases, the cases of autoKeptCases, as one
// case's list ("Celsius, Level").
func keptList(cases string) string {
	var names []string
	for _, c := range strings.Split(cases, "; ") {
		if head, _, ok := strings.Cut(c, ": "); ok {
			names = append(names, strings.TrimPrefix(head, "case "))
		}
	}
	return strings.Join(names, ", ")
}

// comparedOpen is the start of the function that stops the cell when
// argument a of a keeper's compared parameter is a value of a kept cell
// type: name's comparison would answer false where Go's is true.
func (tc *Types) comparedOpen(a ast.Expr, param types.Type, cases, name string) string {
	tv, ok := tc.Info.Types[a]
	if !ok || param == nil || !emptyIface(param) || tv.Type == nil || tv.IsNil() {
		return ""
	}
	refuse := "gopadBuiltin.RefuseCompared(" + strconv.Quote(readableName(name)) + ")"
	t := types.Default(tv.Type)
	switch {
	case emptyIface(t):
		return "func(gopadH any) any { switch gopadH.(type) { case " + keptList(cases) + ": " + refuse + " }; return gopadH }("
	case tc.autoKept(t):
		if text, ok := tc.TypeText(t); ok {
			return "func(gopadH " + text + ") " + text + " { " + refuse + "; return gopadH }("
		}
	}
	return ""
}

// mapKeyOpen is the start and the end of the text around a key of a
// sync.Map's method name that may hold a value of a kept cell type:
// gopadBuiltin.MapKey gives the map a comparable box of the value and its
// type's name for it, and remembers the value yaegi pairs with its type;
// the function Range calls gets that value back (MapRange), where the
// bare key printed without its String method and did not assert to its
// type.
//
//	m.Store(c, v)  →  m.Store(gopadBuiltin.MapKey(func(gopadH Color) []any { return []any{gopadH} }(c)[0]), v)
//	m.Range(f)     →  m.Range(gopadBuiltin.MapRange(f))
func (tc *Types) mapKeyOpen(a ast.Expr, param types.Type, name string) (open, closing string) {
	if name == "(*sync.Map).Range" {
		return "gopadBuiltin.MapRange(", ")"
	}
	if open = tc.keptOpen(a, param); open == "" {
		return "", ""
	}
	return "gopadBuiltin.MapKey(" + open, ")[0])"
}

// readableName is a function's full name as a cell would write it:
// sync.Map.Store for (*sync.Map).Store.
func readableName(full string) string { return strings.NewReplacer("(*", "", ")", "").Replace(full) }
