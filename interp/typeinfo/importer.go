// Package typeinfo lets go/types see the compiled packages a session offers
// cells, through the same yaegi symbol tables the interpreter uses: no
// GOROOT sources or export data are needed, and the checker sees exactly
// the names a cell can use.
package typeinfo

//go:generate go run ./internal/genstubs

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// Lookup returns the package name and symbol table of an import path, or
// ok false when the path has no compiled table.
type Lookup func(importPath string) (name string, syms map[string]reflect.Value, ok bool)

// Importer is a go/types importer over yaegi symbol tables. It is not safe
// for concurrent use; one session owns one.
type Importer struct {
	lookup   Lookup
	pkgs     map[string]*types.Package
	complete map[string]bool
	named    map[reflect.Type]types.Type

	// StubError, if set, hears errors in the generic declarations (a
	// test checks there are none).
	StubError func(error)
}

// NewImporter returns an importer reading tables through lookup.
func NewImporter(lookup Lookup) *Importer {
	return &Importer{lookup: lookup, pkgs: map[string]*types.Package{}, complete: map[string]bool{}, named: map[reflect.Type]types.Type{}}
}

var constantType = reflect.TypeOf((*constant.Value)(nil)).Elem()

// Import implements types.Importer. A package's compiled names come from
// its symbol table; its generic declarations, which reflection cannot
// show, from the bodiless sources in generics.go.
func (im *Importer) Import(importPath string) (*types.Package, error) {
	if importPath == "unsafe" {
		return types.Unsafe, nil
	}
	if im.complete[importPath] {
		return im.pkgs[importPath], nil
	}
	name, syms, ok := im.lookup(importPath)
	stub, generic := generics[importPath]
	if !ok && !generic {
		return nil, fmt.Errorf("no compiled symbols for %q", importPath)
	}
	var file *ast.File
	fset := token.NewFileSet()
	declared := map[string]bool{}
	if generic {
		f, err := parser.ParseFile(fset, importPath, stub, 0)
		if err != nil {
			return nil, fmt.Errorf("generic declarations of %q: %w", importPath, err)
		}
		file, name = f, f.Name.Name
		declared = source.DeclaredNames(f)
	}
	pkg := im.pkg(importPath, name)
	im.complete[importPath] = true
	scope := pkg.Scope()
	for sym, v := range syms {
		if strings.HasPrefix(sym, "_") || !v.IsValid() || declared[sym] || scope.Lookup(sym) != nil {
			continue // yaegi's interface wrappers, or declared otherwise
		}
		if obj := im.object(pkg, sym, v); obj != nil {
			scope.Insert(obj)
		}
	}
	if file != nil {
		conf := &types.Config{Importer: im, Error: func(err error) {
			if im.StubError != nil {
				im.StubError(err)
			}
		}}
		types.NewChecker(conf, fset, pkg, nil).Files([]*ast.File{file})
	}
	pkg.MarkComplete()
	return pkg, nil
}

// pkg returns the package object of a path, made on first use (named types
// of packages never imported, such as internal ones, still need one).
func (im *Importer) pkg(p, name string) *types.Package {
	if pkg, ok := im.pkgs[p]; ok {
		if name != "" && pkg.Name() != name {
			pkg.SetName(name)
		}
		return pkg
	}
	if name == "" {
		name = path.Base(p)
		if strings.HasPrefix(name, "v") && strings.Trim(name[1:], "0123456789") == "" && path.Dir(p) != "." {
			name = path.Base(path.Dir(p))
		}
	}
	pkg := types.NewPackage(p, name)
	im.pkgs[p] = pkg
	return pkg
}

// object converts one table entry: a type (a nil pointer to it), a
// variable (addressable), an untyped constant (a constant.Value), a
// function, or a typed constant.
func (im *Importer) object(pkg *types.Package, name string, v reflect.Value) types.Object {
	t := v.Type()
	switch {
	case v.CanAddr():
		return types.NewVar(token.NoPos, pkg, name, im.Type(t))
	case t.Kind() == reflect.Pointer && v.IsNil():
		if n, ok := im.Type(t.Elem()).(*types.Named); ok && n.Obj().Name() == name {
			return n.Obj()
		}
		return types.NewTypeName(token.NoPos, pkg, name, im.Type(t.Elem()))
	case t.Implements(constantType):
		c, _ := v.Interface().(constant.Value)
		return untypedConst(pkg, name, c)
	case t.Kind() == reflect.Func:
		sig, _ := im.Type(t).(*types.Signature)
		return types.NewFunc(token.NoPos, pkg, name, sig)
	}
	if c, ok := constValue(v); ok {
		return types.NewConst(token.NoPos, pkg, name, im.Type(t), c)
	}
	return types.NewVar(token.NoPos, pkg, name, im.Type(t))
}

func untypedConst(pkg *types.Package, name string, c constant.Value) types.Object {
	if c == nil {
		return nil
	}
	var k types.BasicKind
	switch c.Kind() {
	case constant.Bool:
		k = types.UntypedBool
	case constant.String:
		k = types.UntypedString
	case constant.Int:
		k = types.UntypedInt
	case constant.Float:
		k = types.UntypedFloat
	case constant.Complex:
		k = types.UntypedComplex
	default:
		return nil
	}
	return types.NewConst(token.NoPos, pkg, name, types.Typ[k], c)
}

func constValue(v reflect.Value) (constant.Value, bool) {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool()), true
	case reflect.String:
		return constant.MakeString(v.String()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint()), true
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float()), true
	}
	return nil, false
}

var basics = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.Int: types.Int, reflect.Int8: types.Int8,
	reflect.Int16: types.Int16, reflect.Int32: types.Int32, reflect.Int64: types.Int64,
	reflect.Uint: types.Uint, reflect.Uint8: types.Uint8, reflect.Uint16: types.Uint16,
	reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64, reflect.Uintptr: types.Uintptr,
	reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128,
	reflect.String: types.String, reflect.UnsafePointer: types.UnsafePointer,
}

// Type converts a compiled type to its go/types form. Named types keep
// their identity across calls.
func (im *Importer) Type(t reflect.Type) types.Type {
	if t.Name() != "" && t.PkgPath() == "" {
		// Predeclared: int, string, error, ...
		if obj, ok := types.Universe.Lookup(t.Name()).(*types.TypeName); ok {
			return obj.Type()
		}
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return im.namedType(t)
	}
	return im.underlying(t)
}

func (im *Importer) namedType(t reflect.Type) types.Type {
	if n, ok := im.named[t]; ok {
		return n
	}
	if inst := im.instance(t); inst != nil {
		im.named[t] = inst
		return inst
	}
	pkg := im.pkg(t.PkgPath(), "")
	tn := types.NewTypeName(token.NoPos, pkg, t.Name(), nil)
	n := types.NewNamed(tn, nil, nil)
	im.named[t] = n
	n.SetUnderlying(im.underlying(t))
	if t.Kind() == reflect.Interface {
		return n
	}
	pt := reflect.PointerTo(t)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		_, onValue := t.MethodByName(m.Name)
		var recvType types.Type = n
		if !onValue {
			recvType = types.NewPointer(n)
		}
		recv := types.NewVar(token.NoPos, pkg, "", recvType)
		sig := im.signature(m.Type, 1, recv)
		n.AddMethod(types.NewFunc(token.NoPos, pkg, m.Name, sig))
	}
	return n
}

func (im *Importer) underlying(t reflect.Type) types.Type {
	if k, ok := basics[t.Kind()]; ok {
		return types.Typ[k]
	}
	switch t.Kind() {
	case reflect.Pointer:
		return types.NewPointer(im.Type(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(im.Type(t.Elem()))
	case reflect.Array:
		return types.NewArray(im.Type(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(im.Type(t.Key()), im.Type(t.Elem()))
	case reflect.Chan:
		dir := types.SendRecv
		switch t.ChanDir() {
		case reflect.SendDir:
			dir = types.SendOnly
		case reflect.RecvDir:
			dir = types.RecvOnly
		}
		return types.NewChan(dir, im.Type(t.Elem()))
	case reflect.Func:
		return im.signature(t, 0, nil)
	case reflect.Struct:
		fields := make([]*types.Var, t.NumField())
		tags := make([]string, t.NumField())
		for i := range fields {
			f := t.Field(i)
			var fpkg *types.Package
			if f.PkgPath != "" {
				fpkg = im.pkg(f.PkgPath, "")
			}
			fields[i] = types.NewField(token.NoPos, fpkg, f.Name, im.Type(f.Type), f.Anonymous)
			tags[i] = string(f.Tag)
		}
		return types.NewStruct(fields, tags)
	case reflect.Interface:
		var methods []*types.Func
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			var mpkg *types.Package
			if m.PkgPath != "" {
				mpkg = im.pkg(m.PkgPath, "")
			}
			methods = append(methods, types.NewFunc(token.NoPos, mpkg, m.Name, im.signature(m.Type, 0, nil)))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	return types.Typ[types.Invalid]
}

// signature converts a function type, skipping its first skip parameters
// (a method's receiver).
func (im *Importer) signature(t reflect.Type, skip int, recv *types.Var) *types.Signature {
	var params, results []*types.Var
	for i := skip; i < t.NumIn(); i++ {
		params = append(params, types.NewParam(token.NoPos, nil, "", im.Type(t.In(i))))
	}
	for i := 0; i < t.NumOut(); i++ {
		results = append(results, types.NewParam(token.NoPos, nil, "", im.Type(t.Out(i))))
	}
	return types.NewSignatureType(recv, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
}
