package rewrite

import (
	"go/token"
	"go/types"
)

// hidesMethods reports whether a struct type of the cells has an
// unexported field of another package's type with a method fmt calls
// (timeout time.Duration, mask net.IP): fmt calls none for such a field,
// but yaegi exports the field at run time. An empty interface printed
// then goes through gopadBuiltin.RawHidden (interp's rawfields.go), which
// gives fmt such fields as plain values where the value holds them (a
// []job in an any), as dynamicFunc's last return.
func (tc *Types) hidesMethods() bool {
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if token.IsExported(f.Name()) || f.Embedded() {
				continue
			}
			if n, ok := f.Type().(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != tc.Pkg &&
				(printMethod(f.Type()) != "" || hasFormat(f.Type())) {
				return true
			}
		}
	}
	return false
}
