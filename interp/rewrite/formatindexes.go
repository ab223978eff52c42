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
	r := &formatReader{format: format, n: n}
	for r.i < len(format) {
		start := r.i
		for r.i < len(format) && format[r.i] != '%' {
			r.i++
		}
		r.b.WriteString(format[start:r.i])
		if r.i < len(format) && !r.directive() {
			return "", nil, false
		}
	}
	return r.b.String(), r.order, r.reordered
}

// A formatReader reads a format as fmt's doPrintf does, writing it again
// without explicit argument indexes (b) and listing the operand each star
// and verb takes (order).
type formatReader struct {
	format    string
	n         int // the operands
	i         int // the next byte of format
	arg       int // the operand the next star or verb takes
	reordered bool
	b         strings.Builder
	order     []int
}

// directive reads the directive at r.i (a %): flags, width, precision,
// the argument indexes before them and the verb.
func (r *formatReader) directive() bool {
	f := r.format
	r.b.WriteByte('%')
	r.i++
	for r.i < len(f) && strings.IndexByte("#0+- ", f[r.i]) >= 0 {
		r.b.WriteByte(f[r.i])
		r.i++
	}
	afterIndex := r.index()
	if !r.starOrDigits(&afterIndex) {
		return false
	}
	if r.i < len(f) && f[r.i] == '.' {
		if afterIndex {
			return false // fmt: BADINDEX
		}
		r.b.WriteByte('.')
		r.i++
		afterIndex = r.index()
		if !r.starOrDigits(&afterIndex) {
			return false
		}
	}
	if !afterIndex {
		afterIndex = r.index()
	}
	if r.i >= len(f) || afterIndex && r.arg < 0 {
		return false
	}
	verb, size := utf8.DecodeRuneInString(f[r.i:])
	if !unicode.IsLetter(verb) && verb != '%' {
		return false // %[1]+v: fmt takes + for the verb
	}
	if verb != '%' && !r.take() {
		return false
	}
	r.b.WriteString(f[r.i : r.i+size])
	r.i += size
	return true
}

// index reads an argument index [k] at r.i, if there is one: the next
// operand is then the k-th. A bad index leaves r.arg negative.
func (r *formatReader) index() bool {
	if r.i >= len(r.format) || r.format[r.i] != '[' {
		return false
	}
	j := strings.IndexByte(r.format[r.i:], ']')
	k := 0
	if j > 0 {
		k, _ = strconv.Atoi(r.format[r.i+1 : r.i+j])
	}
	if j < 0 || k < 1 || k > r.n {
		r.arg, r.i = -1, len(r.format)
		return true
	}
	r.arg, r.reordered = k-1, true
	r.i += j + 1
	return true
}

// starOrDigits reads a width or a precision: a star takes an operand;
// digits right after an index are bad.
func (r *formatReader) starOrDigits(afterIndex *bool) bool {
	f := r.format
	if r.arg < 0 {
		return false
	}
	if r.i < len(f) && f[r.i] == '*' {
		r.b.WriteByte('*')
		r.i++
		*afterIndex = false
		return r.take()
	}
	start := r.i
	for r.i < len(f) && f[r.i] >= '0' && f[r.i] <= '9' {
		r.i++
	}
	r.b.WriteString(f[start:r.i])
	return r.i == start || !*afterIndex
}

// take gives the next operand to a star or a verb.
func (r *formatReader) take() bool {
	if r.arg < 0 || r.arg >= r.n {
		return false
	}
	r.order = append(r.order, r.arg)
	r.arg++
	return true
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
