package complete

import (
	"go/ast"
	"go/types"
	"path"
	"strings"
)

// Inspection of selectors that are not a package's members: a method or
// field of a value (s.Warm), of a type (T.Method), or of what a package
// member returns (strings.NewReader("x").Len). go/types finds what the
// selector denotes, in the session's context; standard-library methods are
// shown as go doc shows them, parameter names and doc comment included.

// exprStart returns where the selector chain that ends at the identifier
// starting at wordStart begins (x.y(z).w: at x), or wordStart when no "."
// precedes it.
func exprStart(runes []rune, wordStart int) int {
	i := wordStart
	for i > 0 && runes[i-1] == '.' {
		j := i - 1
		for j > 0 && strings.ContainsRune(")]}", runes[j-1]) {
			open := matchingOpen(runes, j-1)
			if open < 0 {
				return i
			}
			j = open
		}
		k := j
		for k > 0 && isIdent(runes[k-1]) {
			k--
		}
		if k == j && j == i-1 {
			return i // a dot after nothing that names a value
		}
		i = k
	}
	return i
}

// matchingOpen returns the index of the bracket that the closing bracket
// at close matches, or -1.
func matchingOpen(runes []rune, close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch runes[i] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return i
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// inspectSelector describes what the selector expression expr (ending in
// .Name) denotes; "" when go/types cannot tell.
func inspectSelector(sc Scope, expr string) string {
	// A package the expression starts with is imported for the check, as
	// running the expression would import it.
	first := expr
	if i := strings.IndexFunc(expr, func(r rune) bool { return !isIdent(r) }); i >= 0 {
		first = expr[:i]
	}
	tc := sc.TypeCheck("_ = "+expr, first)
	if tc == nil {
		return ""
	}
	var sel *ast.SelectorExpr
	for _, d := range tc.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 0 {
			if as, ok := fd.Body.List[0].(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				sel, _ = ast.Unparen(as.Rhs[0]).(*ast.SelectorExpr)
			}
		}
	}
	if sel == nil {
		return ""
	}
	obj := tc.Info.Uses[sel.Sel]
	if sn, ok := tc.Info.Selections[sel]; ok {
		obj = sn.Obj()
	} else if tv, ok := tc.Info.Types[sel.X]; ok && tv.IsType() {
		// T.M where M has a pointer receiver: not a valid method
		// expression, but M is what the user asks about.
		obj, _, _ = types.LookupFieldOrMethod(tv.Type, true, tc.Pkg, sel.Sel.Name)
	}
	if obj == nil {
		return ""
	}
	return describeObject(obj, tc.Pkg)
}

// describeObject writes a method, function or field as go doc would.
func describeObject(obj types.Object, local *types.Package) string {
	qual := func(p *types.Package) string {
		if p == local {
			return ""
		}
		return p.Name()
	}
	switch obj := obj.(type) {
	case *types.Func:
		sig, _ := obj.Type().(*types.Signature)
		if obj.Pkg() != nil && obj.Pkg() != local && sig != nil {
			pkg := obj.Pkg().Path()
			recv := ""
			if sig.Recv() != nil {
				recv = recvTypeName(sig.Recv().Type())
			}
			if decl := stdFuncDecl(pkg, recv, obj.Name()); decl != "" {
				if recv == "" {
					decl = "func " + path.Base(pkg) + "." + strings.TrimPrefix(decl, "func ")
					return withDoc(decl, stdDoc(pkg, obj.Name()))
				}
				return withDoc(decl, stdMethodDoc(pkg, recv, obj.Name()))
			}
		}
		return types.ObjectString(obj, qual)
	case *types.Var:
		if obj.IsField() {
			return "field " + obj.Name() + " " + types.TypeString(obj.Type(), qual)
		}
	}
	return types.ObjectString(obj, qual)
}

// recvTypeName is the name of a method's receiver type, without pointer or
// type arguments.
func recvTypeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func withDoc(decl, doc string) string {
	if doc == "" {
		return decl
	}
	return decl + "\n\n" + doc
}
