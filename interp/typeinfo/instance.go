package typeinfo

import (
	"go/types"
	"reflect"
	"strings"
)

// instance returns compiled type t, an instance of a generic type that the
// stubs of generics.go declare (iter.Seq[string], the result of
// strings.SplitSeq), as go/types' instance of that declaration; nil for
// other types. A type named "Seq[string]" of its own would be another type
// than the iter.Seq[E] that slices.Collect takes, and inference fails.
func (im *Importer) instance(t reflect.Type) types.Type {
	base, _, ok := strings.Cut(t.Name(), "[")
	if !ok {
		return nil
	}
	if _, generic := generics[t.PkgPath()]; !generic {
		return nil
	}
	pkg, err := im.Import(t.PkgPath())
	if err != nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup(base).(*types.TypeName)
	if !ok {
		return nil
	}
	gen, ok := tn.Type().(*types.Named)
	if !ok || gen.TypeParams().Len() == 0 {
		return nil
	}
	bound := map[*types.TypeParam]types.Type{}
	if !im.bind(gen.Underlying(), t, bound) {
		return nil
	}
	args := make([]types.Type, gen.TypeParams().Len())
	for i := range args {
		if args[i], ok = bound[gen.TypeParams().At(i)]; !ok {
			return nil
		}
	}
	inst, err := types.Instantiate(nil, gen, args, true)
	if err != nil {
		return nil
	}
	return inst
}

// bind matches generic type g with compiled type t, recording the type
// arguments of g's type parameters; false when their shapes differ.
func (im *Importer) bind(g types.Type, t reflect.Type, bound map[*types.TypeParam]types.Type) bool {
	switch g := g.(type) {
	case *types.TypeParam:
		bound[g] = im.Type(t)
		return true
	case *types.Signature:
		if t.Kind() != reflect.Func || t.NumIn() != g.Params().Len() || t.NumOut() != g.Results().Len() {
			return false
		}
		for i := 0; i < t.NumIn(); i++ {
			if !im.bind(g.Params().At(i).Type(), t.In(i), bound) {
				return false
			}
		}
		for i := 0; i < t.NumOut(); i++ {
			if !im.bind(g.Results().At(i).Type(), t.Out(i), bound) {
				return false
			}
		}
		return true
	case *types.Slice:
		return t.Kind() == reflect.Slice && im.bind(g.Elem(), t.Elem(), bound)
	case *types.Pointer:
		return t.Kind() == reflect.Pointer && im.bind(g.Elem(), t.Elem(), bound)
	case *types.Map:
		return t.Kind() == reflect.Map && im.bind(g.Key(), t.Key(), bound) && im.bind(g.Elem(), t.Elem(), bound)
	case *types.Chan:
		return t.Kind() == reflect.Chan && im.bind(g.Elem(), t.Elem(), bound)
	}
	return true // no type parameter inside
}
