package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// printEdits makes fmt and log print the cells' own types as Go does, where
// the static types of the operands show it is needed (yaegi hands values
// of cell types to compiled code as values of their underlying types, with
// no methods and no name):
//
//   - an operand whose type has a Format method becomes a fmt.Formatter in
//     interpreted code; one printed with %v, %s, %q (or by Print, Println)
//     whose type has a String or Error method is printed through it;
//   - a slice, array or map of such values is converted element by element
//     to []fmt.Stringer (or []error, map[K]fmt.Stringer, ...);
//   - %T of an operand of a cell type prints its Go name (main.T), and so
//     does %T of an interface holding a cell's struct type (typenames.go);
//   - %#v of a named type declared in a cell starts with main.T;
//   - %+v and %#v show unexported fields by their names (yaegi renames
//     them X<name>);
//   - %w of Errorf gets a cell's error type as an error.
func (tc *typedChunk) printEdits(c compiledCall) []edit {
	if c.call.Ellipsis.IsValid() || (c.fn.Pkg().Path() != "fmt" && c.fn.Pkg().Path() != "log") {
		return nil
	}
	return tc.printCall(c.fn.Name(), c.call.Args)
}

// directive is one %-verb of a format string.
type directive struct {
	from, to int // bytes of the directive in the format
	verb     byte
	sharp    bool
	plus     bool
	operand  int
}

// parseFormat lists the directives of a format that consume operands; ok
// is false for explicit argument indexes, which it does not follow.
func parseFormat(format string) (ds []directive, ok bool) {
	operand := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		d := directive{from: start}
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			switch format[i] {
			case '#':
				d.sharp = true
			case '+':
				d.plus = true
			case '*':
				operand++
			case '[':
				return nil, false
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		d.verb, d.to, d.operand = format[i], i+1, operand
		operand++
		ds = append(ds, d)
	}
	return ds, true
}

// printFamily names the Print function a fmt or log function formats
// like (Fprintf, Sprintf, Appendf, Errorf, log.Fatalf: Printf), and how many
// leading arguments are not printed (the writer or buffer); "" for others.
func printFamily(name string) (string, int) {
	skip := 0
	switch {
	case strings.HasPrefix(name, "Fprint"), strings.HasPrefix(name, "Append"):
		skip = 1
		name = "Print" + strings.TrimPrefix(strings.TrimPrefix(name, "Fprint"), "Append")
	case strings.HasPrefix(name, "Sprint"):
		name = "Print" + strings.TrimPrefix(name, "Sprint")
	case name == "Errorf":
		name = "Printf"
	case strings.HasPrefix(name, "Fatal"), strings.HasPrefix(name, "Panic"):
		name = "Print" + strings.TrimPrefix(strings.TrimPrefix(name, "Fatal"), "Panic")
	}
	switch name {
	case "Print", "Printf", "Println":
		return name, skip
	}
	return "", 0
}

// printCall returns the edits for a call of fmt or log function name.
func (tc *typedChunk) printCall(name string, args []ast.Expr) []edit {
	name, skip := printFamily(name)
	if len(args) < skip {
		return nil
	}
	args = args[skip:]
	var edits []edit
	switch name {
	case "Print", "Println":
		for _, a := range args {
			if es, ok := tc.formatterOperand(a); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.stringerOperand(a, name == "Print"); ok {
				edits = append(edits, es...)
			}
		}
	case "Printf":
		if len(args) == 0 {
			return nil
		}
		lit, ok := args[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING || strings.Contains(lit.Value, "\n") {
			return nil
		}
		format, err := strconv.Unquote(lit.Value)
		if err != nil {
			return nil
		}
		ds, ok := parseFormat(format)
		if !ok {
			return nil
		}
		operands := args[1:]
		var newFormat strings.Builder
		last := 0
		changed := false
		for _, d := range ds {
			if d.operand >= len(operands) {
				break
			}
			a := operands[d.operand]
			if es, ok := tc.formatterOperand(a); ok {
				// A Format method handles every verb itself.
				edits = append(edits, es...)
				continue
			}
			switch {
			case d.verb == 'v' && d.plus && !d.sharp && tc.hidesFields(a):
				// %+v names fields: print with the names as written.
				newFormat.WriteString(format[last:d.from])
				newFormat.WriteString(strings.Replace(format[d.from:d.to-1], "+", "", 1) + "s")
				last = d.to
				changed = true
				edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()), "gopadBuiltin.PlusV(", ")")...)
			case d.verb == 'v' && d.sharp && tc.goStringer(a):
				// %#v of a GoStringer prints what GoString returns.
				newFormat.WriteString(format[last:d.from])
				newFormat.WriteString(strings.Replace(format[d.from:d.to-1], "#", "", 1) + "s")
				last = d.to
				changed = true
				edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()), "(", ").GoString()")...)
			case d.verb == 'v' && !d.sharp, d.verb == 's', d.verb == 'q', d.verb == 'x', d.verb == 'X':
				// The verbs fmt prints a String or Error method's result with.
				if es, ok := tc.stringerOperand(a, false); ok {
					edits = append(edits, es...)
				}
			case d.verb == 'w':
				// Errorf wraps only an error: convert in interpreted code.
				if t := tc.info.Types[a].Type; t != nil && !types.IsInterface(t) && mentionsPackage(t, tc.pkg) && printMethod(t) == "Error" {
					edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()), "func() error { var gopadE error = ", "; return gopadE }()")...)
				}
			case d.verb == 'T', d.verb == 'v' && d.sharp:
				t := tc.info.Types[a].Type
				if t == nil {
					continue
				}
				goName := "" // looked up from the dynamic type
				if types.IsInterface(t) {
					if !tc.dynamicNames {
						continue
					}
				} else {
					if !mentionsPackage(t, tc.pkg) && !strings.Contains(t.String(), "struct{") {
						continue // yaegi spells it right
					}
					var ok bool
					if goName, ok = tc.goTypeName(t); !ok {
						continue
					}
				}
				helper := "TypeName"
				if d.verb == 'v' {
					if _, named := t.(*types.Named); !named && goName != "" {
						continue
					}
					helper = "GoSyntax"
				}
				newFormat.WriteString(format[last:d.from])
				newFormat.WriteString(strings.Replace(format[d.from:d.to-1], "#", "", 1) + "s")
				last = d.to
				changed = true
				static := strconv.Quote(goName)
				if e := tc.sharedStatic(a); goName == "" && e != "" {
					static = e
				}
				edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()),
					"gopadBuiltin."+helper+"("+static+", ", ")")...)
			}
		}
		if changed {
			newFormat.WriteString(format[last:])
			edits = append(edits, edit{tc.off(lit.Pos()), tc.off(lit.End()), strconv.Quote(newFormat.String()), 0})
		}
	}
	return edits
}

// stringerOperand converts an operand whose type has a String or Error
// method (or a slice, array or map of such) to the interface, so that the
// compiled printer finds the method. spaced is set for Print, which puts a
// space between operands when neither is a string (of kind string, as
// reflect sees them): the method's result then stays a non-string value
// there, as the operand itself is.
func (tc *typedChunk) stringerOperand(a ast.Expr, spaced bool) ([]edit, bool) {
	t := tc.info.Types[a].Type
	if t == nil || !mentionsPackage(t, tc.pkg) {
		return nil, false
	}
	wrap := func(open string) ([]edit, bool) {
		return around(tc.off(a.Pos()), tc.off(a.End()), open, ")"), true
	}
	if iface := printMethod(t); iface != "" {
		if types.IsInterface(t) {
			return nil, false // the interpreter converted it already
		}
		tt, ok := tc.typeText(t)
		if !ok {
			return nil, false
		}
		// The method's result, computed in interpreted code (a conversion
		// to fmt.Stringer fails for some operands, such as fields).
		open, close := "", ""
		if b, ok := t.Underlying().(*types.Basic); spaced && (!ok || b.Info()&types.IsString == 0) {
			open, close = "gopadBuiltin.Shown(", ")"
		}
		if _, ptr := t.Underlying().(*types.Pointer); ptr {
			// Go calls the method on a nil pointer, and fmt shows <nil>
			// if it panics (as a value method does).
			if !pointerReceiver(t, iface) {
				return wrap(fmt.Sprintf("func(v %s) any { if v == nil { return v }; return %sv.%s()%s }(", tt, open, iface, close))
			}
			return wrap(fmt.Sprintf("func(v %s) (r any) { if v == nil { defer func() { if recover() != nil { r = v } }() }; return %sv.%s()%s }(", tt, open, iface, close))
		}
		return around(tc.off(a.Pos()), tc.off(a.End()), open+"(", ")."+iface+"()"+close), true
	}
	ifaceType := func(e types.Type) string {
		switch printMethod(e) {
		case "String":
			return "gopadFmtPkg.Stringer"
		case "Error":
			return "error"
		}
		return ""
	}
	tt, ok := tc.typeText(t)
	if !ok {
		return nil, false
	}
	// Elements are printed through their method's result: yaegi's
	// interface conversions in a loop body would share one value.
	elem := func(e types.Type, x string) string {
		call := x + "." + printMethod(e) + "()"
		if _, ptr := e.Underlying().(*types.Pointer); ptr {
			if pointerReceiver(e, printMethod(e)) {
				return fmt.Sprintf("func() (r any) { if %s == nil { defer func() { if recover() != nil { r = nil } }() }; return %s }()", x, call)
			}
			return fmt.Sprintf("func() any { if %s == nil { return nil }; return %s }()", x, call)
		}
		return call
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if ifaceType(u.Elem()) != "" {
			return wrap(fmt.Sprintf("func(s %s) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = %s }; return out }(", tt, elem(u.Elem(), "s[i]")))
		}
	case *types.Array:
		if ifaceType(u.Elem()) != "" {
			return wrap(fmt.Sprintf("func(s %s) [%d]any { var out [%d]any; for i := 0; i < len(s); i++ { out[i] = %s }; return out }(", tt, u.Len(), u.Len(), elem(u.Elem(), "s[i]")))
		}
	case *types.Map:
		// Keys are sorted by their own values (as fmt does) in compiled
		// code, which prints the method results.
		k, v, key := "k", "v", "k"
		if ifaceType(u.Key()) != "" {
			k = elem(u.Key(), "k")
			b, ok := u.Key().Underlying().(*types.Basic)
			if !ok {
				return nil, false
			}
			key = b.Name() + "(k)" // ordered by its value, not its text
		}
		if ifaceType(u.Elem()) != "" {
			v = elem(u.Elem(), "v")
		}
		if k != "k" || v != "v" {
			return wrap(fmt.Sprintf("func(m %s) any { ks, kp, vp := make([]any, 0, len(m)), make([]any, 0, len(m)), make([]any, 0, len(m)); for k, v := range m { ks = append(ks, %s); kp = append(kp, %s); vp = append(vp, %s) }; return gopadBuiltin.PrintMap(ks, kp, vp) }(", tt, key, k, v))
		}
	}
	return nil, false
}

// hidesFields reports whether %+v of a may show a cell struct type's
// fields, and fmt would not use a String or Error method instead.
func (tc *typedChunk) hidesFields(a ast.Expr) bool {
	t := tc.info.Types[a].Type
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		return tc.dynamicNames
	}
	return mentionsPackage(t, tc.pkg) && printMethod(t) == ""
}

// formatterOperand converts an operand whose type has a Format method to
// fmt.Formatter in interpreted code, so that fmt calls the method.
func (tc *typedChunk) formatterOperand(a ast.Expr) ([]edit, bool) {
	t := tc.info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.pkg) || !hasFormat(t) {
		return nil, false
	}
	return around(tc.off(a.Pos()), tc.off(a.End()),
		"func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = ", "; return gopadF }()"), true
}

// hasFormat reports whether t has fmt.Formatter's Format(fmt.State, rune).
// shownText is a String or Error method's result as Print sees it: a
// value that is not a string, so that Print spaces it as it spaces the
// operand it stands for.
type shownText struct{ s string }

func (t shownText) String() string { return t.s }

// shown is gopadBuiltin.Shown.
func shown(s string) fmt.Stringer { return shownText{s} }

func hasFormat(t types.Type) bool {
	sel := types.NewMethodSet(t).Lookup(nil, "Format")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	st, ok := sig.Params().At(0).Type().(*types.Named)
	if !ok || st.Obj().Pkg() == nil || st.Obj().Pkg().Path() != "fmt" || st.Obj().Name() != "State" {
		return false
	}
	r, ok := sig.Params().At(1).Type().(*types.Basic)
	return ok && r.Kind() == types.Int32
}

// pointerReceiver reports whether t's method name is declared on a
// pointer receiver: Go calls it on a nil pointer too.
func pointerReceiver(t types.Type, name string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	_, ptr := recv.Type().(*types.Pointer)
	return ptr
}

// goStringer reports whether a's static type is a cell's type with a
// GoString() string method (fmt.GoStringer).
func (tc *typedChunk) goStringer(a ast.Expr) bool {
	t := tc.info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.pkg) || hasFormat(t) {
		return false
	}
	sel := types.NewMethodSet(t).Lookup(nil, "GoString")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// printMethod tells which method fmt would print a value of type t with:
// "Error", "String" or "".
func printMethod(t types.Type) string {
	ms := types.NewMethodSet(t)
	for _, name := range []string{"Error", "String"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			continue
		}
		if b, ok := sig.Results().At(0).Type().(*types.Basic); ok && b.Kind() == types.String {
			return name
		}
	}
	return ""
}

// goTypeName writes t as reflect (and so %T) names it in a compiled
// program (fmtnames.go).
func (tc *typedChunk) goTypeName(t types.Type) (string, bool) {
	return reflectName(t, tc.pkg, tc.copies)
}

// reflectSpelling writes the type arguments in a type's name as reflect
// does: main.Pair[string,int], not go/types' main.Pair[string, int].
func reflectSpelling(s string) string { return strings.ReplaceAll(s, ", ", ",") }

// printMap is gopadBuiltin.PrintMap: a value that fmt prints as a map whose
// keys and values are shown by kp and vp and ordered by keys, as fmt orders
// map keys.
func printMap(keys, kp, vp []any) fmt.Formatter {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return lessValue(reflect.ValueOf(keys[idx[a]]), reflect.ValueOf(keys[idx[b]])) })
	m := mapPrinter{}
	for _, i := range idx {
		m.k = append(m.k, kp[i])
		m.v = append(m.v, vp[i])
	}
	return m
}

type mapPrinter struct{ k, v []any }

// Format prints map[k:v ...] with the verb and flags applied to each key
// and value.
func (m mapPrinter) Format(f fmt.State, verb rune) {
	d := fmt.FormatString(f, verb)
	io.WriteString(f, "map[")
	for i := range m.k {
		if i > 0 {
			io.WriteString(f, " ")
		}
		fmt.Fprintf(f, d, m.k[i])
		io.WriteString(f, ":")
		fmt.Fprintf(f, d, m.v[i])
	}
	io.WriteString(f, "]")
}

// lessValue orders map keys of basic kinds as fmt does.
func lessValue(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() || a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() < b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() < b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() < b.Float()
	case reflect.String:
		return a.String() < b.String()
	case reflect.Bool:
		return !a.Bool() && b.Bool()
	}
	return false
}

// resultEdits shows a cell's result as fmt.Println would: a trailing
// expression of a cell's type with a Format, String or Error method (or a
// slice, array or map of such values) becomes what the printer would
// use, as an operand of Println does. Types that display themselves
// (display.Displayer) are left to the display.
func (tc *typedChunk) resultEdits() []edit {
	body := tc.file.Decls[len(tc.file.Decls)-1].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return nil
	}
	es, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	t := tc.info.Types[es.X].Type
	if t == nil || types.IsInterface(t) {
		return nil
	}
	if tup, ok := t.(*types.Tuple); ok && tup.Len() != 1 {
		return nil
	}
	for _, mt := range []types.Type{t, types.NewPointer(t)} {
		if types.NewMethodSet(mt).Lookup(nil, "Display") != nil {
			return nil
		}
	}
	edits, ok := tc.formatterOperand(es.X)
	if !ok {
		if edits, ok = tc.stringerOperand(es.X, false); !ok {
			return nil
		}
	}
	// Printed to a string by compiled code: yaegi gives no value for a
	// trailing call of a function literal.
	from, to := tc.off(es.X.Pos()), tc.off(es.X.End())
	return append(edits, edit{from, from, "gopadFmtPkg.Sprint(", 2}, edit{to, to, ")", -2})
}
