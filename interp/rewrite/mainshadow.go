package rewrite

//lint:file-ignore SA1019 the parser's objects bind a chunk's identifiers to its own declarations before go/types can check it (the chunk reads names the renaming changes); the one case they get wrong, a struct literal's field keys, is handled in shadowRefs

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"

	"github.com/gopad/gopad/interp/source"
)

// Statement chunks are main's body cut into cells. A variable or constant
// their top level declares under the name of a package-level function,
// variable or constant, or of an imported package, is main's own in Go:
// it shadows that name for main's later statements, while the functions
// keep the package's. The session's top level has one namespace, so
// ShadowMain gives main's variable a name of its own (ShadowPrefix +
// name) in the chunk that declares it and in every later statement chunk
// that reads it, and the declarations keep reading the package-level one.

// ShadowPrefix starts the session's name of a main variable that shadows
// a package-level name; errors show the name without it.
const ShadowPrefix = "gopadShadow_"

// ShadowMain renames main's shadowing variables in the statement chunk
// src. shadowed reports the names earlier chunks shadowed already;
// shadowable the package-level names a declaration gave (not an earlier
// statement: a statement's x := ... of its own x is a redefinition). It
// returns the chunk renamed and the names it shadows for the first time.
// A chunk that does not parse is returned as it is.
func ShadowMain(src string, shadowed, shadowable func(name string) bool) (string, []string) {
	fset := token.NewFileSet()
	text := source.StmtPrefix + src + source.StmtSuffix
	f, err := parser.ParseFile(fset, "", text, 0) // with objects: the renaming follows Go's scopes
	if err != nil || len(f.Decls) == 0 {
		return src, nil
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return src, nil
	}
	own := map[*ast.Object]bool{}
	var fresh []string
	for _, st := range fd.Body.List {
		for _, id := range topDefined(st) {
			if !shadowed(id.Name) && !shadowable(id.Name) {
				continue
			}
			own[id.Obj] = true
			if !shadowed(id.Name) && !slices.Contains(fresh, id.Name) {
				fresh = append(fresh, id.Name)
			}
		}
	}
	ids := shadowRefs(f, fd.Body, own, shadowed)
	if len(ids) == 0 {
		return src, nil
	}
	prefix := len(source.StmtPrefix)
	edits := make([]source.Edit, 0, len(ids))
	for _, id := range ids {
		off := fset.Position(id.Pos()).Offset - prefix
		edits = append(edits, source.Edit{From: off, To: off, Text: ShadowPrefix, Pass: "mainshadow"})
	}
	out, err := source.Apply(src, edits)
	if err != nil {
		return src, nil
	}
	return out, fresh
}

// topDefined returns the names a top-level statement declares anew: the
// new names of a :=, the names of a var or const declaration.
func topDefined(st ast.Stmt) []*ast.Ident {
	var ids []*ast.Ident
	for _, id := range defining(st) {
		if id.Obj != nil && (id.Obj.Decl == st || !isAssign(st)) {
			ids = append(ids, id)
		}
	}
	return ids
}

func isAssign(st ast.Stmt) bool { _, ok := st.(*ast.AssignStmt); return ok }

// defining returns the identifiers on the left of a := or declared by a
// var or const declaration of st (some of a := may be assigned).
func defining(st ast.Stmt) []*ast.Ident {
	var ids []*ast.Ident
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE {
			return nil
		}
		for _, l := range st.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				ids = append(ids, id)
			}
		}
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok || gd.Tok == token.TYPE || gd.Tok == token.IMPORT {
			return nil
		}
		for _, sp := range gd.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok {
				for _, id := range vs.Names {
					if id.Name != "_" {
						ids = append(ids, id)
					}
				}
			}
		}
	}
	return ids
}

// shadowRefs returns the identifiers of body that mean main's shadowing
// variables: those bound to one of own, and those left to the package
// level (f.Unresolved) under a name an earlier chunk shadowed. The keys
// of struct literals are field names, which the parser may have bound to
// a variable of the same name: they are left alone.
func shadowRefs(f *ast.File, body *ast.BlockStmt, own map[*ast.Object]bool, shadowed func(string) bool) []*ast.Ident {
	fieldKeys := map[*ast.Ident]bool{}
	var ids []*ast.Ident
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			for _, id := range literalKeys(n) {
				if !keyedByValue(n.Type) {
					fieldKeys[id] = true
				} else if id.Obj == nil && shadowed(id.Name) {
					ids = append(ids, id) // the parser leaves keys out of f.Unresolved
				}
			}
		case *ast.Ident:
			if n.Obj != nil && own[n.Obj] && !fieldKeys[n] {
				ids = append(ids, n)
			}
		}
		return true
	})
	for _, id := range f.Unresolved {
		if shadowed(id.Name) && id.Pos() > body.Lbrace {
			ids = append(ids, id)
		}
	}
	return ids
}

// literalKeys returns the keys of lit that are identifiers.
func literalKeys(lit *ast.CompositeLit) []*ast.Ident {
	var ids []*ast.Ident
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// keyedByValue reports whether a composite literal of type t has values
// for keys (a map, an array or a slice), as written; a named type or an
// elided one may be a struct.
func keyedByValue(t ast.Expr) bool {
	switch t.(type) {
	case *ast.MapType, *ast.ArrayType:
		return true
	}
	return false
}

// TupleRedefines reports whether the statement chunk's top level has a :=
// of several names that declares name anew with the type of the session's
// variable of that name (p, err := g() beside var err error). The session
// takes it for an assignment of its variable (redeclare.go), so that the
// functions that read it see the new value.
func (tc *Types) TupleRedefines(name string) bool {
	global, ok := tc.Pkg.Scope().Lookup(name).(*types.Var)
	if !ok {
		return false
	}
	for _, d := range tc.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if as, ok := st.(*ast.AssignStmt); !ok || len(as.Lhs) < 2 {
				continue
			}
			for _, id := range defining(st) {
				if obj := tc.Info.Defs[id]; id.Name == name && obj != nil && types.Identical(obj.Type(), global.Type()) {
					return true
				}
			}
		}
	}
	return false
}
