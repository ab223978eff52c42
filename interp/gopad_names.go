package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strings"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// The names gopad itself declares in a session's interpreter. Users may
// name their own things gopadSomething, so the session's names are told
// apart by a precise rule, not by the prefix alone: the names the preludes
// declare, a few fixed names, and the temporaries rewrites declare, whose
// names end in the source offset they stand for (gopadR12_0, gopadCell3).

// gopadFixedNames are the names the session declares by name.
var gopadFixedNames = func() map[string]bool {
	names := map[string]bool{}
	for _, src := range []string{gopadrt.Prelude, displayPrelude} {
		for n := range topLevelNames(src) {
			names[n] = true
		}
	}
	names["gopadLast"] = true     // a cell's trailing expression, for display
	names[source.MainName] = true // a cell's own func main, renamed
	return names
}()

// gopadTemporary matches the temporaries rewrites declare: gopad, a tag
// naming the rewrite, the offset in the chunk and an optional index.
var gopadTemporary = regexp.MustCompile(`^gopad(?:Cell|Ret|[CDEFORSUV])[0-9]+(?:_[0-9]+)?$`)

// isGopadName reports whether name is one the session declared for
// itself, which completion, inspection and rebuilds leave out.
func isGopadName(name string) bool {
	return gopadFixedNames[name] || gopadTemporary.MatchString(name) || strings.HasPrefix(name, rewrite.ShadowPrefix)
}

// topLevelNames returns the names src (declarations) declares at the top
// level, imports included. A syntax error leaves out what follows it
// (TestGopadNames checks the preludes' names).
func topLevelNames(src string) map[string]bool {
	names := map[string]bool{}
	f, _ := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if f == nil {
		return names
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			names[d.Name.Name] = true
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.ImportSpec:
					if sp.Name != nil {
						names[sp.Name.Name] = true
					}
				case *ast.TypeSpec:
					names[sp.Name.Name] = true
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						names[n.Name] = true
					}
				}
			}
		}
	}
	return names
}
