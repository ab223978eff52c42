package interp

import (
	"go/ast"
	"go/types"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// builtinPrints makes the predeclared print and println print as a
// compiled program does: print puts nothing between its operands,
// println a space; floats in their shortest form; nil pointers, maps,
// channels and functions as 0x0, a nil slice as [0/0]0x0 and a nil
// interface as (0x0,0x0). yaegi prints every operand with %v and spaces
// them all. The operands are formatted by a compiled helper, and the
// text is printed on the session's stdout, where yaegi's print writes
// (gs_ cannot be shadowed by a cell's own print):
//
//	println(a, b)  →  gs_.Print(gopadBuiltin.GcPrintln(a, b))
//
// A deferred call keeps Go's order: its operands are evaluated when the
// defer statement runs.
func (tc *typedChunk) builtinPrints() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		b, ok := tc.info.Uses[id].(*types.Builtin)
		if !ok || (b.Name() != "print" && b.Name() != "println") {
			return true
		}
		helper := "GcPrint"
		if b.Name() == "println" {
			helper = "GcPrintln"
		}
		from, to := tc.off(call.Lparen), tc.off(call.Rparen)
		edits = append(edits, edit{from + 1, from + 1, "gopadBuiltin." + helper + "(", 0}, edit{to, to, ")", 0})
		edits = append(edits, edit{tc.off(id.Pos()), tc.off(id.End()), "gs_.Print", 0})
		return true
	})
	return edits
}

// mentionsBuiltinPrint reports whether src may call print or println.
var mentionsBuiltinPrint = regexp.MustCompile(`(^|[^.\w])print(ln)?\s*\(`).MatchString

// gcPrint is gopadBuiltin.GcPrint: the text print(args...) writes.
func gcPrint(args ...any) string {
	var b strings.Builder
	for _, a := range args {
		b.WriteString(gcPrintText(a))
	}
	return b.String()
}

// gcPrintln is gopadBuiltin.GcPrintln: the text println(args...) writes.
func gcPrintln(args ...any) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(gcPrintText(a))
	}
	b.WriteByte('\n')
	return b.String()
}

// gcPrintText formats one operand as the runtime's print routines do.
func gcPrintText(a any) string {
	if a == nil {
		return "(0x0,0x0)" // a nil interface
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'g', -1, 32)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Complex64:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 64)
	case reflect.Complex128:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 128)
	case reflect.String:
		return v.String()
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return "0x" + strconv.FormatUint(uint64(v.Pointer()), 16)
	case reflect.Slice:
		return "[" + strconv.Itoa(v.Len()) + "/" + strconv.Itoa(v.Cap()) + "]0x" + strconv.FormatUint(uint64(v.Pointer()), 16)
	}
	// An interface holding a value: the runtime prints two addresses.
	return "(0x" + strconv.FormatUint(uint64(reflect.ValueOf(&a).Pointer()), 16) + ",0x0)"
}
