package rewrite

import (
	"go/types"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

var variadicArgsPass = Pass{
	Name: "variadicArgs",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && u.callsCompiled(func(fn reflect.Value) bool {
			t := fn.Type()
			if !t.IsVariadic() {
				return false
			}
			last := t.In(t.NumIn() - 1).Elem()
			return last.Kind() == reflect.Interface && last.NumMethod() > 0
		})
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.variadicArgs(c)...)
		}
		return edits
	},
}

// variadicArgs converts the cells' values passed to a compiled function's
// variadic interface parameter (errors.Join(errs ...error),
// io.MultiWriter(ws ...io.Writer)) to the interface in interpreted code:
// yaegi passes them as their underlying values, which the call rejects.
// The literal returns the value: a return converts it, where a var
// declared with the interface type keeps a struct literal bare.
func (tc *Types) variadicArgs(c compiledCall) []source.Edit {
	sig := c.fn.Type().(*types.Signature)
	if !sig.Variadic() || c.call.Ellipsis.IsValid() {
		return nil
	}
	last := sig.Params().Len() - 1
	elem := sig.Params().At(last).Type().(*types.Slice).Elem()
	iface, ok := elem.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	it, ok := tc.TypeText(elem)
	if !ok {
		return nil
	}
	var edits []source.Edit
	for _, a := range c.call.Args[min(last, len(c.call.Args)):] {
		t := tc.Info.Types[a].Type
		if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
			continue
		}
		edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
			"func() "+it+" { return ", " }()")...)
	}
	return edits
}
