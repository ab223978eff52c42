package rewrite

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// LoopPosts gives a three-clause loop that declares variables in its init
// statement but has neither a condition nor a post statement a post
// statement that only reads them:
//
//	for level := 0; ; {   →   for level := 0; ; _ = level {
//
// yaegi ran such a loop with its variables declared again from the init
// statement at every iteration: a body that moved level up and down
// started over from 0 each time (a search never ended, or counted wrong),
// and continue did the same. With a post statement it carries them from
// one iteration to the next as Go does; the loop keeps no condition, so it
// still ends a function that needs no return after it. Its own phase,
// first, so that the passes that rewrite loops see the post statement.
var LoopPosts = Phase{Name: "looppost", Passes: []Pass{loopPostPass}}

var loopPostPass = Pass{
	Name:  "loopPost",
	Wants: func(u *Unit) bool { return strings.Contains(u.Src, "for") },
	Run:   loopPosts,
}

func loopPosts(u *Unit) []source.Edit {
	var edits []source.Edit
	ast.Inspect(u.AST, func(n ast.Node) bool {
		fs, ok := n.(*ast.ForStmt)
		if !ok || fs.Cond != nil || fs.Post != nil {
			return true
		}
		init, ok := fs.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE {
			return true
		}
		var names []string
		for _, l := range init.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				names = append(names, id.Name)
			}
		}
		if len(names) == 0 {
			return true
		}
		blanks := strings.TrimSuffix(strings.Repeat("_, ", len(names)), ", ")
		at := u.Off(fs.Body.Lbrace)
		edits = append(edits, source.Insert(at, blanks+" = "+strings.Join(names, ", ")+" "))
		return true
	})
	return edits
}
