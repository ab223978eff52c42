package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/rewrite"
)

// reflectMethods is what reflect knows in a compiled program and not in
// yaegi: the methods of the cells' struct types. yaegi's run-time type of
// a cell's struct type has none, so NumMethod says 0 and MethodByName
// finds nothing. The session registers each exported method a cell
// declares as its method expression ((*T).M or T.M, which yaegi turns into
// a compiled func), and the helpers of package rewrite's reflectNames pass
// answer from them.
type reflectMethods struct {
	mu sync.RWMutex
	// byType holds the methods of each run-time struct type, by name.
	byType map[reflect.Type]map[string]cellMethod
	// owners lists the cell types that registered methods on a run-time
	// type: more than one (struct types without fields share one) and
	// the methods cannot be told apart.
	owners map[reflect.Type][]string
}

// cellMethod is a method a cell declared.
type cellMethod struct {
	name string
	fn   reflect.Value // the method expression: the receiver comes first
	ptr  bool          // declared on *T
}

func (rm *reflectMethods) reset() {
	rm.mu.Lock()
	defer rm.mu.Unlock()
	rm.byType = map[reflect.Type]map[string]cellMethod{}
	rm.owners = map[reflect.Type][]string{}
}

// register is gopadBuiltin.RegisterMethod: typ's method name is fn; recv
// is a new(T).
func (rm *reflectMethods) register(typ string, recv any, name string, fn any) {
	t := reflect.TypeOf(recv).Elem()
	f := reflect.ValueOf(fn)
	if t.Kind() != reflect.Struct || f.Kind() != reflect.Func || f.Type().NumIn() == 0 {
		return
	}
	rm.mu.Lock()
	defer rm.mu.Unlock()
	if rm.byType == nil {
		rm.reset()
	}
	if !contains(rm.owners[t], typ) {
		rm.owners[t] = append(rm.owners[t], typ)
	}
	if rm.byType[t] == nil {
		rm.byType[t] = map[string]cellMethod{}
	}
	rm.byType[t][name] = cellMethod{name: name, fn: f, ptr: f.Type().In(0).Kind() == reflect.Pointer}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// methodSet lists, sorted by name as reflect does, the methods of t when t
// is a cell's struct type or a pointer to one with registered methods;
// ok is false for every other type.
func (rm *reflectMethods) methodSet(t reflect.Type) (ms []cellMethod, ok bool) {
	base, ptr := t, false
	if t.Kind() == reflect.Pointer {
		base, ptr = t.Elem(), true
	}
	if base.Kind() != reflect.Struct {
		return nil, false
	}
	rm.mu.RLock()
	defer rm.mu.RUnlock()
	all, ok := rm.byType[base]
	if !ok {
		return nil, false
	}
	if owners := rm.owners[base]; len(owners) > 1 {
		panic(fmt.Errorf("gopad cannot tell whose methods reflect should list: %s have one run-time type, %s "+
			"(yaegi gives struct types without fields one type). Workaround: give each type a field of its own",
			strings.Join(owners, ", "), base))
	}
	for _, m := range all {
		if ptr || !m.ptr {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].name < ms[j].name })
	return ms, true
}

// bound is m's method value for receiver v (v.Method).
func bound(v reflect.Value, m cellMethod) reflect.Value {
	recv := v
	if !m.ptr && v.Kind() == reflect.Pointer {
		recv = v.Elem()
	}
	ft := m.fn.Type()
	in := make([]reflect.Type, ft.NumIn()-1)
	for i := range in {
		in[i] = ft.In(i + 1)
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
	}
	return reflect.MakeFunc(reflect.FuncOf(in, out, ft.IsVariadic()), func(args []reflect.Value) []reflect.Value {
		all := append([]reflect.Value{recv}, args...)
		if ft.IsVariadic() {
			return m.fn.CallSlice(all)
		}
		return m.fn.Call(all)
	})
}

// expression is m as reflect.Method.Func for receiver type t: a value
// method of a pointer type takes the pointer.
func expression(t reflect.Type, m cellMethod) reflect.Value {
	if m.ptr || t.Kind() != reflect.Pointer {
		return m.fn
	}
	ft := m.fn.Type()
	in := []reflect.Type{t}
	for i := 1; i < ft.NumIn(); i++ {
		in = append(in, ft.In(i))
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
	}
	return reflect.MakeFunc(reflect.FuncOf(in, out, ft.IsVariadic()), func(args []reflect.Value) []reflect.Value {
		args[0] = args[0].Elem()
		if ft.IsVariadic() {
			return m.fn.CallSlice(args)
		}
		return m.fn.Call(args)
	})
}

func method(t reflect.Type, m cellMethod, i int) reflect.Method {
	f := expression(t, m)
	return reflect.Method{Name: m.name, Type: f.Type(), Func: f, Index: i}
}

// typeNumMethod is gopadBuiltin.TypeNumMethod: t.NumMethod().
func (rm *reflectMethods) typeNumMethod(t reflect.Type) int {
	if ms, ok := rm.methodSet(t); ok {
		return len(ms)
	}
	return t.NumMethod()
}

// typeMethod is gopadBuiltin.TypeMethod: t.Method(i).
func (rm *reflectMethods) typeMethod(t reflect.Type, i int) reflect.Method {
	ms, ok := rm.methodSet(t)
	if !ok {
		return t.Method(i)
	}
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	return method(t, ms[i], i)
}

// typeMethodByName is gopadBuiltin.TypeMethodByName: t.MethodByName(name).
func (rm *reflectMethods) typeMethodByName(t reflect.Type, name string) (reflect.Method, bool) {
	ms, ok := rm.methodSet(t)
	if !ok {
		return t.MethodByName(name)
	}
	for i, m := range ms {
		if m.name == name {
			return method(t, m, i), true
		}
	}
	return reflect.Method{}, false
}

// valueNumMethod is gopadBuiltin.ValueNumMethod: v.NumMethod().
func (rm *reflectMethods) valueNumMethod(v reflect.Value) int {
	if v.IsValid() {
		if ms, ok := rm.methodSet(v.Type()); ok {
			return len(ms)
		}
	}
	return v.NumMethod()
}

// valueMethod is gopadBuiltin.ValueMethod: v.Method(i).
func (rm *reflectMethods) valueMethod(v reflect.Value, i int) reflect.Value {
	if !v.IsValid() {
		return v.Method(i)
	}
	ms, ok := rm.methodSet(v.Type())
	if !ok {
		return v.Method(i)
	}
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	return bound(v, ms[i])
}

// valueMethodByName is gopadBuiltin.ValueMethodByName: v.MethodByName(name).
func (rm *reflectMethods) valueMethodByName(v reflect.Value, name string) reflect.Value {
	if !v.IsValid() {
		return v.MethodByName(name)
	}
	ms, ok := rm.methodSet(v.Type())
	if !ok {
		return v.MethodByName(name)
	}
	for _, m := range ms {
		if m.name == name {
			return bound(v, m)
		}
	}
	return reflect.Value{}
}

// registerMethods registers the exported methods among ds (declarations
// the interpreter has just evaluated) with gopadBuiltin.RegisterMethod.
func (s *Session) registerMethods(ctx context.Context, ds []decl) {
	for _, d := range ds {
		if !hasMethodKey(d) {
			continue
		}
		text := "package p\n" + d.src
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		code := func(n ast.Node) string {
			return text[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset]
		}
		for _, fd := range f.Decls {
			call, typ, ok := methodRegistration(fd, code)
			if _, copied := s.mono.made[typ]; ok && !copied {
				// (a registration beside a generic type's concrete copy
				// makes yaegi's CFG fail on a later cell)
				s.eval(ctx, call) // a method yaegi cannot express stays unknown to reflect
			}
		}
	}
}

func hasMethodKey(d decl) bool {
	for _, k := range d.keys {
		if strings.HasPrefix(k, "method:") {
			return true
		}
	}
	return false
}

// methodRegistration is the call that registers d, an exported method of
// a non-generic type typ, as a function literal that takes the receiver
// first (yaegi's own method expressions drop the receiver when passed on).
func methodRegistration(d ast.Decl, code func(ast.Node) string) (call, typ string, ok bool) {
	fd, ok := d.(*ast.FuncDecl)
	if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || !fd.Name.IsExported() || fd.Name.Name == rewrite.SelfMethod {
		return "", "", false // (gopad's own method is no method of the program's)
	}
	recv := fd.Recv.List[0].Type
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if star, isPtr := recv.(*ast.StarExpr); isPtr {
		id, ok = ast.Unparen(star.X).(*ast.Ident)
	}
	if !ok || instantiates(fd.Type) {
		// A generic receiver; or a signature with an instance of a generic
		// type, which a registration would compile apart from the method
		// (yaegi's CFG then fails on a later cell).
		return "", "", false
	}
	params := []string{"r " + code(recv)}
	var args []string
	for _, field := range fd.Type.Params.List {
		for range max(1, len(field.Names)) {
			a := fmt.Sprintf("a%d", len(args))
			params = append(params, a+" "+code(field.Type))
			if _, variadic := field.Type.(*ast.Ellipsis); variadic {
				a += "..."
			}
			args = append(args, a)
		}
	}
	results, ret := "", ""
	if fd.Type.Results != nil {
		results, ret = code(fd.Type.Results), "return "
	}
	// Through a method value: yaegi's return of a method call whose result
	// is a func type breaks a later call of that result (see returnfuncs.go
	// in package rewrite).
	lit := fmt.Sprintf("func(%s) %s { gopadM := r.%s; %sgopadM(%s) }", strings.Join(params, ", "), results, fd.Name.Name, ret, strings.Join(args, ", "))
	return fmt.Sprintf("gopadBuiltin.RegisterMethod(%q, new(%s), %q, %s)", "main."+id.Name, id.Name, fd.Name.Name, lit), id.Name, true
}

// instantiates reports whether t names an instance of a generic type.
func instantiates(t *ast.FuncType) bool {
	found := false
	ast.Inspect(t, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			found = true
		}
		return !found
	})
	return found
}
