package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// marshalErrNames adds to view, the edits that hand json.Marshal,
// json.MarshalIndent or Encoder.Encode (call c) a view of a cell's value,
// the edits that pass the call's error through gopadBuiltin.JSONMarshalErr
// or JSONEncodeErr, when the value's type reaches a cell's type with a
// MarshalJSON or MarshalText method:
//
//	b, err := json.Marshal(cfg)  →  b, err := gopadBuiltin.JSONMarshalErr(json.Marshal(gopadBuiltin.EncodeView(cfg, ...)))
//
// encoding/json wraps the method's error in a *json.MarshalerError that
// names the view's hook type (encview.jsonHook, encview.jsonTextHook)
// where Go names the cell's (main.Level); the helper puts the cell's type
// back. A call deferred or
// started in a goroutine stays as it is (the helper would run it at once).
func (tc *Types) marshalErrNames(c compiledCall, view []source.Edit) []source.Edit {
	if len(view) == 0 || !tc.reachesMarshalJSON(tc.Info.Types[c.call.Args[0]].Type) || tc.deferredOrGo(c.call) {
		return view
	}
	helper := "gopadBuiltin.JSONMarshalErr("
	if c.fn.Name() == "Encode" {
		helper = "gopadBuiltin.JSONEncodeErr("
	}
	return append(view, source.Around(tc.Off(c.call.Pos()), tc.Off(c.call.End()), helper, ")")...)
}

// reachesMarshalJSON reports whether a value of t may hold a value of a
// cell's type with a MarshalJSON or MarshalText method, through pointers,
// slices, arrays, maps and struct fields.
func (tc *Types) reachesMarshalJSON(t types.Type) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == tc.Pkg {
			for _, recv := range []types.Type{n, types.NewPointer(n)} {
				ms := types.NewMethodSet(recv)
				if ms.Lookup(tc.Pkg, "MarshalJSON") != nil || ms.Lookup(tc.Pkg, "MarshalText") != nil {
					return true
				}
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Key()) || walk(u.Elem())
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				if walk(u.Field(i).Type()) {
					return true
				}
			}
		}
		return false
	}
	return walk(t)
}

// deferredOrGo reports whether call is the call of a defer or go
// statement.
func (tc *Types) deferredOrGo(call *ast.CallExpr) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			found = found || n.Call == call
		case *ast.GoStmt:
			found = found || n.Call == call
		}
		return !found
	})
	return found
}
