package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// refuseGobUnexported refuses, when it runs, a gob.Encoder's Encode of a
// value whose type reaches a cell's struct type with an unexported field:
// yaegi exports such a field at run time (private becomes Xprivate), and
// encoding/gob would send it, where Go leaves it out (a decoded value
// showed the sender's private=7 instead of 0):
//
//	enc.Encode(e)  →  enc.Encode(gopadBuiltin.Refuse("gopad cannot encode ... with encoding/gob: ...", e))
func (tc *Types) refuseGobUnexported(arg ast.Expr) []source.Edit {
	t := tc.Info.Types[arg].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return nil
	}
	b := &shapeBuilder{tc: tc, use: encodeJSONUse}
	b.node(t)
	field := ""
	for _, nd := range b.shape.Nodes {
		for _, f := range nd.Fields {
			if f.Drop && field == "" {
				owner := nd.Name
				if owner == "" {
					owner = nd.GoType
				}
				field = owner + "." + strings.TrimPrefix(f.Name, "X")
			}
		}
	}
	if field == "" {
		return nil
	}
	msg := "gopad cannot encode " + types.TypeString(t, b.qualifier) + " with encoding/gob: it would send the unexported field " + field +
		" (types declared in cells have no unexported fields at run time), which Go leaves out; encode a copy in a type without unexported fields"
	return source.Around(tc.Off(arg.Pos()), tc.Off(arg.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")
}
