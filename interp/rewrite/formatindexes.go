package rewrite

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopad/gopad/interp/source"
)

// FormatIndexes writes a print call whose constant format has explicit
// argument indexes (%[2]d, %[1]*d) with the indexes resolved: the format
// without them and the operands in the order the format uses them, each
// as often as it is used. The typed phase then sees one operand per verb
// and prints the cells' types through their String, Error and Format
// methods, their Go names for %T, as for any other format (it followed no
// indexes: fmt printed a Level with %[1]v as its number).
//
//	fmt.Printf("%[1]v %[1]d\n", l)   →   fmt.Printf("%v %d\n", l, l)
//
// Operands that are safe to evaluate again or not at all (names, fields,
// literals, indexes of those) are written again; the others (calls,
// composite literals) are evaluated first, in Go's order, into variables
// of a function literal that returns the print call's results:
//
//	s := fmt.Sprintf("%[2]v %[1]T", f(), Level(1))
//	    →   s := func() string { gopadF0, gopadF1 := f(), Level(1); return fmt.Sprintf("%v %T", gopadF1, gopadF0) }()
//
// A deferred or go statement's print call is left as it is (its operands
// are taken at that statement).
var FormatIndexes = Phase{Name: "formatindexes", Passes: []Pass{formatIndexesPass}}

var formatIndexesPass = Pass{
	Name:  "formatIndexes",
	Wants: func(u *Unit) bool { return hasFormatIndex(u.Src) },
	Run: func(u *Unit) []source.Edit {
		var es edits
		deferred := map[*ast.CallExpr]bool{}
		ast.Inspect(u.AST, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.DeferStmt:
				deferred[n.Call] = true
			case *ast.GoStmt:
				deferred[n.Call] = true
			case *ast.CallExpr:
				if !deferred[n] {
					es = append(es, formatIndexEdits(u, n)...)
				}
			}
			return true
		})
		return es
	},
}

// printfFuncs are the fmt and log functions with a format: how many
// leading arguments come before it, and their results.
var printfFuncs = map[string]struct {
	skip    int
	results string
}{
	"fmt.Printf": {0, "(int, error)"}, "fmt.Sprintf": {0, "string"}, "fmt.Errorf": {0, "error"},
	"fmt.Fprintf": {1, "(int, error)"}, "fmt.Appendf": {1, "[]byte"},
	"log.Printf": {0, ""}, "log.Fatalf": {0, ""}, "log.Panicf": {0, ""},
}

// formatIndexEdits returns the edits of call when it is a print call of a
// constant format with explicit indexes whose operands may be repeated.
func formatIndexEdits(u *Unit, call *ast.CallExpr) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	fn, ok := printfFuncs[pkg.Name+"."+sel.Sel.Name]
	skip := fn.skip
	if !ok || len(call.Args) <= skip {
		return nil
	}
	lit, ok := call.Args[skip].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || !hasFormatIndex(lit.Value) {
		return nil
	}
	format, err := strconv.Unquote(lit.Value)
	if err != nil {
		return nil
	}
	operands := call.Args[skip+1:]
	plain, order, ok := resolveIndexes(format, len(operands))
	if !ok {
		return nil
	}
	// The arguments as the rewritten call names them: themselves, or
	// the variable that took their value.
	names := make([]string, len(call.Args))
	var vars, vals []string
	for i, a := range call.Args {
		names[i] = u.Code(a)
		if i != skip && !repeatable(a) {
			names[i] = "gopadF" + strconv.Itoa(len(vars))
			vars, vals = append(vars, names[i]), append(vals, u.Code(a))
		}
	}
	args := append([]string(nil), names[:skip]...)
	args = append(args, strconv.Quote(plain))
	for _, o := range order {
		args = append(args, names[skip+1+o])
	}
	// The call's line breaks stay, where Go inserts no semicolon, so
	// that later lines keep their numbers.
	nl := strings.Repeat("\n", strings.Count(u.Code(call), "\n"))
	text := u.Code(call.Fun) + "(" + nl + strings.Join(args, ", ") + ")"
	if len(vars) > 0 {
		ret := "return "
		if fn.results == "" {
			ret = ""
		}
		text = u.Code(call.Fun) + "(" + strings.Join(args, ", ") + ")"
		text = "func() " + fn.results + " {" + nl + " " + strings.Join(vars, ", ") + " := " + strings.Join(vals, ", ") + "; " + ret + text + " }()"
	}
	return []source.Edit{source.Replace(u.Off(call.Pos()), u.Off(call.End()), text)}
}

// resolveIndexes returns format without its explicit argument indexes and
// the operand each of its stars and verbs takes, in order, as fmt's
// doPrintf reads them; false for a format without indexes, and for those
// fmt reports as bad (an index out of range, digits after an index, a
// missing operand or verb).
func resolveIndexes(format string, n int) (string, []int, bool) {
	var b strings.Builder
	var order []int
	arg, reordered, end := 0, false, len(format)
	// index reads [k] at format[i]; afterIndex is then true.
	index := func(i int) (int, bool) {
		j := strings.IndexByte(format[i:], ']')
		if j < 0 {
			return 0, false
		}
		k, err := strconv.Atoi(format[i+1 : i+j])
		if err != nil || k < 1 || k > n {
			return 0, false
		}
		arg, reordered = k-1, true
		return i + j + 1, true
	}
	// starOrDigits reads a width or precision: * takes an operand.
	starOrDigits := func(i int, afterIndex bool) (int, bool) {
		if i < end && format[i] == '*' {
			if arg >= n {
				return 0, false
			}
			order = append(order, arg)
			arg++
			b.WriteByte('*')
			return i + 1, true
		}
		start := i
		for i < end && format[i] >= '0' && format[i] <= '9' {
			i++
		}
		b.WriteString(format[start:i])
		return i, i == start || !afterIndex
	}
	for i := 0; i < end; {
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		b.WriteString(format[start:i])
		if i >= end {
			break
		}
		b.WriteByte('%')
		i++
		for i < end && strings.IndexByte("#0+- ", format[i]) >= 0 {
			b.WriteByte(format[i])
			i++
		}
		ok, afterIndex := true, false
		if i < end && format[i] == '[' {
			i, ok = index(i)
			afterIndex = true
		}
		if ok {
			if i < end && format[i] == '*' {
				afterIndex = false
			}
			i, ok = starOrDigits(i, afterIndex)
		}
		if ok && i < end && format[i] == '.' {
			b.WriteByte('.')
			i++
			ok = !afterIndex
			if ok && i < end && format[i] == '[' {
				i, ok = index(i)
				afterIndex = true
			}
			if ok {
				if i < end && format[i] == '*' {
					afterIndex = false
				}
				i, ok = starOrDigits(i, afterIndex)
			}
		}
		if ok && !afterIndex && i < end && format[i] == '[' {
			i, ok = index(i)
		}
		if !ok || i >= end {
			return "", nil, false
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		if !unicode.IsLetter(verb) && verb != '%' {
			return "", nil, false // %[1]+v: fmt takes + for the verb
		}
		if verb != '%' {
			if arg >= n {
				return "", nil, false
			}
			order = append(order, arg)
			arg++
		}
		b.WriteString(format[i : i+size])
		i += size
	}
	return b.String(), order, reordered
}

// hasFormatIndex reports whether s holds a % directive with an explicit
// argument index: %, flags, then [.
func hasFormatIndex(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0; {
		j := i + 1
		for j < len(s) && strings.IndexByte("#0+- ", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == '[' {
			return true
		}
		k := strings.IndexByte(s[j:], '%')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// repeatable reports whether e may be evaluated more than once, or not at
// all, without a program seeing it: a name, a literal, a field or an
// element of those, their address or a unary operation on them.
func repeatable(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return repeatable(e.X)
	case *ast.SelectorExpr:
		return repeatable(e.X)
	case *ast.StarExpr:
		return repeatable(e.X)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && repeatable(e.X)
	case *ast.IndexExpr:
		return repeatable(e.X) && repeatable(e.Index)
	case *ast.BinaryExpr:
		return repeatable(e.X) && repeatable(e.Y)
	}
	return false
}
