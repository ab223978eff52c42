package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var reflectNamesPass = Pass{
	Name: "reflectNames",
	Wants: func(u *Unit) bool {
		if !u.usesPackage("reflect") && (u.Scope == nil || !u.Scope.ImportedAs("reflect", "reflect")) {
			return false
		}
		// (a method expression reflect.Type.Method is the helper's, which
		// methodValues leaves, also without types of the cells)
		return u.dynamicNames() || u.selects(func(s sel, path string) bool {
			return path == "reflect" && (s.name == "Type" || s.name == "Value") && !s.called
		})
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		vars := u.Types.namelessVars()
		ast.Inspect(u.Types.File, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				edits = append(edits, u.Types.reflectNames(n, vars)...)
				edits = append(edits, u.Types.reflectArgs(n)...)
			case *ast.SelectorExpr:
				edits = append(edits, u.Types.reflectMethodFuncs(n)...)
			}
			return true
		})
		edits = append(edits, u.Types.heldTypes()...)
		edits = append(edits, u.Types.namelessTypeOfs()...)
		edits = append(edits, u.Types.cellIfaceTypes()...)
		return append(edits, u.Types.reflectPrints()...)
	},
}

// yaegi builds a cell's struct type with reflect.StructOf: at run time it
// has no name, gopad's type tag on its first field (structtags.go) and its
// unexported fields exported as X<name>; its embedded fields are plain
// fields, whose fields are not promoted. reflect.Type's answers about it
// go through the session, which knows the Go names:
//
//	t.Name()            →  gopadBuiltin.ReflectName(t)
//	t.String()          →  gopadBuiltin.ReflectString(t)
//	t.PkgPath()         →  gopadBuiltin.ReflectPkgPath(t)
//	t.Field(i)          →  gopadBuiltin.ReflectFieldAt(t, i)
//	t.FieldByName(s)    →  gopadBuiltin.ReflectFieldByName(t, s)
//	reflect.VisibleFields(t)  →  gopadBuiltin.ReflectFields(reflect.VisibleFields(t))
//	v.String()          →  gopadBuiltin.ValueString(v)
//	v.FieldByName(s)    →  gopadBuiltin.ValueFieldByName(v, s)
//	v.Field(i).CanSet() →  gopadBuiltin.ValueCanSet(gopadBuiltin.ValueField(v, i))
//	fmt.Println(t)      →  fmt.Println(gopadBuiltin.ReflectShown(t))
//
// Their methods are invisible to reflect too; the session registers them
// (reflectmethods.go there), and the method questions of reflect.Type and
// reflect.Value go through it:
//
//	t.NumMethod()       →  gopadBuiltin.TypeNumMethod(t)
//	v.MethodByName(s)   →  gopadBuiltin.ValueMethodByName(v, s)
//	reflect.Type.Method →  gopadBuiltin.TypeMethod (reflectmethodfuncs.go)
//
// A value of a cell's type over a basic type has no run-time type of its
// own: when v is reflect.ValueOf of one (reflectnameless.go), the type's
// name goes along:
//
//	v.Method(i)         →  gopadBuiltin.NamedValueMethod(v, "main.Weekday", i)
//
// A cell's interface type has no run-time interface type at all: the
// questions that take one stop the cell with an explanation.
//
//	t.Implements(u)     →  gopadBuiltin.TypeImplements(t, u)
//
// The helpers give the same answers as reflect for every other type.
// And reflect.TypeOf(x) of an interface x gets x's dynamic type, not
// yaegi's pairing of it with its interpreted type:
//
//	reflect.TypeOf(x)   →  reflect.TypeOf(gopadBuiltin.Bare(x))

// reflectNames returns the edits for call when it calls one of the
// methods of reflect.Type or reflect.Value above; vars are the variables
// defined from a reflect.ValueOf of a value of a nameless cell type.
func (tc *Types) reflectNames(call *ast.CallExpr, vars map[types.Object]nameless) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	x := sel.X
	tv, ok := tc.Info.Types[x]
	if !ok || tv.Type == nil || tc.Off(x.Pos()) < 0 {
		return nil
	}
	if isReflect(tv.Type, "Value") {
		if nl, ok := tc.namelessValue(x, vars); ok && namedValueMethods[sel.Sel.Name] {
			return tc.helperCallWith("NamedValue"+sel.Sel.Name, x, call, strconv.Quote(nl.name))
		}
		if nl, ok := tc.namelessValue(x, vars); ok && sel.Sel.Name == "Interface" {
			if edits := tc.namelessInterface(x, call, nl.t); edits != nil {
				return edits
			}
		} else if sel.Sel.Name == "Interface" {
			if edits := tc.fieldInterface(x, call, tv.Type); edits != nil {
				return edits
			}
		}
		if helper, ok := valueMethods[sel.Sel.Name]; ok {
			return tc.helperCall(helper, x, call)
		}
		return nil
	}
	if !isReflect(tv.Type, "Type") {
		return nil
	}
	if helper, ok := typeMethods[sel.Sel.Name]; ok {
		return tc.helperCall(helper, x, call)
	}
	return nil
}

// typeMethods and valueMethods name the helper that answers a method of
// reflect.Type and of reflect.Value, given the receiver and the arguments.
var (
	typeMethods = map[string]string{
		"Name": "ReflectName", "String": "ReflectString", "PkgPath": "ReflectPkgPath",
		"FieldByName": "ReflectFieldByName", "Field": "ReflectFieldAt",
		"NumMethod": "TypeNumMethod", "Method": "TypeMethod", "MethodByName": "TypeMethodByName",
		"Implements": "TypeImplements", "AssignableTo": "TypeAssignableTo",
	}
	valueMethods = map[string]string{
		"NumMethod": "ValueNumMethod", "Method": "ValueMethod", "MethodByName": "ValueMethodByName",
		"String": "ValueString", "FieldByName": "ValueFieldByName",
		"Field": "ValueField", "CanSet": "ValueCanSet", "CanInterface": "ValueCanInterface",
		"Interface": "ValueInterface",
	}
)

// namedValueMethods are the methods of reflect.Value that have a
// NamedValue helper, which takes the name of a nameless cell type.
var namedValueMethods = map[string]bool{"NumMethod": true, "Method": true, "MethodByName": true}

// helperCall turns x.M(args) into gopadBuiltin.helper(x, args).
func (tc *Types) helperCall(helper string, x ast.Expr, call *ast.CallExpr) []source.Edit {
	return tc.helperCallWith(helper, x, call, "")
}

// helperCallWith turns x.M(args) into gopadBuiltin.helper(x, extra, args),
// without extra when it is "".
func (tc *Types) helperCallWith(helper string, x ast.Expr, call *ast.CallExpr, extra string) []source.Edit {
	rest := ")"
	if extra != "" {
		rest = ", " + extra + rest
	}
	if len(call.Args) > 0 {
		rest = strings.TrimSuffix(rest, ")") + ", "
	}
	end := tc.Off(call.Lparen) + 1
	if len(call.Args) == 0 {
		end = tc.Off(call.End())
	}
	// Nested helper calls open at one offset (v.Field(0).Interface()):
	// the outer one, which ends later, opens first. Both open inside the
	// wrappers other passes put around the whole call (Order 1).
	open := source.Edit{From: tc.Off(x.Pos()), To: tc.Off(x.Pos()), Text: "gopadBuiltin." + helper + "(",
		Order: tc.Off(call.End()) - 1<<30}
	if _, asserts := x.(*ast.TypeAssertExpr); asserts {
		// Around the wrappers the assertion passes, which run before this
		// one, put around x (Order -1, or 1 with an earlier place)
		// (n.(reflect.Type).NumMethod() broke the syntax).
		open.Order = 1
	}
	return []source.Edit{open, source.Replace(tc.Off(x.End()), end, rest)}
}

// reflectArgs makes reflect.PointerTo gopadBuiltin.PointerTo, and wraps
// the interface-typed arguments of reflect.TypeOf, ValueOf and DeepEqual
// in gopadBuiltin.Bare (gopadrt's values.go says
// why): inside a function, yaegi would hand them a cell's value still
// paired with its interpreted type.
func (tc *Types) reflectArgs(call *ast.CallExpr) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
		return nil
	}
	if fn.Type().(*types.Signature).Recv() != nil {
		return tc.reflectTypeArgs(call)
	}
	switch fn.Name() {
	case "TypeOf", "ValueOf", "DeepEqual":
	case "PointerTo", "PtrTo":
		// (a pointer to a cell's type over a basic type: its Elem and
		// its methods are the cell's)
		return []source.Edit{source.Replace(tc.Off(sel.Pos()), tc.Off(sel.End()), "gopadBuiltin.PointerTo")}
	case "VisibleFields":
		return source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "gopadBuiltin.ReflectFields(", ")")
	default:
		return tc.reflectTypeArgs(call)
	}
	var edits []source.Edit
	for _, a := range call.Args {
		tv, ok := tc.Info.Types[a]
		if !ok || tv.Type == nil || !types.IsInterface(tv.Type) || tv.IsNil() || tc.Off(a.Pos()) < 0 {
			continue
		}
		edits = append(edits,
			source.Insert(tc.Off(a.Pos()), "gopadBuiltin.Bare("),
			source.Insert(tc.Off(a.End()), ")"))
	}
	return edits
}

// reflectTypeArgs wraps the reflect.Type arguments of a call of reflect's
// functions and methods (reflect.New(t), v.Convert(t)) in
// gopadBuiltin.RType, which gives reflect its own type for the
// gopadBuiltin.NamedType of a cell's type (reflectnameless.go).
func (tc *Types) reflectTypeArgs(call *ast.CallExpr) []source.Edit {
	var edits []source.Edit
	for _, a := range call.Args {
		tv, ok := tc.Info.Types[a]
		if ok && tv.Type != nil && isReflect(tv.Type, "Type") && tc.Off(a.Pos()) >= 0 {
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.RType(", ")")...)
		}
	}
	return edits
}

// reflectPrints wraps the reflect.Type arguments of fmt's print functions:
// fmt prints a Type by its String method.
func (tc *Types) reflectPrints() []source.Edit {
	var edits []source.Edit
	for _, c := range tc.compiledCalls() {
		if c.method() || c.fn.Pkg().Path() != "fmt" || c.call.Ellipsis.IsValid() {
			continue
		}
		for _, a := range c.call.Args {
			tv, ok := tc.Info.Types[a]
			if !ok || tv.Type == nil || !isReflect(tv.Type, "Type") || tc.Off(a.Pos()) < 0 {
				continue
			}
			edits = append(edits,
				source.Insert(tc.Off(a.Pos()), "gopadBuiltin.ReflectShown("),
				source.Insert(tc.Off(a.End()), ")"))
		}
	}
	return edits
}

// isReflect reports whether t is reflect's named type name.
func isReflect(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == name
}

// namelessInterface makes x.Interface(), x a reflect.Value of a value of
// the cells' type t over a basic type, a value of t again: reflect holds
// the bare basic value (yaegi gives t no run-time type of its own), which
// printed without t's String method and did not assert to t.
//
//	v.Interface()  →  func(gopadV any) any { var gopadR any = Weekday(gopadV.(int)); return gopadR }(gopadBuiltin.ValueInterface(v))
//
// (An assignment to an interface keeps t beside the value: anyconv.go.)
func (tc *Types) namelessInterface(x ast.Expr, call *ast.CallExpr, t types.Type) []source.Edit {
	if t == nil {
		return nil // a held value, or the session's note (sessionValueType)
	}
	if _, basic := t.Underlying().(*types.Basic); !basic || len(call.Args) != 0 {
		return nil
	}
	text, ok := tc.TypeText(t)
	under, ok2 := tc.TypeText(t.Underlying())
	if !ok || !ok2 {
		return nil
	}
	open := "func(gopadV any) any { var gopadR any = " + text + "(gopadV.(" + under + ")); return gopadR }(gopadBuiltin.ValueInterface("
	return []source.Edit{{From: tc.Off(x.Pos()), To: tc.Off(x.Pos()), Text: open, Order: tc.Off(call.End()) - 1<<30},
		source.Replace(tc.Off(x.End()), tc.Off(call.End()), "))")}
}

// fieldInterface makes x.Interface(), x a reflect.Value go/types cannot
// trace to a value of a cell's type, a value of the cell's type over a
// basic type again when x is a struct field's of that type
// (gopadBuiltin.ValueCellType names it; reflect holds the bare basic
// value, which printed without the type's String method): nil when the
// cells declare no such type.
//
//	v.Field(i).Interface()  →  func(gopadV reflect.Value) any { gopadR := gopadBuiltin.ValueInterface(gopadV); switch gopadBuiltin.ValueCellType(gopadV) { case "Weekday": var gopadA any = Weekday(gopadR.(int)); return gopadA }; return gopadR }(v.Field(i))
func (tc *Types) fieldInterface(x ast.Expr, call *ast.CallExpr, vt types.Type) []source.Edit {
	if len(call.Args) != 0 {
		return nil
	}
	var cases strings.Builder
	for _, k := range tc.autoKeptTypes() {
		if k.basic != "" {
			cases.WriteString("case " + strconv.Quote(k.text) + ": var gopadA any = " + k.text + "(gopadR.(" + k.under + ")); return gopadA; ")
		}
	}
	text, ok := tc.TypeText(vt)
	if cases.Len() == 0 || !ok {
		return nil
	}
	open := "func(gopadV " + text + ") any { gopadR := gopadBuiltin.ValueInterface(gopadV); switch gopadBuiltin.ValueCellType(gopadV) { " +
		cases.String() + "}; return gopadR }("
	return []source.Edit{{From: tc.Off(x.Pos()), To: tc.Off(x.Pos()), Text: open, Order: tc.Off(call.End()) - 1<<30},
		source.Replace(tc.Off(x.End()), tc.Off(call.End()), ")")}
}
