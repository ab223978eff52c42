package interp

import (
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Type arguments as Go identifies and prints them. Box[rune] and
// Box[int32] are one type in Go (rune is an alias of int32, byte of uint8,
// any of interface{}, and so is every alias a cell declares), so their
// copies (mono.go) must be one type too, or a type switch's case
// Box[int32] would miss a Box[rune]; and %T spells them as reflect does:
// main.Box[int32], main.Box[interface {}], main.Pair[string,*math/big.Int].

// canonType is t with every alias replaced by the type it stands for, byte
// and rune by uint8 and int32, in every part of t.
func canonType(t types.Type) types.Type {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return types.Typ[t.Kind()]
	case *types.Pointer:
		return types.NewPointer(canonType(t.Elem()))
	case *types.Slice:
		return types.NewSlice(canonType(t.Elem()))
	case *types.Array:
		return types.NewArray(canonType(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(canonType(t.Key()), canonType(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), canonType(t.Elem()))
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, canonTuple(t.Params()), canonTuple(t.Results()), t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), canonType(f.Type()), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	case *types.Named:
		return canonNamed(t)
	case *types.Interface:
		return canonInterface(t)
	default:
		return t
	}
}

// canonInterface is an interface written by its method set alone, so
// that any, interface{} and interface{ M(byte) } spelled differently are
// spelled alike.
func canonInterface(it *types.Interface) types.Type {
	if !it.IsMethodSet() {
		return it
	}
	methods := make([]*types.Func, it.NumMethods())
	for i := range methods {
		m := it.Method(i)
		sig := canonType(m.Type()).(*types.Signature)
		methods[i] = types.NewFunc(m.Pos(), m.Pkg(), m.Name(), sig)
	}
	return types.NewInterfaceType(methods, nil).Complete()
}

// canonNamed is an instance of a generic type with canonical type
// arguments (other named types stay as they are).
func canonNamed(t *types.Named) types.Type {
	if t.TypeArgs().Len() == 0 {
		return t
	}
	args := make([]types.Type, t.TypeArgs().Len())
	for i := range args {
		args[i] = canonType(t.TypeArgs().At(i))
	}
	inst, err := types.Instantiate(nil, t.Origin(), args, false)
	if err != nil {
		return t
	}
	return inst
}

func canonTuple(tu *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, tu.Len())
	for i := range vars {
		v := tu.At(i)
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), "", canonType(v.Type()))
	}
	return types.NewTuple(vars...)
}

// reflectName spells an instance of a cell's generic type as %T does:
// main.Pair[string,main.Box[int32]].
func reflectName(t types.Type, self *types.Package) string {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return reflectType(t, self)
	}
	return "main." + named.Obj().Name() + reflectArgs(named, self)
}

func reflectArgs(named *types.Named, self *types.Package) string {
	if named.TypeArgs().Len() == 0 {
		return ""
	}
	args := make([]string, named.TypeArgs().Len())
	for i := range args {
		args[i] = reflectType(named.TypeArgs().At(i), self)
	}
	return "[" + strings.Join(args, ",") + "]"
}

// reflectType spells a type argument as reflect does inside a generic
// type's name: named types by their package's path (main for the cells'),
// basic types by their kind, composite types with reflect's spaces.
func reflectType(t types.Type, self *types.Package) string {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return types.Typ[t.Kind()].Name()
	case *types.Named:
		name := t.Obj().Name()
		if p := t.Obj().Pkg(); p == self {
			name = "main." + name
		} else if p != nil {
			name = p.Path() + "." + name
		}
		return name + reflectArgs(t, self)
	case *types.Pointer:
		return "*" + reflectType(t.Elem(), self)
	case *types.Slice:
		return "[]" + reflectType(t.Elem(), self)
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + reflectType(t.Elem(), self)
	case *types.Map:
		return "map[" + reflectType(t.Key(), self) + "]" + reflectType(t.Elem(), self)
	case *types.Chan:
		return [...]string{"chan ", "chan<- ", "<-chan "}[t.Dir()] + reflectType(t.Elem(), self)
	case *types.Signature:
		return "func" + reflectSig(t, self)
	case *types.Struct:
		return reflectStruct(t, self)
	case *types.Interface:
		return reflectInterface(t, self)
	}
	return t.String()
}

// reflectSig spells a signature without "func": (int, ...string) (bool, error).
func reflectSig(sig *types.Signature, self *types.Package) string {
	params := make([]string, sig.Params().Len())
	for i := range params {
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == len(params)-1 {
			params[i] = "..." + reflectType(pt.(*types.Slice).Elem(), self)
			continue
		}
		params[i] = reflectType(pt, self)
	}
	out := "(" + strings.Join(params, ", ") + ")"
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		out += " " + reflectType(res.At(0).Type(), self)
	default:
		rs := make([]string, res.Len())
		for i := range rs {
			rs[i] = reflectType(res.At(i).Type(), self)
		}
		out += " (" + strings.Join(rs, ", ") + ")"
	}
	return out
}

func reflectStruct(st *types.Struct, self *types.Package) string {
	if st.NumFields() == 0 {
		return "struct {}"
	}
	fields := make([]string, st.NumFields())
	for i := range fields {
		f := st.Field(i)
		s := reflectType(f.Type(), self)
		if !f.Embedded() {
			s = f.Name() + " " + s
		}
		if tag := st.Tag(i); tag != "" {
			s += " " + strconv.Quote(tag)
		}
		fields[i] = s
	}
	return "struct { " + strings.Join(fields, "; ") + " }"
}

func reflectInterface(it *types.Interface, self *types.Package) string {
	if it.NumMethods() == 0 {
		return "interface {}"
	}
	ms := make([]string, it.NumMethods())
	for i := range ms {
		m := it.Method(i)
		ms[i] = m.Name() + reflectSig(m.Type().(*types.Signature), self)
	}
	sort.Strings(ms)
	return "interface { " + strings.Join(ms, "; ") + " }"
}
