package rewrite

import (
	"go/types"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

var anyResultPass = Pass{
	Name: "anyResult",
	Wants: func(u *Unit) bool {
		return u.callsCompiled(func(fn reflect.Value) bool {
			t := fn.Type()
			return t.NumOut() == 1 && t.Out(0) == anyType
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
		return nil
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
