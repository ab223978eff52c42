package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelectCases waits in the selects of functions through compiled code
// with cases of its own, gp_.Select, and runs the chosen case's body in a
// switch:
//
//	select {                     →   { var gopadSR9_0 int; var gopadSS9_1 int = v; switch gopadSK9, _ := gp_.Select(0, in, &gopadSR9_0, 1, out, &gopadSS9_1); gopadSK9 {
//	case x := <-in:                  case 0: x := gopadSR9_0;
//	case out <- v:                   default:
//	}                                } }
//
// yaegi keeps one set of cases per select statement and fills it from the
// running goroutine's frame just before it waits: goroutines running the
// same select at once (a pipeline's stages made by one function, a worker
// pool) overwrote each other's channels and values, and received from or
// sent on another goroutine's channel (a sieve lost primes). A select
// outside functions runs in the cell's goroutine alone and stays as it is,
// and so does one with a case on a channel of an interface type other
// than any (yaegi's values of the cells' types in such interfaces are its
// own), inside a generic function, or with a case spread over several
// lines (the edits keep every line where it was). Its own typed phase,
// after selectOrder, which has put the operands with effects in variables.
var SelectCases = Phase{Name: "selectcases", Typed: true, Passes: []Pass{selectCasesPass}}

var selectCasesPass = Pass{
	Name: "selectCases",
	Wants: func(u *Unit) bool {
		return strings.Contains(u.Src, "select") && u.has(hasChanOp) && hasFuncSelect(u.AST)
	},
	Run: func(u *Unit) []source.Edit {
		if u.Types == nil {
			return nil
		}
		return u.Types.selectCases()
	},
}

// hasFuncSelect reports whether f holds a select with cases inside a
// function literal or declaration.
func hasFuncSelect(f ast.Node) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			found = found || holdsSelect(n.Body)
		case *ast.FuncDecl:
			found = found || n.Body != nil && holdsSelect(n.Body)
		}
		return !found
	})
	return found
}

func holdsSelect(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectStmt); ok && len(s.Body.List) > 0 {
			found = true
		}
		return !found
	})
	return found
}

func (tc *Types) selectCases() []source.Edit {
	var es edits
	labels := map[*ast.SelectStmt]*ast.LabeledStmt{}
	var visit func(n ast.Node, inFunc bool)
	visit = func(n ast.Node, inFunc bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncDecl:
				if m.Body != nil {
					visit(m.Body, m.Name.Name != "_") // "_": a statement chunk's
				}
				return false
			case *ast.FuncLit:
				visit(m.Body, true)
				return false
			case *ast.LabeledStmt:
				if s, ok := m.Stmt.(*ast.SelectStmt); ok {
					labels[s] = m
				}
			case *ast.SelectStmt:
				if inFunc {
					var start ast.Node = m
					if l := labels[m]; l != nil {
						start = l
					}
					es.add(tc.selectCase(m, start)...)
				}
			}
			return true
		})
	}
	visit(tc.File, false)
	return es
}

// A selectClause is what selectCase writes for one case of a select:
// its operands in gp_.Select's call, the declarations before the select
// and the statement that starts its body.
type selectClause struct {
	args, decl, head string
	ok               bool // the head reads the receive's ok
}

// selectCase writes s, started at start (s, or the label on s), as a
// switch on gp_.Select's choice; nil when s stays as it is.
func (tc *Types) selectCase(s *ast.SelectStmt, start ast.Node) []source.Edit {
	if len(s.Body.List) == 0 || tc.inGeneric(s) {
		return nil
	}
	at := tc.Off(s.Pos())
	var es []source.Edit
	var args, decls []string
	usesOK := false
	for i, c := range s.Body.List {
		cc := c.(*ast.CommClause)
		if tc.line(cc.Pos()) != tc.line(cc.Colon) {
			return nil
		}
		sc, ok := tc.selectClause(cc, at, i)
		if !ok {
			return nil
		}
		args = append(args, sc.args)
		if sc.decl != "" {
			decls = append(decls, sc.decl)
		}
		usesOK = usesOK || sc.ok
		label := fmt.Sprintf("case %d:", i)
		if i == len(s.Body.List)-1 {
			label = "default:" // a switch whose cases all return ends its function, as the select did
		}
		es = append(es, source.Replace(tc.Off(cc.Pos()), tc.Off(cc.Colon)+1, label+sc.head))
	}
	okName := "_"
	if usesOK {
		okName = fmt.Sprintf("gopadSOK%d", at)
	}
	decl := strings.Join(decls, "")
	sw := fmt.Sprintf("switch gopadSK%d, %s := gp_.Select(%s); gopadSK%d {", at, okName, strings.Join(args, ", "), at)
	return append(es,
		source.Insert(tc.Off(start.Pos()), "{ "+decl),
		source.Replace(at, tc.Off(s.Body.Lbrace)+1, sw),
		source.Insert(tc.Off(s.End()), " }"))
}

// selectClause writes the i-th case cc of the select at offset at.
func (tc *Types) selectClause(cc *ast.CommClause, at, i int) (selectClause, bool) {
	switch comm := cc.Comm.(type) {
	case nil:
		return selectClause{args: "2, nil, nil"}, true
	case *ast.SendStmt:
		elem, ok := tc.selectElem(comm.Chan)
		if !ok {
			return selectClause{}, false
		}
		name := fmt.Sprintf("gopadSS%d_%d", at, i)
		return selectClause{
			args: fmt.Sprintf("1, %s, &%s", tc.code(comm.Chan), name),
			decl: fmt.Sprintf("var %s %s = %s; ", name, elem, tc.code(comm.Value)),
		}, true
	case *ast.ExprStmt:
		ch, ok := recvChan(comm.X)
		if !ok {
			return selectClause{}, false
		}
		return selectClause{args: fmt.Sprintf("0, %s, nil", tc.code(ch))}, true
	case *ast.AssignStmt:
		ch, ok := recvChan(comm.Rhs[0])
		if !ok || len(comm.Rhs) != 1 {
			return selectClause{}, false
		}
		elem, ok := tc.selectElem(ch)
		if !ok {
			return selectClause{}, false
		}
		name := fmt.Sprintf("gopadSR%d_%d", at, i)
		lhs := make([]string, len(comm.Lhs))
		for j, l := range comm.Lhs {
			lhs[j] = tc.code(l)
		}
		rhs := name
		if len(lhs) == 2 {
			rhs += fmt.Sprintf(", gopadSOK%d", at)
		}
		return selectClause{
			args: fmt.Sprintf("0, %s, &%s", tc.code(ch), name),
			decl: fmt.Sprintf("var %s %s; ", name, elem),
			head: fmt.Sprintf(" %s %s %s;", strings.Join(lhs, ", "), comm.Tok, rhs),
			ok:   len(lhs) == 2,
		}, true
	}
	return selectClause{}, false
}

// recvChan is the channel of the receive e.
func recvChan(e ast.Expr) (ast.Expr, bool) {
	r, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || r.Op != token.ARROW {
		return nil, false
	}
	return r.X, true
}

// selectElem writes the element type of the channel ch; false for an
// interface type other than any, or one the chunk cannot write.
func (tc *Types) selectElem(ch ast.Expr) (string, bool) {
	tv := tc.Info.Types[ch]
	if tv.Type == nil {
		return "", false
	}
	t, ok := tv.Type.Underlying().(*types.Chan)
	if !ok {
		return "", false
	}
	if it, isIface := t.Elem().Underlying().(*types.Interface); isIface && !it.Empty() {
		return "", false
	}
	return tc.TypeText(t.Elem())
}

// inGeneric reports whether n lies in a generic function's body.
func (tc *Types) inGeneric(n ast.Node) bool {
	for _, d := range tc.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= n.Pos() && n.End() <= fd.End() {
			return fd.Type.TypeParams != nil || genericRecv(fd)
		}
	}
	return false
}

// line is p's line in the checked file.
func (tc *Types) line(p token.Pos) int { return tc.Fset.Position(p).Line }
