package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// A cursor is where a walk stands: the nodes from the file down to the
// current one, and the functions around it.
type cursor struct {
	stack []ast.Node
	funcs int // function declarations and literals in stack
}

// parent is the node that holds the current one (nil at the top).
func (c *cursor) parent() ast.Node {
	if len(c.stack) < 2 {
		return nil
	}
	return c.stack[len(c.stack)-2]
}

// topLevel reports whether the current node is in a statement chunk's
// own statements, outside any function literal: yaegi runs those in its
// global scope.
func (c *cursor) topLevel() bool { return c.funcs == 1 }

// walk calls visit for the nodes of u in depth-first order, as
// ast.Inspect does, with the cursor at the node; visit returns false to
// skip the node's children. The arguments of a min or max call that
// MinMax replaces as a whole are skipped for every pass: their text is
// written again in the replacement.
func walk(u *Unit, visit func(n ast.Node, c *cursor) bool) {
	walkNodes(u, visit, func(n ast.Node) bool { return replacesWhole(u, n) })
}

// walkNodes is walk, skipping the children of the nodes for which skip
// is true.
func walkNodes(u *Unit, visit func(n ast.Node, c *cursor) bool, skip func(ast.Node) bool) {
	c := &cursor{stack: make([]ast.Node, 0, 32)}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		if n == nil {
			if isFunc(c.stack[len(c.stack)-1]) {
				c.funcs--
			}
			c.stack = c.stack[:len(c.stack)-1]
			return true
		}
		if isFunc(n) {
			c.funcs++
		}
		c.stack = append(c.stack, n)
		if !visit(n, c) || skip(n) {
			if isFunc(n) {
				c.funcs--
			}
			c.stack = c.stack[:len(c.stack)-1]
			return false
		}
		return true
	})
}

func isFunc(n ast.Node) bool {
	switch n.(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		return true
	}
	return false
}

// edits collects a pass's edits of a unit.
type edits []source.Edit

func (es *edits) add(e ...source.Edit) { *es = append(*es, e...) }

// stmtList is the statement list n holds: a block's, or a case's of a
// switch or a select; nil for other nodes.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}
