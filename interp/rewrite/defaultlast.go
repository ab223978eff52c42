package rewrite

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// DefaultLast moves a switch's default clause that is not its last to the
// end (see defaultLast). It is a phase of its own, first, so that the
// passes after it see the clauses in the order yaegi runs them.
var DefaultLast = Phase{Name: "defaultlast", Passes: []Pass{defaultLastPass}, Rounds: 4}

var defaultLastPass = Pass{
	Name:  "defaultLast",
	Wants: func(u *Unit) bool { return strings.Contains(u.Src, "default") && strings.Contains(u.Src, "switch") },
	Run:   func(u *Unit) []source.Edit { return defaultLasts(u) },
}

// defaultLasts moves the default clause of an expression or type switch
// that is not the last clause to the end:
//
//	switch {                      switch {
//	default: n++; fallthrough     case false: n++; default: n++; { n++ }
//	case false: n++          →    }
//	}
//
// yaegi swaps the default clause with the last one, which changes the
// order Go tests the cases in (the first true case of a switch runs) and
// where a fallthrough goes: it left the switch from a default clause
// followed by a case, silently. A fallthrough into or out of the default
// clause becomes the bodies it runs into, each a block of its own, up to
// the first body that does not fall through. The moved clause is written
// on one line where it can be, so that the lines of the rest stay. An
// inner switch of a moved clause moves in the next round. A switch whose
// falling body declares a name the bodies it runs into use cannot be
// inlined so: it is refused where it starts (see shadowsInto).
func defaultLasts(u *Unit) []source.Edit {
	var edits []source.Edit
	labels := map[ast.Stmt]token.Pos{} // a labelled switch starts at its label
	ast.Inspect(u.AST, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch sw := n.(type) {
		case *ast.LabeledStmt:
			labels[sw.Stmt] = sw.Pos()
			return true
		case *ast.SwitchStmt:
			body = sw.Body
		case *ast.TypeSwitchStmt:
			body = sw.Body
		default:
			return true
		}
		start, ok := labels[n.(ast.Stmt)]
		if !ok {
			start = n.Pos()
		}
		es := defaultLast(u, body, u.Off(start))
		edits = append(edits, es...)
		return len(es) == 0
	})
	return edits
}

// defaultLast returns the edits that move the default clause of the
// switch body to its end, none when it is last already. The switch
// statement starts at offset start.
func defaultLast(u *Unit, body *ast.BlockStmt, start int) []source.Edit {
	cl := body.List
	d := -1
	for i, s := range cl {
		if s.(*ast.CaseClause).List == nil {
			d = i
		}
	}
	if d < 0 || d == len(cl)-1 {
		return nil
	}
	def := cl[d].(*ast.CaseClause)
	name := shadowsInto(cl, d)
	if d > 0 && name == "" {
		name = shadowsInto(cl, d-1)
	}
	if name != "" {
		refusal := "gopadBuiltin.Refuse(" + strconv.Quote(fallShadowRefusal(name)) + ", nil); "
		if strings.HasSuffix(u.Src[:start], refusal) {
			return nil // refused in an earlier round
		}
		return []source.Edit{source.Insert(start, refusal)}
	}
	var edits []source.Edit
	if d > 0 {
		if prev := cl[d-1].(*ast.CaseClause); fallsThrough(prev) {
			ft := prev.Body[len(prev.Body)-1]
			edits = append(edits, source.Replace(u.Off(ft.Pos()), u.Off(ft.End()), flat(fallInto(u, cl, d))))
		}
	}
	text := "default:"
	if len(def.Body) > 0 {
		from, last := def.Body[0].Pos(), def.Body[len(def.Body)-1]
		if fallsThrough(def) {
			text += " " + u.Src[u.Off(def.Colon)+1:u.Off(last.Pos())] + fallInto(u, cl, d+1)
		} else {
			text += " " + u.Src[u.Off(from):u.Off(last.End())]
		}
	}
	from, end := u.Off(def.Pos()), u.Off(cl[d+1].Pos())
	// After the last clause's last statement, on its line: an empty
	// statement in a type switch's case nil (a ";" on a line of its own)
	// left its variable undefined in yaegi.
	last := cl[len(cl)-1].(*ast.CaseClause)
	at, sep := u.Off(last.Colon)+1, " "
	if len(last.Body) > 0 {
		at, sep = u.Off(last.Body[len(last.Body)-1].End()), "; "
	}
	edits = append(edits,
		source.Replace(from, end, strings.Repeat("\n", strings.Count(u.Src[from:end], "\n"))),
		source.Insert(at, sep+flat(text)))
	return edits
}

// fallInto is the text of the bodies a fallthrough into clause i runs:
// each a block, up to the first that does not fall through.
func fallInto(u *Unit, cl []ast.Stmt, i int) string {
	var b strings.Builder
	for ; i < len(cl); i++ {
		c := cl[i].(*ast.CaseClause)
		through := fallsThrough(c) && i < len(cl)-1
		stmts := c.Body
		if through {
			stmts = stmts[:len(stmts)-1]
		}
		b.WriteString("{ ")
		if len(stmts) > 0 {
			b.WriteString(u.Src[u.Off(stmts[0].Pos()):u.Off(stmts[len(stmts)-1].End())])
		}
		b.WriteString(" }; ")
		if !through {
			break
		}
	}
	return strings.TrimSuffix(b.String(), "; ")
}

// fallShadowRefusal is the error of a switch defaultLast cannot reorder.
func fallShadowRefusal(name string) string {
	return "gopad cannot run this switch: its default clause is not the last, and a clause that falls through declares " +
		name + ", which the clauses it runs into use (the interpreter runs the clauses in another order); " +
		"put the default clause last, or give " + name + " another name"
}

// shadowsInto returns a name clause i declares in its body, when it falls
// through and the bodies it runs into use that name: written into its
// body, they would read its variable instead of the one Go gives them.
// It returns "" when there is none.
func shadowsInto(cl []ast.Stmt, i int) string {
	c := cl[i].(*ast.CaseClause)
	if !fallsThrough(c) || i == len(cl)-1 {
		return ""
	}
	declared := map[string]bool{}
	for _, st := range c.Body {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						declared[id.Name] = true
					}
				}
			}
		case *ast.DeclStmt:
			for _, name := range declaredIn(st) {
				declared[name] = true
			}
		case *ast.LabeledStmt:
			declared[st.Label.Name] = true
		}
	}
	used := ""
	for j := i + 1; j < len(cl) && used == ""; j++ {
		next := cl[j].(*ast.CaseClause)
		for _, st := range next.Body {
			ast.Inspect(st, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && declared[id.Name] {
					used = id.Name
				}
				return used == ""
			})
		}
		if !fallsThrough(next) {
			break
		}
	}
	return used
}

// declaredIn lists the names a declaration statement declares.
func declaredIn(st *ast.DeclStmt) []string {
	var names []string
	gd, ok := st.Decl.(*ast.GenDecl)
	if !ok {
		return nil
	}
	for _, sp := range gd.Specs {
		switch sp := sp.(type) {
		case *ast.ValueSpec:
			for _, n := range sp.Names {
				names = append(names, n.Name)
			}
		case *ast.TypeSpec:
			names = append(names, sp.Name.Name)
		}
	}
	return names
}

// fallsThrough reports whether the clause's last statement is a
// fallthrough.
func fallsThrough(c *ast.CaseClause) bool {
	if len(c.Body) == 0 {
		return false
	}
	br, ok := c.Body[len(c.Body)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.FALLTHROUGH
}

// flat is text on one line where oneLine can write it so, text itself
// otherwise.
func flat(text string) string {
	if s, ok := oneLine(text); ok {
		return s
	}
	return text
}
