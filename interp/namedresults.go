package interp

import (
	"go/ast"
	"go/token"
	"strings"
)

// zeroResults makes a function's named results start at their zero values.
// yaegi lends a call the caller's slot for each result (run.go, call: "Init
// return values"), so a named result starts with whatever the slot held
// from the previous call made at the same place: in a loop, "count++" in
// the callee went on counting from the last call's result. The body gets
// "r1, r2 = *new(T1), *new(T2);" just after its opening brace, on the same
// line, so no line moves.
func zeroResults(typ *ast.FuncType, body *ast.BlockStmt, off func(token.Pos) int, code func(ast.Node) string) []edit {
	if typ == nil || typ.Results == nil || body == nil {
		return nil
	}
	var names, zeros []string
	for _, f := range typ.Results.List {
		for _, id := range f.Names {
			if id.Name == "_" {
				continue
			}
			names = append(names, id.Name)
			zeros = append(zeros, "*new("+code(f.Type)+")")
		}
	}
	if len(names) == 0 {
		return nil
	}
	text := " " + strings.Join(names, ", ") + " = " + strings.Join(zeros, ", ") + ";"
	at := off(body.Lbrace) + 1
	return []edit{{from: at, to: at, text: text}}
}
