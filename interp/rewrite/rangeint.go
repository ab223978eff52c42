package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

// RangeInt makes a range over an integer, which yaegi lacks, a counted
// loop that keeps n's type:
//
//	for i := range n   →   for i, gopadN := 0*(n), n; i < gopadN; i++
//
// An integer is known from the syntax (see intNames.isInt).
var RangeInt = Pass{Name: "rangeInt", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	rangeStmts(u, func(n *ast.RangeStmt, isInt bool) {
		if isInt && n.Tok != token.ASSIGN { // a range with = is RangeAssign's
			es.add(rangeInt(u, n)...)
		}
	})
	return es
}}

// A body that writes the variable (i += 10) without capturing it counts
// with gopadI and gives the body its own i, as the next iteration of a
// range does not start from the body's value (a captured one is
// PerIteration's copy already).
func rangeInt(u *Unit, n *ast.RangeStmt) []source.Edit {
	key := "gopadI"
	if id, ok := n.Key.(*ast.Ident); ok && id.Name != "_" {
		key = id.Name
	}
	x := u.Code(n.X)
	counter, own := key, ""
	if key != "gopadI" && n.Tok == token.DEFINE && writtenNotCaptured(n.Body, key) {
		counter, own = "gopadI", " "+key+" := gopadI;"
	}
	head := fmt.Sprintf("for %s, gopadN := 0*(%s), %s; %s < gopadN; %s++", counter, x, x, counter, counter)
	es := []source.Edit{source.Replace(u.Off(n.Pos()), u.Off(n.Body.Lbrace), head+" ")}
	if own != "" {
		es = append(es, source.Insert(u.Off(n.Body.Lbrace)+1, own))
	}
	return es
}

// writtenNotCaptured reports whether body writes the loop variable name
// and captures it nowhere (loopRefs decides both as PerIteration does).
func writtenNotCaptured(body *ast.BlockStmt, name string) bool {
	lr := &loopRefs{names: loopVars{name: true}}
	lr.block(body.List)
	written := false
	for _, r := range lr.refs {
		if r.captured {
			return false
		}
		written = written || r.assigned
	}
	return written
}

// rangeStmts calls f with each range statement of u and whether it ranges
// over an integer.
func rangeStmts(u *Unit, f func(n *ast.RangeStmt, isInt bool)) {
	ints := intNames{u: u, local: map[string]bool{}}
	walk(u, func(n ast.Node, c *cursor) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			// A function's names are its own: collatz's steps := 0 says
			// nothing of main's steps := run(...).
			ints.local = map[string]bool{}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						ints.local[id.Name] = ints.isInt(n.Rhs[i], c)
					}
				}
			}
		case *ast.ValueSpec:
			ints.valueSpec(n, c)
		case *ast.RangeStmt:
			f(n, ints.isInt(n.X, c))
		}
		return true
	})
}

// valueSpec notes which names of a var declaration are integers: by the
// type written, or else by the values.
func (in intNames) valueSpec(n *ast.ValueSpec, c *cursor) {
	for i, nm := range n.Names {
		switch {
		case n.Type != nil:
			id, ok := n.Type.(*ast.Ident)
			in.local[nm.Name] = ok && isIntTypeName(id.Name)
		case len(n.Values) == len(n.Names):
			in.local[nm.Name] = in.isInt(n.Values[i], c)
		}
	}
}

// intNames tells which names are integers: those the chunk's function
// declared so far with an integer value or type (local, which also notes
// the names declared with another type), the parameters and results
// of the functions around, and the session's variables.
type intNames struct {
	u     *Unit
	local map[string]bool
}

// isInt reports whether e is known to be an integer: a literal, len or
// cap, a conversion to an integer type, arithmetic of those, or a name
// known to be an integer.
func (in intNames) isInt(e ast.Expr, c *cursor) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.ParenExpr:
		return in.isInt(e.X, c)
	case *ast.UnaryExpr:
		return in.isInt(e.X, c)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR, token.AND, token.OR, token.XOR:
			return in.isInt(e.X, c) && in.isInt(e.Y, c) ||
				(e.Op == token.SHL || e.Op == token.SHR) && in.isInt(e.X, c)
		}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok {
			return id.Name == "len" || id.Name == "cap" || isIntTypeName(id.Name)
		}
	case *ast.Ident:
		return in.isIntName(e.Name, c)
	}
	return false
}

func (in intNames) isIntName(name string, c *cursor) bool {
	if isInt, ok := in.local[name]; ok {
		return isInt
	}
	for i := len(c.stack) - 1; i >= 0; i-- {
		var ft *ast.FuncType
		switch f := c.stack[i].(type) {
		case *ast.FuncDecl:
			ft = f.Type
		case *ast.FuncLit:
			ft = f.Type
		default:
			continue
		}
		if t, found := fieldType(name, ft.Params, ft.Results); found {
			id, ok := t.(*ast.Ident)
			return ok && isIntTypeName(id.Name)
		}
	}
	if in.u.Scope == nil {
		return false
	}
	if v, ok := in.u.Scope.Global(name); ok && v.IsValid() {
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return true
		}
	}
	return false
}

// fieldType is the type of the field name in lists.
func fieldType(name string, lists ...*ast.FieldList) (ast.Expr, bool) {
	for _, fl := range lists {
		if fl == nil {
			continue
		}
		for _, fld := range fl.List {
			for _, nm := range fld.Names {
				if nm.Name == name {
					return fld.Type, true
				}
			}
		}
	}
	return nil, false
}

func isIntTypeName(n string) bool {
	switch n {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune":
		return true
	}
	return false
}
