package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A top-level p, err := g() whose err is already a variable of the session
// with the same type assigns that variable, as it would in main. yaegi it only when its own idea of the two types is the same (a
// compiled function's error result and a cell's var err error differ), and
// otherwise makes a second global err: functions declared earlier keep
// reading the first one, with its stale value. The typed pass writes such
// a statement as declarations of the new names and an assignment:
//
//	p, err := g()  →  var p string; p, err = g()

// reusedDefines returns the edits for a statement chunk's top-level :=
// statements that redeclare session variables of the same type.
func (tc *typedChunk) reusedDefines(stmt bool) []edit {
	if !stmt {
		return nil
	}
	var edits []edit
	for _, d := range tc.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) >= 2 {
				edits = append(edits, tc.reusedDefine(as)...)
			}
		}
	}
	return edits
}

func (tc *typedChunk) reusedDefine(as *ast.AssignStmt) []edit {
	var edits []edit
	var assigns []string
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := tc.info.Defs[id]
		if obj == nil {
			continue // already declared in this chunk: := assigns it
		}
		if g, ok := tc.pkg.Scope().Lookup(id.Name).(*types.Var); ok && types.Identical(g.Type(), obj.Type()) {
			tmp := fmt.Sprintf("gopadR%d_%d", tc.off(as.Pos()), len(assigns))
			edits = append(edits, edit{tc.off(id.Pos()), tc.off(id.End()), tmp, 0})
			assigns = append(assigns, fmt.Sprintf("; %s = %s", id.Name, tmp))
		}
	}
	if len(assigns) == 0 {
		return nil
	}
	end := tc.off(as.End())
	return append(edits, edit{end, end, strings.Join(assigns, ""), 0})
}

// mayRedeclare reports whether a statement chunk may hold a := of two
// names or more that names a variable the session has.
func (s *Session) mayRedeclare(src string) bool {
	for _, line := range strings.Split(src, "\n") {
		lhs, _, ok := strings.Cut(line, ":=")
		if !ok || !strings.Contains(lhs, ",") {
			continue
		}
		for _, n := range strings.Split(lhs, ",") {
			if d, ok := s.names[strings.TrimSpace(n)]; ok && d.kind == "variable" {
				return true
			}
		}
	}
	return false
}
