package rewrite

import (
	"fmt"
	"go/types"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

var anyResultPass = Pass{
	Name: "anyResult",
	Wants: func(u *Unit) bool {
		return u.callsCompiled(func(fn reflect.Value) bool {
			t := fn.Type()
			return t.NumOut() == 1 && (t.Out(0) == anyType || t.Out(0).Kind() == reflect.Func)
		})
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.anyResult(u.Scope, c)...)
		}
		return edits
	},
}

// anyResult asserts the real type of calls of the standard library's
// generic functions, whose stand-ins return any: slices.Max(xs).(int).
// Types that involve the cells' own types are left as any (yaegi gives
// such values to compiled code under other types), but for an interface
// with methods that the cells declare: slices.MaxFunc(shapes, f).(Shape),
// whose methods the cell calls (a bare any has none).
func (tc *Types) anyResult(scope Scope, c compiledCall) []source.Edit {
	if c.method() {
		return nil
	}
	v, ok := scope.Compiled(c.fn.Pkg().Path(), c.fn.Name())
	if !ok || v.Kind() != reflect.Func || v.Type().NumOut() != 1 {
		return nil
	}
	tv, ok := tc.Info.Types[c.call]
	if !ok || tv.Type == nil || types.IsInterface(tv.Type) && !tc.cellInterface(tv.Type) || !tc.assertableResult(tv.Type) {
		return nil
	}
	if v.Type().Out(0) != anyType {
		return tc.anyFuncResult(c, v.Type().Out(0), tv.Type)
	}
	if tc.cellTypeResultCase(tv.Type) {
		return nil // cellTypeResult's
	}
	t := tv.Type
	if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 {
		t = n.Underlying() // iter.Seq[int]: the stand-in returns a plain func
	}
	text, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	at := tc.Off(c.call.End())
	return []source.Edit{source.Insert(at, ".("+text+")")}
}

var anyType = reflect.TypeFor[any]()

// anyFuncResult gives the func a stand-in returns (sync.OnceValue's
// func() any, OnceValues' func() (any, error)) the type Go gives it,
// func() T: a wrapper asserts each call's result, so that config()["port"]
// indexes a map, not an interface.
func (tc *Types) anyFuncResult(c compiledCall, got reflect.Type, want types.Type) []source.Edit {
	sig, ok := want.Underlying().(*types.Signature)
	if !ok || got.Kind() != reflect.Func || got.NumIn() != 0 || sig.Params().Len() != 0 ||
		got.NumOut() != sig.Results().Len() || got.NumOut() == 0 || got.NumOut() > 2 || got.Out(0) != anyType {
		return nil
	}
	rt, ok := tc.TypeText(sig.Results().At(0).Type())
	if !ok {
		return nil
	}
	ft, ok := tc.TypeText(sig)
	if !ok {
		return nil
	}
	var open string
	if got.NumOut() == 1 {
		open = fmt.Sprintf("func(f func() any) %s { return func() %s { v, _ := f().(%s); return v } }(", ft, rt, rt)
	} else {
		et, ok := tc.TypeText(sig.Results().At(1).Type())
		if !ok || got.Out(1) != reflect.TypeFor[error]() || et != "error" {
			return nil
		}
		open = fmt.Sprintf("func(f func() (any, error)) %s { return func() (%s, error) { a, err := f(); v, _ := a.(%s); return v, err } }(", ft, rt, rt)
	}
	return source.Around(tc.Off(c.call.Pos()), tc.Off(c.call.End()), open, ")")
}
