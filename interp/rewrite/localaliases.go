package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var localAliasesPass = Pass{
	Name:  "localAliases",
	Wants: func(u *Unit) bool { return u.sights().aliases },
	Run:   func(u *Unit) []source.Edit { return u.Types.localAliases() },
}

// localAliases writes each use of a type alias declared in a function
// body as the type it stands for: yaegi does not resolve such an alias
// ("undefined: anon" for type anon = struct{ A int } and anon{1}):
//
//	x := anon{1}  →  x := struct{ A int }{1}
//
// (aliases declared at the package level work in yaegi.)
func (tc *Types) localAliases() []source.Edit {
	removed := tc.localAliasDecls()
	edits := append([]source.Edit(nil), removed...)
	texts := map[*types.TypeName]string{} // each local alias's type, as written out
	for _, obj := range tc.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tc.localAlias(tn) {
			if text, ok := tc.TypeText(types.Unalias(tn.Type())); ok {
				texts[tn] = text
			}
		}
	}
	// An alias of an alias (type pairs = []pair) is written through both:
	// a word of the text that names, where the alias is declared, another
	// local alias.
	for range 4 {
		for tn, text := range texts {
			texts[tn] = identWords.ReplaceAllStringFunc(text, func(w string) string {
				_, o := tn.Parent().LookupParent(w, tn.Pos())
				if other, ok := o.(*types.TypeName); ok && other != tn {
					if t, ok := texts[other]; ok {
						return t
					}
				}
				return w
			})
		}
	}
	for id, obj := range tc.Info.Uses {
		tn, ok := obj.(*types.TypeName)
		if !ok || !tc.localAlias(tn) || tc.Off(id.Pos()) < 0 {
			continue
		}
		inside := false
		for _, r := range removed {
			inside = inside || tc.Off(id.Pos()) >= r.From && tc.Off(id.End()) <= r.To
		}
		if text, ok := texts[tn]; ok && !inside {
			edits = append(edits, source.Replace(tc.Off(id.Pos()), tc.Off(id.End()), text))
		}
	}
	return edits
}

// localAlias reports whether tn is an alias the chunk's package declares
// in a function body (also under a predeclared name: type int = string).
func (tc *Types) localAlias(tn *types.TypeName) bool {
	return tn.IsAlias() && tn.Pkg() == tc.Pkg && tn.Parent() != tc.Pkg.Scope() && tn.Parent() != nil
}

// identWords matches the identifiers of a type's text.
var identWords = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// localAliasDecls are the edits that take out the chunk's declarations of
// aliases in function bodies (yaegi refuses them: "undefined: anon");
// their lines stay, empty, so that later positions keep their lines.
func (tc *Types) localAliasDecls() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok {
			return true
		}
		gd, ok := ds.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			return true
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if !ts.Assign.IsValid() || tc.Off(ts.Pos()) < 0 {
				continue
			}
			from, to := tc.Off(ts.Pos()), tc.Off(ts.End())
			if !gd.Lparen.IsValid() {
				from, to = tc.Off(gd.Pos()), tc.Off(gd.End())
			}
			edits = append(edits, source.Replace(from, to, strings.Repeat("\n", strings.Count(tc.code(ts), "\n"))))
		}
		return true
	})
	return edits
}
