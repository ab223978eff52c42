package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var rangeFuncPass = Pass{
	Name:  "rangeFunc",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeFuncs() },
}

// rangeFuncs rewrites range over functions (Go 1.23 iterators), which yaegi
// cannot compile, into a call of the iterator with a yield function:
//
//	for k, v := range seq {        seq(func(k K, v V) bool {
//		if k == x { break }    →       if k == x { return false }
//		...                            ...; return true
//	}                              })
//
// continue becomes return true. A return from the enclosing function sets
// a flag and the results, stops the iteration, and returns after the call.
// Loops that defer, use goto, or break or continue an outer statement are
// left alone (the interpreter then reports them).
func (tc *Types) rangeFuncs() []source.Edit {
	var edits []source.Edit
	n := 0
	var funcs []ast.Node // enclosing functions, innermost last
	var parents []ast.Node
	ast.Inspect(tc.File, func(node ast.Node) bool {
		if node == nil {
			last := parents[len(parents)-1]
			parents = parents[:len(parents)-1]
			if len(funcs) > 0 && funcs[len(funcs)-1] == last {
				funcs = funcs[:len(funcs)-1]
			}
			return true
		}
		var label *ast.LabeledStmt
		if len(parents) > 0 {
			label, _ = parents[len(parents)-1].(*ast.LabeledStmt)
		}
		parents = append(parents, node)
		switch node := node.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, node)
		case *ast.RangeStmt:
			var fn ast.Node
			if len(funcs) > 0 {
				fn = funcs[len(funcs)-1]
			}
			n++
			if es, ok := tc.rangeFunc(node, label, fn, n); ok {
				edits = append(edits, es...)
			}
		}
		return true
	})
	return edits
}

// yieldParams returns the parameter types of the yield function of a range
// operand of function type, or ok false.
func yieldParams(t types.Type) ([]types.Type, bool) {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil, false
	}
	y, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || y.Results().Len() != 1 || y.Params().Len() > 2 {
		return nil, false
	}
	if b, ok := y.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil, false
	}
	var out []types.Type
	for i := 0; i < y.Params().Len(); i++ {
		out = append(out, y.Params().At(i).Type())
	}
	return out, true
}

func (tc *Types) rangeFunc(rs *ast.RangeStmt, label *ast.LabeledStmt, fn ast.Node, n int) ([]source.Edit, bool) {
	tv, ok := tc.Info.Types[rs.X]
	if !ok || tv.Type == nil {
		return nil, false
	}
	ptypes, ok := yieldParams(tv.Type)
	if !ok || rs.Tok == token.ASSIGN {
		return nil, false
	}
	vars := []ast.Expr{rs.Key, rs.Value}
	params := make([]string, len(ptypes))
	for i, pt := range ptypes {
		text, ok := tc.TypeText(pt)
		if !ok {
			return nil, false
		}
		name := "_"
		if vars[i] != nil {
			id, ok := vars[i].(*ast.Ident)
			if !ok {
				return nil, false
			}
			name = id.Name
		}
		params[i] = name + " " + text
	}
	if (rs.Key != nil && len(ptypes) < 1) || (rs.Value != nil && len(ptypes) < 2) {
		return nil, false
	}
	var labelName string
	if label != nil {
		labelName = label.Label.Name
	}
	flag := fmt.Sprintf("gopadRet%d", n)
	var edits []source.Edit
	var results []string // types of the enclosing function's results, for returns
	var named []string   // or their names
	var holders []string // what a return assigns: the names, or one variable a result
	returns := false
	ok = true
	// Walk the body: depth counts enclosing loops (for break and continue)
	// and switches or selects (for break) inside this loop.
	// inYield is set inside the body of a nested range over a function,
	// which a branch to this loop cannot leave.
	var walk func(node ast.Node, loops, breakables int, inYield bool)
	walk = func(node ast.Node, loops, breakables int, inYield bool) {
		ast.Inspect(node, func(x ast.Node) bool {
			if !ok || x == nil {
				return false
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.DeferStmt:
				ok = false
			case *ast.ForStmt:
				walk(x.Body, loops+1, breakables+1, inYield)
				return false
			case *ast.RangeStmt:
				isFunc := false
				if t := tc.Info.Types[x.X].Type; t != nil {
					_, isFunc = yieldParams(t)
				}
				if isFunc && containsReturn(x.Body) {
					ok = false // nested returns through two yield functions
				}
				walk(x.Body, loops+1, breakables+1, inYield || isFunc)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				var body *ast.BlockStmt
				switch y := x.(type) {
				case *ast.SwitchStmt:
					body = y.Body
				case *ast.TypeSwitchStmt:
					body = y.Body
				case *ast.SelectStmt:
					body = y.Body
				}
				walk(body, loops, breakables+1, inYield)
				return false
			case *ast.BranchStmt:
				ours := false
				switch {
				case x.Tok == token.GOTO || x.Tok == token.FALLTHROUGH:
					if x.Tok == token.GOTO {
						ok = false
					}
					return false
				case x.Label != nil:
					if x.Label.Name != labelName {
						if !labelInside(node, x.Label.Name) {
							ok = false
						}
						return false
					}
					ours = true
				case x.Tok == token.BREAK:
					ours = breakables == 0
				case x.Tok == token.CONTINUE:
					ours = loops == 0
				}
				if ours && inYield {
					ok = false
				}
				if ours {
					v := "true"
					if x.Tok == token.BREAK {
						v = "false"
					}
					edits = append(edits, source.Edit{From: tc.Off(x.Pos()), To: tc.Off(x.End()), Text: "return " + v})
				}
				return false
			case *ast.ReturnStmt:
				if fn == nil {
					ok = false
					return false
				}
				if !returns {
					returns = true
					results, named, ok = tc.resultsOf(fn)
					if !ok {
						return false
					}
					holders = named
					if holders == nil {
						for i := range results {
							holders = append(holders, fmt.Sprintf("%s_%d", flag, i))
						}
					}
				}
				var b strings.Builder
				b.WriteString("{ ")
				if len(x.Results) > 0 {
					var rhs []string
					for _, r := range x.Results {
						rhs = append(rhs, tc.code(r))
					}
					fmt.Fprintf(&b, "%s = %s; ", strings.Join(holders, ", "), strings.Join(rhs, ", "))
				}
				fmt.Fprintf(&b, "%s = true; return false }", flag)
				edits = append(edits, source.Edit{From: tc.Off(x.Pos()), To: tc.Off(x.End()), Text: b.String()})
				return false
			}
			return true
		})
	}
	walk(rs.Body, 0, 0, false)
	if !ok {
		return nil, false
	}
	start := rs.Pos()
	if label != nil {
		start = label.Pos()
	}
	var pre strings.Builder
	if returns {
		fmt.Fprintf(&pre, "var %s bool; ", flag)
		if named == nil {
			for i, r := range results {
				fmt.Fprintf(&pre, "var %s %s; ", holders[i], r)
			}
		}
	}
	open, close := "", ""
	switch rs.X.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr:
	default:
		open, close = "(", ")"
	}
	edits = append(edits,
		source.Edit{From: tc.Off(start), To: tc.Off(rs.X.Pos()), Text: pre.String() + open},
		source.Edit{From: tc.Off(rs.X.End()), To: tc.Off(rs.Body.Lbrace) + 1, Text: close + "(func(" + strings.Join(params, ", ") + ") bool {"},
	)
	after := "; return true })"
	if returns {
		after += fmt.Sprintf("; if %s { return %s }", flag, strings.Join(holders, ", "))
	}
	edits = append(edits, source.Edit{From: tc.Off(rs.Body.Rbrace), To: tc.Off(rs.Body.Rbrace) + 1, Text: after})
	return edits, true
}

// resultsOf returns the result types of the function fn, and their names
// if it names them.
func (tc *Types) resultsOf(fn ast.Node) (rtypes []string, names []string, ok bool) {
	var ft *ast.FuncType
	switch f := fn.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	if ft == nil || ft.Results == nil {
		return nil, nil, true
	}
	for _, field := range ft.Results.List {
		tv, found := tc.Info.Types[field.Type]
		if !found {
			return nil, nil, false
		}
		text, good := tc.TypeText(tv.Type)
		if !good {
			return nil, nil, false
		}
		if len(field.Names) == 0 {
			rtypes = append(rtypes, text)
			continue
		}
		for _, n := range field.Names {
			if n.Name == "_" {
				return nil, nil, false
			}
			rtypes = append(rtypes, text)
			names = append(names, n.Name)
		}
	}
	return rtypes, names, true
}

func (tc *Types) code(n ast.Node) string {
	return tc.Text[tc.Fset.Position(n.Pos()).Offset:tc.Fset.Position(n.End()).Offset]
}

// containsReturn reports whether a block returns from its function.
func containsReturn(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// labelInside reports whether a statement labelled name is inside node.
func labelInside(node ast.Node, name string) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Label.Name == name {
			found = true
		}
		return !found
	})
	return found
}
