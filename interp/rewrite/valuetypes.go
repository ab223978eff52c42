package rewrite

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// AssignedNames lists the names f writes or declares anywhere: those
// WrittenNames lists, and those := and var declarations define (the
// session forgets what it knew of their values, interp/valuetypes.go).
func AssignedNames(f *ast.File) []string {
	seen := map[string]bool{}
	writtenIdents(f, func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name != "_" {
			seen[id.Name] = true
		}
	})
	return sortedNames(seen)
}

// FuncWrittenNames lists the names of package-level variables that the
// functions of chunk src (a declaration's or a literal's body, which may
// run at any time) write or whose address they take: a name the function
// declares itself is its own (go/parser's resolution of local names).
func FuncWrittenNames(src string, stmt bool) []string {
	if !strings.Contains(src, "func") {
		return nil // no function body: nothing to parse again (every chunk comes here)
	}
	text := "package p\n" + src
	if stmt {
		text = "package p\nfunc _() {\n" + src + "\n}"
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", text, 0)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		body := nodeBody(n)
		if body == nil || isChunkWrapper(n) {
			return true
		}
		writtenIdents(body, func(e ast.Expr) {
			id, ok := ast.Unparen(e).(*ast.Ident)
			if ok && id.Name != "_" && !resolvedIn(id, body) {
				seen[id.Name] = true
			}
		})
		return false
	})
	return sortedNames(seen)
}

// resolvedIn reports whether go/parser resolved id to a declaration in
// body.
func resolvedIn(id *ast.Ident, body *ast.BlockStmt) bool {
	if id.Obj == nil {
		return false
	}
	d, ok := id.Obj.Decl.(ast.Node)
	return ok && body.Pos() <= d.Pos() && d.End() <= body.End()
}

func sortedNames(seen map[string]bool) []string {
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// TopValueAssign reports, for a statement chunk that is one assignment or
// definition of one variable (`v = reflect.ValueOf(x)`), the variable's
// name and the short name of x's cell type over a basic type (not a
// pointer to one).
func (tc *Types) TopValueAssign() (name, short string, ok bool) {
	if len(tc.File.Decls) == 0 {
		return "", "", false
	}
	fd, isFunc := tc.File.Decls[len(tc.File.Decls)-1].(*ast.FuncDecl)
	if !isFunc || !isChunkWrapper(fd) || len(fd.Body.List) != 1 {
		return "", "", false
	}
	as, isAssign := fd.Body.List[0].(*ast.AssignStmt)
	if !isAssign || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return "", "", false
	}
	id, isID := as.Lhs[0].(*ast.Ident)
	nl, found := tc.namelessValueOf(as.Rhs[0])
	if !isID || !found || nl.held != nil {
		return "", "", false
	}
	if _, ptr := nl.t.(*types.Pointer); ptr {
		return "", "", false
	}
	return id.Name, nl.name, true
}

// CellCode reports whether the chunk may run the cells' code: it uses a
// function, method or func value of theirs, or a value of a type with
// methods of theirs (which fmt may call).
func (tc *Types) CellCode() bool {
	return tc.cellCodeBetween(tc.File.Pos(), tc.File.End())
}

// sessionValueType is what the session noted of the session variable id
// reads (CheckEnv.ValueTypes), when the chunk's statements read it before
// writing it again.
func (tc *Types) sessionValueType(id *ast.Ident) (nameless, bool) {
	v, ok := tc.Info.Uses[id].(*types.Var)
	if !ok || v.Parent() != tc.Pkg.Scope() || tc.inFunction(id) || tc.writesBefore(v, tc.File, id.Pos()) {
		return nameless{}, false
	}
	if tc.cellCodeBetween(tc.File.Pos(), id.Pos()) {
		return nameless{}, false
	}
	short, ok := tc.valueTypes[v.Name()]
	return nameless{name: short}, ok
}
