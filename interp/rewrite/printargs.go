package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var printArgsPass = Pass{
	Name: "printArgs",
	Wants: func(u *Unit) bool {
		// A *log.Logger's methods print as log's functions do.
		// A declared function may print values of types later cells
		// declare (fmtlate.go).
		return (u.dynamicNames() || u.has(hasStruct) || !u.Stmt() && u.sights().funcs || usesStdStreams(u)) && (u.usesPackage("fmt", "log") ||
			u.callsMethod("Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"))
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.printEdits(c)...)
		}
		return append(edits, u.Types.printFuncValues()...) // fmtfuncvalues.go
	},
}

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
//     does %T of an interface holding a cell's struct type (interp/typenames.go);
//   - %#v of a named type declared in a cell starts with main.T;
//   - %+v and %#v show unexported fields by their names (yaegi renames
//     them X<name>);
//   - %w of Errorf gets a cell's error type as an error.
func (tc *Types) printEdits(c compiledCall) []source.Edit {
	if c.fn.Pkg().Path() != "fmt" && c.fn.Pkg().Path() != "log" && !loggerMethod(c) {
		return nil
	}
	if c.call.Ellipsis.IsValid() {
		return tc.spreadArgs(c)
	}
	return tc.printCall(c.fn.Name(), c.call.Args)
}

// spreadArgs converts the operands of a print call given as a slice,
// fmt.Printf(format, args...), element by element (dynamicFunc): a value
// of a cell's type with a String or Error method becomes a
// gopadBuiltin.Kept, as the verbs it meets are not known here.
func (tc *Types) spreadArgs(c compiledCall) []source.Edit {
	if name, _ := printFamily(c.fn.Name()); name == "" || len(c.call.Args) == 0 {
		return nil
	}
	a := c.call.Args[len(c.call.Args)-1]
	t := tc.Info.Types[a].Type
	if t == nil {
		return nil
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	tt, ok1 := tc.TypeText(t)
	fn, ok2 := tc.dynamicFunc(s.Elem(), shownAs{kept: true, late: tc.printedLate(a, s.Elem())})
	if !ok1 || !ok2 {
		return nil
	}
	es, _ := tc.wrapCall(a, fmt.Sprintf("func(s %s) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = %s(s[i]) }; return out }(", tt, fn))
	return es
}

// loggerMethod reports whether c calls a method of a *log.Logger, which
// cells see as gopad's own logger (log.New in interp/stdlib).
func loggerMethod(c compiledCall) bool {
	recv := c.fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "logLogger" && strings.HasSuffix(c.fn.Pkg().Path(), "/interp/stdlib")
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
func (tc *Types) printCall(name string, args []ast.Expr) []source.Edit {
	name, skip := printFamily(name)
	if len(args) < skip {
		return nil
	}
	args = args[skip:]
	switch name {
	case "Print", "Println":
		if name == "Println" {
			if es := tc.tuplePrint(args); es != nil {
				return es // tupleprint.go
			}
		}
		var edits []source.Edit
		for _, a := range args {
			if es, ok := tc.formatterOperand(a); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.stringerOperand(a, name == "Print", 'v'); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.dynamicStringer(a, name == "Print"); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.switchVarOperand(a, name == "Print", 'v'); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.containerShown(a); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.structOperand(a); ok {
				edits = append(edits, es...)
			} else if es, ok := tc.keyedMapsOperand(a); ok {
				edits = append(edits, es...)
			}
		}
		return edits
	case "Printf":
		return tc.printfCall(args)
	}
	return nil
}

// plusVOperand returns the edits of operand a of %+v, which may show the
// fields of a cell's struct type: printed with the names as written
// (gopadBuiltin.PlusV), through the values' methods where fmt calls them.
// uo and uc are unwrapped's text around an empty interface operand.
func (tc *Types) plusVOperand(f *formatRespelling, d directive, a ast.Expr, uo, uc string) []source.Edit {
	wrap := func(open, close string) []source.Edit {
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, close)
	}
	t := tc.Info.Types[a].Type
	if pointsToStringers(t) {
		// Printed through their methods: no field names to show.
		es, _ := tc.stringerElems(a, t)
		return es
	}
	f.asString(d, "+")
	if _, isMap := t.Underlying().(*types.Map); !isMap {
		// Elements of interface types: the values they hold.
		if open, ok := tc.elemsOpen(t, tc.elemFunc); ok {
			return wrap("gopadBuiltin.PlusV("+open, "))")
		}
	}
	if es, ok := tc.dynamicStringer(a, false); ok && types.IsInterface(t) {
		// An interface holding a value whose String, Error or Format
		// method fmt calls for %+v too, or a struct whose fields %v
		// prints (a hidden time.Duration field: no String).
		return append(es, wrap("gopadBuiltin.PlusV(any(", "))")...)
	}
	if open, ok := tc.elemsShown(t, 0); ok {
		// A map's keys and values with String methods, or fields that
		// have them (a map[Edge]int, Edge{From, To Coord}).
		return wrap("gopadBuiltin.PlusV(any("+open, ")))")
	}
	return wrap("gopadBuiltin.PlusV("+uo, uc+")")
}

// printfCall returns the edits for a Printf-like call of a constant
// format: the operands' edits, and the format with the verbs of the
// operands now printed as strings respelled %s.
func (tc *Types) printfCall(args []ast.Expr) []source.Edit {
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
	f := &formatRespelling{format: format}
	var edits []source.Edit
	for _, d := range ds {
		if d.operand >= len(operands) {
			break
		}
		edits = append(edits, tc.directiveEdits(f, d, operands[d.operand])...)
	}
	if f.changed {
		f.b.WriteString(format[f.last:])
		edits = append(edits, source.Edit{From: tc.Off(lit.Pos()), To: tc.Off(lit.End()), Text: strconv.Quote(f.b.String())})
	}
	return edits
}

// formatRespelling is a format being written again, directive by
// directive.
type formatRespelling struct {
	format  string
	b       strings.Builder
	last    int // bytes of format written
	changed bool
}

// asString respells directive d as %s, with its flag drop removed.
func (f *formatRespelling) asString(d directive, drop string) {
	f.b.WriteString(f.format[f.last:d.from])
	f.b.WriteString(strings.Replace(f.format[d.from:d.to-1], drop, "", 1) + "s")
	f.last = d.to
	f.changed = true
}

// directiveEdits returns the edits of operand a of directive d, and
// respells d in f where the operand is now printed as a string.
func (tc *Types) directiveEdits(f *formatRespelling, d directive, a ast.Expr) []source.Edit {
	if d.verb != 'T' && d.verb != 'p' && d.verb != 'w' {
		if es, ok := tc.formatterOperand(a); ok {
			return es // a Format method handles every verb itself, but %T and %p (and Errorf's %w wants the error)
		}
	}
	if es, ok := tc.structOperand(a); ok && (d.verb == 'v' && !d.sharp || strings.IndexByte("sqxX", d.verb) >= 0) {
		if d.verb == 'v' && d.plus {
			// Values of the cells' types in its fields name their
			// own fields as yaegi renamed them: written again.
			f.asString(d, "+")
			es = append(es, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.PlusV(any(", "))")...)
		}
		return es // fields with String methods
	}
	if es, ok := tc.badVerbOperand(f, d, a); ok {
		return es // %d of a type Celsius float64 (fmtbadverb.go)
	}
	wrap := func(open, close string) []source.Edit {
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, close)
	}
	uo, uc, unwrap := tc.unwrapped(a) // an empty interface: the value it holds
	switch {
	case d.verb == 'v' && d.plus && !d.sharp && tc.hidesFields(a):
		return tc.plusVOperand(f, d, a, uo, uc)
	case d.verb == 'v' && d.sharp && tc.holdsErased(tc.Info.Types[a].Type, 0):
		// Types gopad hands yaegi erased (fmterased.go).
		return tc.refuseErasedSyntax(a)
	case d.verb == 'v' && d.sharp && tc.goStringer(a):
		// %#v of a GoStringer prints what GoString returns.
		f.asString(d, "#")
		return wrap("(", ").GoString()")
	case d.verb == 'v' && d.sharp && tc.holdsFormatter(tc.Info.Types[a].Type, 0):
		// Elements, entries or fields with a Format method (fmtgostring.go).
		return tc.refuseHeldFormatter(a)
	case d.verb == 'v' && d.sharp && tc.holdsGoStringer(tc.Info.Types[a].Type, 0):
		// Elements, entries or fields that are GoStringers (fmtgostring.go).
		return tc.goSyntaxHeld(f, d, a)
	case d.verb == 'v' && !d.sharp, d.verb == 's', d.verb == 'q', d.verb == 'x', d.verb == 'X':
		// The verbs fmt prints a String or Error method's result with.
		if es, ok := tc.stringerOperand(a, false, d.verb); ok {
			return es
		}
		if es, ok := tc.switchVarOperand(a, false, d.verb); ok {
			return es
		}
		if es, ok := tc.containerShown(a); ok && !d.plus {
			return es
		}
		if es, ok := tc.dynamicStringer(a, false); ok {
			return es
		}
		es, _ := tc.keyedMapsOperand(a)
		return es
	case d.verb == 'w':
		if open, close, ok := tc.wrappedErrorOperand(a); ok {
			return wrap(open, close)
		}
	case d.verb == 'T', d.verb == 'v' && d.sharp:
		if es, ok := tc.typeNameEdits(f, d, a, uo, uc); ok {
			return es
		}
	case d.verb != 'w' && d.verb != 'p':
		if open, ok := tc.elemsShown(tc.Info.Types[a].Type, 0); ok && tc.holdsFormatter(tc.Info.Types[a].Type, 0) {
			// fmt calls a Format method for every verb: elements, map
			// entries and fields through theirs (%d of a map[Code]Level).
			return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")")
		}
		if _, isStruct := typeUnder[*types.Struct](tc.Info.Types[a].Type); isStruct && tc.holdsFormatter(tc.Info.Types[a].Type, 0) {
			if printer, ok := tc.structPrinter(tc.Info.Types[a].Type, 0); ok {
				return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), printer+"(", ")")
			}
		}
		if es := tc.numericOperand(a, uo, uc, unwrap); es != nil {
			return es // fmtheld.go
		}
		if es, ok := tc.keyedMapsOperand(a); ok && d.verb != 'T' {
			return es
		}
	}
	if unwrap && d.verb != 'T' && d.verb != 'p' {
		return wrap(uo, uc)
	}
	return tc.lateBare(d, a) // fmtlate.go
}

// wrappedErrorOperand is the text around Errorf's %w operand a that gives
// it as an error, converted in interpreted code: Errorf wraps only an
// error.
func (tc *Types) wrappedErrorOperand(a ast.Expr) (open, close string, ok bool) {
	t := tc.Info.Types[a].Type
	if t != nil && !types.IsInterface(t) && mentionsPackage(t, tc.Pkg) && printMethod(t) == "Error" {
		// A plain return: yaegi's var e error = StructValue panics in
		// reflect.Set.
		return "func() error { return ", " }()", true
	}
	// A cell's error in a cell's interface: the error itself, so that
	// errors.As finds it.
	errType := types.Universe.Lookup("error").Type()
	if tries := tc.implementerTries(t, errType, "gopadV", "v"); tries != "" {
		if vt, ok := tc.TypeText(t); ok {
			return "func(gopadV " + vt + ") error { " + tries + "return gopadV }(", ")", true
		}
	}
	return "", "", false
}

// typeNameEdits are the edits of operand a of %T or %#v (d), printed with
// its Go name; uo and uc wrap an empty interface operand (unwrapped).
func (tc *Types) typeNameEdits(f *formatRespelling, d directive, a ast.Expr, uo, uc string) ([]source.Edit, bool) {
	if es, ok := tc.provenTypeName(a); ok && d.verb == 'T' {
		f.asString(d, "#")
		return es, true
	}
	if es, ok := tc.dynamicTypeName(a); ok && d.verb == 'T' {
		f.asString(d, "#")
		return es, true
	}
	helper, goName, ok := tc.typeNameHelper(d, a)
	if !ok {
		return nil, false
	}
	f.asString(d, "#")
	static := strconv.Quote(goName)
	if e := tc.sharedStatic(a); goName == "" && e != "" {
		static = e
	}
	// An operand that cannot be read twice (a call's result: errors.Join
	// copied into keptStatic's tests ran three times, and failed in yaegi)
	// is read once, below.
	once := tc.callsFunc(a) || !plainOperand(a) && !readOnlyOperand(a)
	if e := tc.keptStatic(a, static); goName == "" && d.verb == 'T' && e != "" && !once {
		static = e
	} else if goName == "" && d.verb == 'T' && once {
		// A call's result or another operand that cannot be read twice
		// (a receive, %T of <-ch said uint32 for a main.Code), read once
		// through a parameter, where yaegi keeps a value's type as it
		// keeps a variable's.
		if e := tc.keptStaticOf(a, "gopadT", static); e != "" {
			if it, ok := tc.TypeText(tc.Info.Types[a].Type); ok {
				return source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
					"func(gopadT "+it+") string { return gopadBuiltin."+helper+"("+e+", "+uo+"gopadT"+uc+") }(", ")"), true
			}
		}
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin."+helper+"("+static+", "+uo, uc+")"), true
}

// typeNameHelper picks the helper that prints %T or %#v of operand a as
// Go would, and the Go name of its static type ("" when it is looked up
// from the dynamic type); false when yaegi prints it right.
func (tc *Types) typeNameHelper(d directive, a ast.Expr) (helper, goName string, ok bool) {
	t := types.Unalias(tc.Info.Types[a].Type) // %T of an alias names the aliased type
	if t == nil {
		return "", "", false
	}
	if types.IsInterface(t) {
		if !tc.dynamicNames && !tc.inFunc(a) && (d.verb != 'T' || !tc.namesStdStream()) {
			return "", "", false // only types of compiled packages so far
		}
	} else {
		if d.verb == 'T' && t.String() == "*os.File" {
			return "TypeName", "*os.File", true // os.Stdout may be gopad's (stdstreams.go)
		}
		if !mentionsPackage(t, tc.Pkg) && !strings.Contains(t.String(), "struct{") && !mentionsStdGenericType(t, 0) && !tc.holdsCellValues(d, t) {
			return "", "", false // yaegi spells it right
		}
		if goName, ok = tc.goTypeName(t); !ok {
			goName = "" // a type declared in a function: named at run time
		}
	}
	if d.verb != 'v' {
		return "TypeName", goName, true
	}
	return "GoSyntax", goName, true
}

// inFunc reports whether a is in a function of the chunk, which may run
// after later cells declare types.
func (tc *Types) inFunc(a ast.Expr) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if found || n == nil || n.Pos() > a.Pos() || n.End() < a.End() {
			return false
		}
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			found = tc.Off(n.Pos()) >= 0
		}
		return !found
	})
	return found
}

// stringerOperand converts an operand whose type has a String or Error
// method (or a slice, array or map of such) to the interface, so that the
// compiled printer finds the method. spaced is set for Print, which puts a
// space between operands when neither is a string (of kind string, as
// reflect sees them): the method's result then stays a non-string value
// there, as the operand itself is.
func (tc *Types) stringerOperand(a ast.Expr, spaced bool, verb byte) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || !mentionsPackage(t, tc.Pkg) && !holdsInterfaceStructs(t) && !tc.holdsCellStructHiding(t, 0) {
		return nil, false
	}
	if iface := printMethod(t); iface != "" {
		return tc.stringerValue(a, t, iface, spaced, verb)
	}
	return tc.stringerElems(a, t)
}

// wrapCall wraps operand a in a call: open, a and ")".
func (tc *Types) wrapCall(a ast.Expr, open string) ([]source.Edit, bool) {
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// stringerValue replaces operand a, of type t with a String or Error
// method (iface), by the method's result; verb is the operand's verb.
func (tc *Types) stringerValue(a ast.Expr, t types.Type, iface string, spaced bool, verb byte) ([]source.Edit, bool) {
	if types.IsInterface(t) {
		return nil, false // the interpreter converted it already
	}
	tt, ok := tc.TypeText(t)
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
		// That <nil> is bare for every verb: no width, no quotes, no hex
		// (gopadBuiltin.NilAngle).
		if !pointerReceiver(t, iface) {
			return tc.wrapCall(a, fmt.Sprintf("func(v %s) any { if v == nil { return gopadBuiltin.NilAngle() }; return %sv.%s()%s }(", tt, open, iface, close))
		}
		return tc.wrapCall(a, fmt.Sprintf("func(v %s) (r any) { if v == nil { defer func() { if recover() != nil { r = gopadBuiltin.NilAngle() } }() }; return %sv.%s()%s }(", tt, open, iface, close))
	}
	// A method whose body calls panic is called under a recover that
	// prints what fmt prints, %!v(PANIC=String method: ...); another that
	// panics stops the cell: recovering every method's panic here would
	// cost 2.6 times the time of a print (BenchmarkStringerPrints).
	if tc.methodPanics(t, iface) {
		return tc.wrapCall(a, fmt.Sprintf("func(v %s) (r any) { defer func() { if p := recover(); p != nil { r = %sgopadBuiltin.PanicText(%d, %q, p)%s } }(); return %sv.%s()%s }(",
			tt, open, verb, iface, close, open, iface, close))
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open+"(", ")."+iface+"()"+close), true
}

// methodPanics reports whether t's method name is a cell's method whose
// body calls panic.
func (tc *Types) methodPanics(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, tc.Pkg, name)
	fn, ok := obj.(*types.Func)
	return ok && fn.Pkg() == tc.Pkg && tc.funcFacts()[fn].panics
}

// stringerElems converts operand a, a slice, array or map of type t
// whose elements (or keys) have a String or Error method, to one of their
// methods' results.
func (tc *Types) stringerElems(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	if open, ok := tc.pointedElemsShown(t); ok {
		return tc.wrapCall(a, open)
	}
	open, ok := tc.elemsShown(t, 0)
	if !ok {
		return nil, false
	}
	return tc.wrapCall(a, open)
}

// pointedElemsShown is elemsShown for an operand that points to a slice,
// an array or a map: fmt prints such a pointer as & and what it points to
// (&[[a 1] [b 2]] for a *Holidays of Stringers), only as an operand itself
// (nested, a pointer prints as an address), and yaegi's values had lost
// their String methods there (&[{a 1} {b 2}]). A map's entries are shown
// by a printer of gopad's, whose pointer fmt would not follow:
// gopadBuiltin.Pointed prints the & (and the pointer for %p). A nil
// pointer stays one.
func (tc *Types) pointedElemsShown(t types.Type) (string, bool) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return "", false
	}
	ret := "gopadE := %s*p); return &gopadE"
	switch p.Elem().Underlying().(type) {
	case *types.Slice, *types.Array:
	case *types.Map:
		ret = "return gopadBuiltin.Pointed(p, %s*p))"
	default:
		return "", false
	}
	tt, ok1 := tc.TypeText(t)
	open, ok2 := tc.elemsShown(p.Elem(), 0)
	if !ok1 || !ok2 {
		return "", false
	}
	return "func(p " + tt + ") any { if p == nil { return p }; " + fmt.Sprintf(ret, open) + " }(", true
}

// pointsToStringers reports whether t points to a slice, an array or a
// map whose elements have a String or Error method, which fmt prints for
// %+v as for %v.
func pointsToStringers(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	return ok && stringerContainer(p.Elem())
}

// elemsShown is the start of a call (its end is ")") that gives fmt a
// value of t, a slice, array or map, with its elements and keys shown by
// their String or Error methods, also within nested slices, arrays and
// maps (a map[Suit][]Card); false when t holds none.
func (tc *Types) elemsShown(t types.Type, depth int) (string, bool) {
	tt, ok := tc.TypeText(t)
	if !ok || depth > 4 {
		return "", false
	}
	elem := func(e types.Type, x string) (string, bool) {
		if !types.IsInterface(e) && mentionsPackage(e, tc.Pkg) && hasFormat(e) {
			// fmt calls a Format method before String (formatterOperand)
			return "func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = " + x + "; return gopadF }()", true
		}
		if printMethod(e) != "" {
			return shownElem(e, x), true
		}
		if open, ok := tc.elemsShown(e, depth+1); ok {
			// as any: yaegi spreads a []any appended to a []any (appendiface.go)
			return "any(" + open + x + "))", true
		}
		if tc.structNeedsMethods(e, depth+1) {
			// A struct whose fields have such methods (fmtstruct.go).
			if printer, ok := tc.structPrinter(e, depth+1); ok {
				return printer + "(" + x + ")", true
			}
		}
		if tc.pairedElems(e) {
			// A cell's interface: the value it holds (fmtdynamic.go),
			// which yaegi hands over as its pair of node and value.
			if fn, ok := tc.elemFunc(e); ok {
				return "gopadBuiltin.Unkept(" + fn + "(" + x + "))", true
			}
		}
		return x, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if v, ok := elem(u.Elem(), "s[i]"); ok {
			return fmt.Sprintf("func(s %s) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = %s }; return out }(", tt, v), true
		}
	case *types.Array:
		if v, ok := elem(u.Elem(), "s[i]"); ok {
			return fmt.Sprintf("func(s %s) [%d]any { var out [%d]any; for i := 0; i < len(s); i++ { out[i] = %s }; return out }(", tt, u.Len(), u.Len(), v), true
		}
	case *types.Map:
		// Keys are sorted by their own values (as fmt does) in compiled
		// code, which prints the method results.
		k, key, ok := tc.shownKey(u.Key(), depth)
		if !ok {
			return "", false
		}
		v, vShown := elem(u.Elem(), "v")
		if k != "k" || vShown {
			// A key or value of a cell's type over a basic type that the
			// printer hands over as it is would reach fmt as yaegi's pair.
			k, key = tc.bareBasic(u.Key(), k), tc.bareBasic(u.Key(), key)
			v = tc.bareBasic(u.Elem(), v)
			return mapPrinterOpen(tt, key, k, v), true
		}
	}
	return "", false
}

// shownKey is how elemsShown prints a key k of a map of key type t (k
// where fmt prints it as it is) and what it sorts it by (a value that
// gopadBuiltin.PrintMap orders as fmt orders t's keys); false where it
// cannot order them.
func (tc *Types) shownKey(t types.Type, depth int) (k, key string, ok bool) {
	switch {
	case !types.IsInterface(t) && mentionsPackage(t, tc.Pkg) && hasFormat(t):
		// fmt calls a Format method before String, for keys too.
		key, ok := tc.keyOrder(t)
		return "func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = k; return gopadF }()", key, ok
	case printMethod(t) != "":
		key, ok := tc.keyOrder(t)
		return shownElem(t, "k"), key, ok && key != "k"
	case types.IsInterface(t):
		// A map[any]'s keys, yaegi's pairs (mapanykeys.go).
		if k, ok := tc.pairedKeyShown(t, "k"); ok {
			return k, "gopadBuiltin.Unkept(k)", true
		}
	case isArray(t) && stringerContainer(t):
		// An array key whose elements have such methods (a [2]Suit).
		open, ok1 := tc.elemsShown(t, depth+1)
		key, ok2 := tc.keyOrder(t)
		return "any(" + open + "k))", key, ok1 && ok2
	case tc.structNeedsMethods(t, depth+1):
		// A struct key whose fields have such methods (a Pair{Coord, Coord}).
		printer, ok1 := tc.structPrinter(t, depth+1)
		u, ok2 := tc.TypeText(t.Underlying())
		return printer + "(k)", "(" + u + ")(k)", ok1 && ok2
	}
	return "k", "k", true
}

// keyOrder is what gopadBuiltin.PrintMap sorts a key k of type t by, as
// fmt orders such keys: a basic type by its value (not the text its
// method shows), a struct field by field and an array element by element
// through a copy of the underlying type (the loop's k is one variable,
// which yaegi's conversions to any would share), a pointer by address.
func (tc *Types) keyOrder(t types.Type) (string, bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Name() + "(k)", true
	case *types.Struct, *types.Array:
		text, ok := tc.TypeText(u)
		return "(" + text + ")(k)", ok
	case *types.Pointer:
		return "k", true
	}
	return "", false
}

// shownElem is the expression that prints element x of type e, which has
// a String or Error method: the method's result. Elements are printed
// through it because yaegi's interface conversions in a loop body would
// share one value.
func shownElem(e types.Type, x string) string {
	call := x + "." + printMethod(e) + "()"
	if _, ptr := e.Underlying().(*types.Pointer); ptr {
		if pointerReceiver(e, printMethod(e)) {
			return fmt.Sprintf("func() (r any) { if %s == nil { defer func() { if recover() != nil { r = nil } }() }; return %s }()", x, call)
		}
		return fmt.Sprintf("func() any { if %s == nil { return nil }; return %s }()", x, call)
	}
	return call
}

// hidesFields reports whether %+v of a may show a cell struct type's
// fields, and fmt would not use a String or Error method instead.
func (tc *Types) hidesFields(a ast.Expr) bool {
	t := tc.Info.Types[a].Type
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		return tc.dynamicNames
	}
	return (mentionsPackage(t, tc.Pkg) || unexportedFields(t, 0)) && printMethod(t) == "" && !stringerContainer(t)
}

// unexportedFields reports whether t is or holds (as an element, a
// pointer's target or a field) a struct type with an unexported field:
// an anonymous struct type, which mentionsPackage does not see.
func unexportedFields(t types.Type, depth int) bool {
	if depth > 10 {
		return false
	}
	switch t := t.(type) {
	case *types.Struct:
		for i := range t.NumFields() {
			if !t.Field(i).Exported() || unexportedFields(t.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Map:
		return unexportedFields(t.Key(), depth+1) || unexportedFields(t.Elem(), depth+1)
	case interface{ Elem() types.Type }:
		return unexportedFields(t.Elem(), depth+1)
	}
	return false
}

// stringerContainer reports whether t is a slice or array whose elements,
// or a map whose values, fmt prints through their String or Error method
// (stringerElems then prints them, also for %+v).
func stringerContainer(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return printMethod(u.Elem()) != ""
	case *types.Array:
		return printMethod(u.Elem()) != ""
	case *types.Map:
		return printMethod(u.Elem()) != ""
	}
	return false
}

// formatterOperand converts an operand whose type has a Format method to
// fmt.Formatter in interpreted code, so that fmt calls the method.
func (tc *Types) formatterOperand(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return nil, false
	}
	if !hasFormat(t) {
		if es, ok := tc.formatterElems(a, t); ok {
			return es, true
		}
		return tc.formatterKeys(a, t)
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
		"func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = ", "; return gopadF }()"), true
}

// formatterKeys converts operand a, a map of type t whose keys are of a
// cell's type with a Format method, to a map printer that hands fmt each
// key as a fmt.Formatter (and each value too where its type has Format),
// so that fmt calls the method for every verb (%d of a map[Level]int
// prints map[L1:2], not map[1:2]). A value with a String method but no
// Format, or holding elements with methods, is left to the verbs that
// print it (stringerOperand).
func (tc *Types) formatterKeys(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	m, ok := t.Underlying().(*types.Map)
	if !ok || types.IsInterface(m.Key()) || !mentionsPackage(m.Key(), tc.Pkg) || !hasFormat(m.Key()) {
		return nil, false
	}
	k, key, ok := tc.shownKey(m.Key(), 0)
	tt, ok2 := tc.TypeText(t)
	if !ok || !ok2 {
		return nil, false
	}
	v := tc.bareBasic(m.Elem(), "v")
	switch e := m.Elem(); {
	case !types.IsInterface(e) && mentionsPackage(e, tc.Pkg) && hasFormat(e):
		v = "func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = v; return gopadF }()"
	case printMethod(e) != "" || stringerContainer(e) || tc.structNeedsMethods(e, 1):
		return nil, false
	default:
		if _, shown := tc.elemsShown(e, 1); shown {
			return nil, false // a []Frac value: elemsShown's printer
		}
	}
	return tc.wrapCall(a, mapPrinterOpen(tt, key, k, v))
}

// formatterElems converts operand a, a slice, array or map of type t
// whose elements are of a cell's type with a Format method, element by
// element to fmt.Formatter in interpreted code, so that fmt calls the
// method on each ([(0,0) (1,1)], not [{0 0} {1 1}]).
func (tc *Types) formatterElems(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	return tc.elemsThrough(a, t, func(e types.Type) (string, bool) {
		et, ok := tc.TypeText(e)
		if !ok || types.IsInterface(e) || !mentionsPackage(e, tc.Pkg) || !hasFormat(e) {
			return "", false
		}
		return "func(v " + et + ") any { var gopadF gopadFmtPkg.Formatter = v; return gopadF }", true
	})
}

// hasFormat reports whether t has fmt.Formatter's Format(fmt.State, rune).
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
func (tc *Types) goStringer(a ast.Expr) bool {
	return tc.goStringerType(tc.Info.Types[a].Type)
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

// mentionsStdGenericType reports whether t is or holds one of the
// standard library's generic types that cells get from StdGenericSource
// (unique.Handle[string]): yaegi names those by their interpreted struct.
func mentionsStdGenericType(t types.Type, depth int) bool {
	if depth > 20 {
		return false
	}
	switch t := t.(type) {
	case *types.Named:
		if o := t.Obj(); o.Pkg() != nil {
			if _, ok := StdGenericDecls()[o.Pkg().Path()+"."+o.Name()].(*ast.TypeSpec); ok {
				return true
			}
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mentionsStdGenericType(t.TypeArgs().At(i), depth+1) {
				return true
			}
		}
	case *types.Pointer:
		return mentionsStdGenericType(t.Elem(), depth+1)
	case *types.Slice:
		return mentionsStdGenericType(t.Elem(), depth+1)
	case *types.Array:
		return mentionsStdGenericType(t.Elem(), depth+1)
	case *types.Map:
		return mentionsStdGenericType(t.Key(), depth+1) || mentionsStdGenericType(t.Elem(), depth+1)
	}
	return false
}

// goTypeName writes t as reflect (and so %T) names it in a compiled
// program (fmtnames.go).
func (tc *Types) goTypeName(t types.Type) (string, bool) {
	return reflectName(t, tc.Pkg, tc.copies)
}

// bareBasic is x, of type t, converted to its basic type when t is a
// cell's type over a basic type and x is the bare name k or v of a map
// printer's loop (a method's result is left alone).
func (tc *Types) bareBasic(t types.Type, x string) string {
	if x != "k" && x != "v" {
		return x
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return x
	}
	if b, ok := n.Underlying().(*types.Basic); ok {
		return b.Name() + "(" + x + ")"
	}
	return x
}

// mapPrinterOpen is the start of a call (its end is ")") that hands fmt a
// map of type tt through gopadBuiltin.PrintMap: each entry's key k sorted
// by key and printed as kp, its value v printed as vp (expressions of the
// loop's k and v).
func mapPrinterOpen(tt, key, kp, vp string) string { return mapPrinterNamed(tt, "k", "v", key, kp, vp) }

// mapPrinterNamed is mapPrinterOpen with the loop's key and value named k
// and v.
func mapPrinterNamed(tt, k, v, key, kp, vp string) string {
	return "func(m " + tt + ") any { ks, kp, vp := make([]any, 0, len(m)), make([]any, 0, len(m)), make([]any, 0, len(m)); " +
		"for " + k + ", " + v + " := range m { ks = append(ks, " + key + "); kp = append(kp, " + kp + "); vp = append(vp, " + vp + ") }; " +
		"return gopadBuiltin.PrintMap(ks, kp, vp) }("
}

// isArray reports whether t is an array type.
func isArray(t types.Type) bool {
	_, ok := t.Underlying().(*types.Array)
	return ok
}
