package rewrite

import (
	"go/ast"
	"go/token"
)

// loopRefs finds, in a loop's body, the identifiers that refer to the
// loop's own variables: a name the body (or a function literal, an if,
// a switch... inside it) declares again hides them from there on, as in
// Go's scopes, so a closure's own i or a copy idiom (v := v) is told from
// the loop's i and v. Field names (x.i, T{i: 1}) are not references.
type loopRefs struct {
	names  loopVars
	scopes []map[string]bool // the body's nested scopes, innermost last
	inFunc int               // function literals, go and defer statements around
	refs   []loopRef
	// shadowed are the loop's variables that some scope inside the body
	// declares again.
	shadowed map[string]bool
}

// A loopRef is one reference to a loop variable.
type loopRef struct {
	id       *ast.Ident
	captured bool // in a function literal, a go or defer statement, or under &
	assigned bool // written: the left side of = or op=, or ++/--
}

func (lr *loopRefs) declare(ids ...*ast.Ident) {
	top := lr.scopes[len(lr.scopes)-1]
	for _, id := range ids {
		if id != nil && lr.names[id.Name] {
			top[id.Name] = true
			if lr.shadowed == nil {
				lr.shadowed = map[string]bool{}
			}
			lr.shadowed[id.Name] = true
		}
	}
}

func (lr *loopRefs) push() { lr.scopes = append(lr.scopes, map[string]bool{}) }
func (lr *loopRefs) pop()  { lr.scopes = lr.scopes[:len(lr.scopes)-1] }

// hidden reports whether a scope inside the loop declares name.
func (lr *loopRefs) hidden(name string) bool {
	for _, s := range lr.scopes {
		if s[name] {
			return true
		}
	}
	return false
}

// ref records id if it names a loop variable that no inner scope hides.
func (lr *loopRefs) ref(id *ast.Ident, assigned, addressed bool) {
	if lr.names[id.Name] && !lr.hidden(id.Name) {
		lr.refs = append(lr.refs, loopRef{id, lr.inFunc > 0 || addressed, assigned})
	}
}

// block walks a list of statements in a scope of its own.
func (lr *loopRefs) block(stmts []ast.Stmt) {
	lr.push()
	for _, s := range stmts {
		lr.node(s)
	}
	lr.pop()
}

// nodes walks each of ns (a missing part of a statement is nil).
func (lr *loopRefs) nodes(ns ...ast.Node) {
	for _, n := range ns {
		lr.node(n)
	}
}

// node walks n, opening a scope where Go does and declaring names after
// the expressions that give their values (in v := v the value is the
// outer v).
func (lr *loopRefs) node(n ast.Node) {
	if n == nil {
		return // ast.Inspect's call after a node's children
	}
	switch n := n.(type) {
	case *ast.Ident:
		lr.ref(n, false, false)
	case *ast.SelectorExpr:
		lr.node(n.X)
	case *ast.KeyValueExpr:
		if _, ok := n.Key.(*ast.Ident); !ok {
			lr.node(n.Key)
		}
		lr.node(n.Value)
	case *ast.UnaryExpr:
		// (&(v) too: methodValues writes a method value v.M of a pointer
		// method so, the receiver's address taken now). What the address
		// writes is written to the variable (a three-clause loop takes it
		// back: (&it).Next() in the body, loopReceivers).
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
			lr.ref(id, true, true)
			return
		}
		lr.node(n.X)
	case *ast.AssignStmt:
		lr.assign(n)
	case *ast.IncDecStmt:
		lr.target(n.X)
	case *ast.GenDecl:
		lr.genDecl(n)
	case *ast.FuncLit:
		lr.inFunc++
		lr.push()
		lr.fields(n.Type.Params, n.Type.Results)
		lr.block(n.Body.List)
		lr.pop()
		lr.inFunc--
	case *ast.GoStmt, *ast.DeferStmt:
		lr.inFunc++
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			lr.node(m)
			return false
		})
		lr.inFunc--
	default:
		lr.stmt(n)
	}
}

// stmt walks the statements that open scopes; any other node's children
// are walked in the current scope.
func (lr *loopRefs) stmt(n ast.Node) {
	switch n := n.(type) {
	case *ast.BlockStmt:
		lr.block(n.List)
	case *ast.ForStmt:
		lr.push()
		lr.nodes(n.Init, n.Cond, n.Post)
		lr.block(n.Body.List)
		lr.pop()
	case *ast.RangeStmt:
		lr.node(n.X)
		lr.push()
		if n.Tok == token.DEFINE {
			lr.declare(identOf(n.Key), identOf(n.Value))
		} else {
			lr.targets(n.Key, n.Value)
		}
		lr.block(n.Body.List)
		lr.pop()
	case *ast.IfStmt:
		lr.push()
		lr.nodes(n.Init, n.Cond, n.Body, n.Else)
		lr.pop()
	case *ast.SwitchStmt:
		lr.push()
		lr.nodes(n.Init, n.Tag, n.Body)
		lr.pop()
	case *ast.TypeSwitchStmt:
		lr.typeSwitch(n)
	case *ast.CaseClause:
		lr.nodes(exprNodes(n.List)...)
		lr.block(n.Body)
	case *ast.LabeledStmt:
		lr.node(n.Stmt)
	case *ast.BranchStmt:
		// a label is no variable
	case *ast.Field:
		lr.node(n.Type) // a field's or parameter's name is no reference
	case *ast.CommClause:
		lr.push()
		lr.nodes(n.Comm)
		lr.block(n.Body)
		lr.pop()
	default:
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			lr.node(m)
			return false
		})
	}
}

// typeSwitch walks switch x := y.(type): x is declared in every clause.
func (lr *loopRefs) typeSwitch(n *ast.TypeSwitchStmt) {
	lr.push()
	lr.nodes(n.Init)
	var bound *ast.Ident
	if as, ok := n.Assign.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		bound = identOf(as.Lhs[0])
		lr.nodes(exprNodes(as.Rhs)...)
	} else {
		lr.node(n.Assign)
	}
	for _, c := range n.Body.List {
		cc := c.(*ast.CaseClause)
		lr.push()
		lr.declare(bound)
		lr.nodes(exprNodes(cc.List)...)
		lr.block(cc.Body)
		lr.pop()
	}
	lr.pop()
}

// assign walks an assignment: the right side first, then the left side's
// new names (:=) or written targets (=, op=).
func (lr *loopRefs) assign(n *ast.AssignStmt) {
	lr.nodes(exprNodes(n.Rhs)...)
	if n.Tok != token.DEFINE {
		lr.targets(n.Lhs...)
		return
	}
	for _, l := range n.Lhs {
		lr.declare(identOf(l))
	}
}

// targets walks the written side of an assignment.
func (lr *loopRefs) targets(es ...ast.Expr) {
	for _, e := range es {
		if e != nil {
			lr.target(e)
		}
	}
}

func (lr *loopRefs) target(e ast.Expr) {
	if id, ok := e.(*ast.Ident); ok {
		lr.ref(id, true, false)
		return
	}
	lr.node(e)
}

// genDecl walks var, const and type declarations: values first, then the
// names.
func (lr *loopRefs) genDecl(n *ast.GenDecl) {
	for _, sp := range n.Specs {
		switch sp := sp.(type) {
		case *ast.ValueSpec:
			lr.nodes(sp.Type)
			lr.nodes(exprNodes(sp.Values)...)
			lr.declare(sp.Names...)
		case *ast.TypeSpec:
			lr.declare(sp.Name)
		}
	}
}

// fields declares the names of parameter and result lists.
func (lr *loopRefs) fields(lists ...*ast.FieldList) {
	for _, l := range lists {
		if l == nil {
			continue
		}
		for _, f := range l.List {
			lr.declare(f.Names...)
		}
	}
}

func exprNodes(es []ast.Expr) []ast.Node {
	ns := make([]ast.Node, len(es))
	for i, e := range es {
		ns[i] = e
	}
	return ns
}
