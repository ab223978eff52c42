package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
)

// reflectMethods is what reflect knows in a compiled program and not in
// yaegi: the methods of the cells' types. yaegi's run-time type of a
// cell's struct type has none, so NumMethod says 0 and MethodByName finds
// nothing; a cell's type over a basic, slice, map... type has not even a
// run-time type of its own (gopadrt.NamedType names it). The session
// registers each exported method a cell declares as its method expression
// ((*T).M or T.M, which yaegi turns into a compiled func); the helpers of
// package rewrite's reflectNames pass and gopad's reflect.Type wrappers
// (gopadrt.Methods) answer from them.
type reflectMethods struct {
	mu sync.RWMutex
	// byType holds the methods of each run-time struct type, by name.
	byType map[reflect.Type]map[string]cellMethod
	// owners lists the cell types that registered methods on a run-time
	// type: more than one (struct types without fields share one) and
	// the methods cannot be told apart.
	owners map[reflect.Type][]string
	// byName holds the methods of the cells' types without a run-time
	// type of their own, by the type's Go name (main.Weekday); nameless
	// lists those names by the run-time type yaegi gives their values.
	byName   map[string]map[string]cellMethod
	nameless map[reflect.Type][]string
	// embeds reports whether a cell's struct type embeds its field
	// (typeNames.embeds): yaegi's run-time type marks only embedded
	// pointers so.
	embeds func(t reflect.Type, field string) bool
}

// cellMethod is a method a cell declared.
type cellMethod struct {
	name  string
	owner string        // main.T
	fn    reflect.Value // the method expression: the receiver comes first
	ptr   bool          // declared on *T
	sig   string        // its type after the receiver: ", int) bool"
	lost  string        // a result's type that yaegi gives no run-time type: main.Weekday
	raw   reflect.Value // fn without the refusal of a lost result (zero when lost is "")
}

// refusingCall is m's method expression when a result's type is m.lost:
// a call through reflect (or a template) gets a bare value of the
// underlying type, printed without the type's methods, so it stops the
// cell when m.lost has a String, Error or Format method.
func (rm *reflectMethods) refusingCall(m cellMethod) reflect.Value {
	return reflect.MakeFunc(m.fn.Type(), func(args []reflect.Value) []reflect.Value {
		rm.mu.RLock()
		printed := rm.byName[m.lost]
		rm.mu.RUnlock()
		for _, p := range []string{"String", "Error", "Format"} {
			if _, ok := printed[p]; ok {
				panic(fmt.Errorf("gopad cannot call %s.%s through reflect: it returns a %s, which yaegi gives no run-time "+
					"type of its own, so reflect would hand back a bare value of the underlying type, printed without %s's "+
					"%s method. Workaround: call the method directly, or convert its result in a method that returns the "+
					"underlying type", m.owner, m.name, m.lost, m.lost, p))
			}
		}
		if m.fn.Type().IsVariadic() {
			return m.fn.CallSlice(args)
		}
		return m.fn.Call(args)
	})
}

func (rm *reflectMethods) reset() {
	rm.mu.Lock()
	defer rm.mu.Unlock()
	rm.clear()
}

// clear empties rm; rm.mu is held.
func (rm *reflectMethods) clear() {
	rm.byType = map[reflect.Type]map[string]cellMethod{}
	rm.owners = map[reflect.Type][]string{}
	rm.byName = map[string]map[string]cellMethod{}
	rm.nameless = map[reflect.Type][]string{}
}

// register is gopadBuiltin.RegisterMethod: typ's method name, of type
// sig after the receiver, is fn; recv is a new(T); lost names the cell's
// type without a run-time type of its own among its results.
func (rm *reflectMethods) register(typ string, recv any, name, sig, lost string, fn any) {
	t := reflect.TypeOf(recv).Elem()
	f := reflect.ValueOf(fn)
	if f.Kind() != reflect.Func || f.Type().NumIn() == 0 {
		return
	}
	rm.mu.Lock()
	defer rm.mu.Unlock()
	if rm.byType == nil {
		rm.clear()
	}
	m := cellMethod{name: name, owner: typ, fn: f, ptr: f.Type().In(0).Kind() == reflect.Pointer, sig: sig, lost: lost}
	if lost != "" {
		m.raw, m.fn = f, rm.refusingCall(m)
	}
	if t.Kind() != reflect.Struct {
		if !contains(rm.nameless[t], typ) {
			rm.nameless[t] = append(rm.nameless[t], typ)
		}
		if rm.byName[typ] == nil {
			rm.byName[typ] = map[string]cellMethod{}
		}
		rm.byName[typ][name] = m
		return
	}
	if !contains(rm.owners[t], typ) {
		rm.owners[t] = append(rm.owners[t], typ)
	}
	if rm.byType[t] == nil {
		rm.byType[t] = map[string]cellMethod{}
	}
	rm.byType[t][name] = m
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
// is a cell's struct type or a pointer to one with registered methods, or
// a gopadrt.NamedType; ok is false for every other type.
func (rm *reflectMethods) methodSet(t reflect.Type) (ms []cellMethod, ok bool) {
	rm.mu.RLock()
	defer rm.mu.RUnlock()
	if name, named := gopadrt.NamedTypeName(t); named {
		return sorted(rm.byName["main."+name], false), true
	}
	if name, named := gopadrt.NamedPointerName(t); named {
		return sorted(rm.byName["main."+name], true), true
	}
	base, ptr := t, false
	if t.Kind() == reflect.Pointer {
		base, ptr = t.Elem(), true
	}
	// A named struct type is a compiled package's (context.backgroundCtx):
	// yaegi's struct types of the cells have no name. reflect knows its
	// methods, its own and those its embedded fields promote.
	if base.Kind() != reflect.Struct || base.Name() != "" {
		return nil, false
	}
	all, ok := rm.withPromoted(base, 0)
	if !ok {
		return nil, false
	}
	if owners := rm.owners[base]; len(owners) > 1 {
		panic(fmt.Errorf("gopad cannot tell whose methods reflect should list: %s have one run-time type, %s "+
			"(yaegi gives struct types without fields one type). Workaround: give each type a field of its own",
			strings.Join(owners, ", "), base))
	}
	return sorted(all, ptr), true
}

// withPromoted is the methods of the cell's struct type base by name, its
// own and those its embedded fields promote (yaegi's run-time struct
// type promotes none), and whether base has any; rm.mu is held.
func (rm *reflectMethods) withPromoted(base reflect.Type, depth int) (map[string]cellMethod, bool) {
	own, ok := rm.byType[base]
	if depth > 4 || base.Kind() != reflect.Struct {
		return own, ok
	}
	all := map[string]cellMethod{}
	for i := 0; i < base.NumField(); i++ {
		f := base.Field(i)
		if !f.Anonymous && (rm.embeds == nil || !rm.embeds(base, f.Name)) {
			continue
		}
		fbase, fptr := f.Type, f.Type.Kind() == reflect.Pointer
		if fptr {
			fbase = fbase.Elem()
		}
		if cellIfaceType(fbase) {
			panic(cellIfaceRefusal("reflect's method set"))
		}
		inner, found := rm.withPromoted(fbase, depth+1)
		if !found {
			inner, found = compiledMethods(fbase)
		}
		for name, m := range inner {
			if _, dup := all[name]; !dup && found {
				all[name] = promoted(base, i, fptr, m)
			}
		}
		ok = ok || found && len(inner) > 0
	}
	for name, m := range own {
		all[name] = m // (a method of base's own hides a promoted one)
	}
	return all, ok
}

// compiledMethods is the method set of *t, t a compiled package's named
// type (sync.Mutex), as cellMethods: a field of t embedded in a cell's
// struct type promotes them.
func compiledMethods(t reflect.Type) (map[string]cellMethod, bool) {
	if t.Name() == "" || t.PkgPath() == "" || t.Kind() == reflect.Interface {
		return nil, false
	}
	pt := reflect.PointerTo(t)
	ms := map[string]cellMethod{}
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		cm := cellMethod{name: m.Name, owner: t.String(), fn: m.Func, ptr: true}
		if vm, ok := t.MethodByName(m.Name); ok {
			cm.fn, cm.ptr = vm.Func, false
		}
		cm.sig = sigAfterReceiver(cm.fn.Type())
		ms[m.Name] = cm
	}
	return ms, len(ms) > 0
}

// sigAfterReceiver is ft, a method expression's type, written after its
// receiver as reflect writes it: ", int) bool".
func sigAfterReceiver(ft reflect.Type) string {
	s := ")"
	for i := 1; i < ft.NumIn(); i++ {
		t := ft.In(i).String()
		if ft.IsVariadic() && i == ft.NumIn()-1 {
			t = "..." + ft.In(i).Elem().String()
		}
		s = strings.TrimSuffix(s, ")") + ", " + t + ")"
	}
	switch ft.NumOut() {
	case 0:
	case 1:
		s += " " + ft.Out(0).String()
	default:
		outs := make([]string, ft.NumOut())
		for i := range outs {
			outs[i] = ft.Out(i).String()
		}
		s += " (" + strings.Join(outs, ", ") + ")"
	}
	return s
}

// promoted is m, a method of base's embedded field i (a pointer when
// fptr), as a method of base: its receiver is base (*base when m needs
// an addressable field), the call m's on the field.
func promoted(base reflect.Type, i int, fptr bool, m cellMethod) cellMethod {
	needsPtr := m.ptr && !fptr
	fn, raw := promotedFunc(base, i, fptr, m.ptr, m.fn), m.raw
	if raw.IsValid() {
		raw = promotedFunc(base, i, fptr, m.ptr, raw)
	}
	owner := m.owner
	if base.NumField() > 0 {
		if tag := base.Field(0).Tag.Get(rewrite.TypeTagKey); tag != "" {
			owner = rewrite.TagTypeName(tag)
		}
	}
	return cellMethod{name: m.name, owner: owner, fn: fn, ptr: needsPtr, sig: m.sig, lost: m.lost, raw: raw}
}

// promotedFunc is f, the method expression of a method of base's embedded
// field i (a pointer when fptr) declared on a pointer when mptr, as one
// whose receiver is base (*base when f needs an addressable field).
func promotedFunc(base reflect.Type, i int, fptr, mptr bool, f reflect.Value) reflect.Value {
	ft := f.Type()
	needsPtr := mptr && !fptr
	recvT := base
	if needsPtr {
		recvT = reflect.PointerTo(base)
	}
	in := []reflect.Type{recvT}
	for j := 1; j < ft.NumIn(); j++ {
		in = append(in, ft.In(j))
	}
	out := make([]reflect.Type, ft.NumOut())
	for j := range out {
		out[j] = ft.Out(j)
	}
	return reflect.MakeFunc(reflect.FuncOf(in, out, ft.IsVariadic()), func(args []reflect.Value) []reflect.Value {
		recv := args[0]
		if needsPtr {
			recv = recv.Elem().Field(i).Addr()
		} else {
			recv = recv.Field(i)
			if fptr && !mptr {
				recv = recv.Elem()
			}
		}
		all := append([]reflect.Value{recv}, args[1:]...)
		if ft.IsVariadic() {
			return f.CallSlice(all)
		}
		return f.Call(all)
	})
}

// sorted is the method set of all, sorted by name: with the methods
// declared on *T when ptr.
func sorted(all map[string]cellMethod, ptr bool) []cellMethod {
	ms := []cellMethod{}
	for _, m := range all {
		if ptr || !m.ptr {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].name < ms[j].name })
	return ms
}

// cellIfaceType reports whether t is the run-time type yaegi gives every
// interface type a cell declares: a struct of its own, without methods.
func cellIfaceType(t reflect.Type) bool {
	return t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

// cellIfaceRefusal is the error of what (reflect.Type.NumMethod...) asked
// of a cell's interface type, or of a struct type that embeds one.
func cellIfaceRefusal(what string) error {
	return fmt.Errorf("gopad cannot answer %s for an interface type declared in a cell, or a struct type that "+
		"embeds one: yaegi gives such interfaces no run-time type of their own (their methods are unknown to "+
		"reflect). Workaround: reflect.TypeOf((*I)(nil)).Elem() answers for the interface type I, "+
		"reflect.ValueOf(i) for the value it holds", what)
}

// refuseLost stops the cell when t, which the session knows no methods
// for, is the run-time type yaegi gives the values of cells' types with
// methods: reflect's answer (no methods) may be wrong for them.
func (rm *reflectMethods) refuseLost(t reflect.Type, what string) {
	if cellIfaceType(t) {
		panic(cellIfaceRefusal(what))
	}
	rm.mu.RLock()
	names := rm.nameless[t]
	if t.Kind() == reflect.Pointer && len(names) == 0 {
		names, t = rm.nameless[t.Elem()], t.Elem() // (pointers to them are refused where a pass sees them)
	}
	rm.mu.RUnlock()
	if len(names) > 0 {
		panic(fmt.Errorf("gopad cannot answer %s here: yaegi gives %s no run-time type of its own (a value of it is a %s), "+
			"and this one's Go type is lost. Workaround: call reflect.TypeOf or reflect.ValueOf on a variable of the "+
			"type itself (v := reflect.ValueOf(d)) and ask it directly", what, strings.Join(names, ", "), t))
	}
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
	in := []reflect.Type{gopadrt.RuntimeType(t)}
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
	recv := m.owner
	if t.Kind() == reflect.Pointer {
		recv = "*" + recv
	}
	return reflect.Method{Name: m.name, Type: gopadrt.Signature(f.Type(), "func("+recv+m.sig), Func: f, Index: i}
}

// typeNumMethod is gopadBuiltin.TypeNumMethod: t.NumMethod().
func (rm *reflectMethods) typeNumMethod(t reflect.Type) int {
	if ms, ok := rm.methodSet(t); ok {
		return len(ms)
	}
	rm.refuseLost(t, "reflect.Type.NumMethod")
	return t.NumMethod()
}

// typeMethod is gopadBuiltin.TypeMethod: t.Method(i).
func (rm *reflectMethods) typeMethod(t reflect.Type, i int) reflect.Method {
	ms, ok := rm.methodSet(t)
	if !ok {
		rm.refuseLost(t, "reflect.Type.Method")
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
		rm.refuseLost(t, "reflect.Type.MethodByName")
		return t.MethodByName(name)
	}
	for i, m := range ms {
		if m.name == name {
			return method(t, m, i), true
		}
	}
	return reflect.Method{}, false
}

// valueSet is the method set of v's type: the cell's type name's
// (main.Weekday) when a pass knows it, else from v's run-time type.
func (rm *reflectMethods) valueSet(v reflect.Value, name, what string) ([]cellMethod, bool) {
	if name != "" {
		rm.mu.RLock()
		defer rm.mu.RUnlock()
		return sorted(rm.byName[name], false), true
	}
	if !v.IsValid() {
		return nil, false
	}
	ms, ok := rm.methodSet(v.Type())
	if !ok {
		rm.refuseLost(v.Type(), what)
	}
	return ms, ok
}

// valueNumMethod is gopadBuiltin.ValueNumMethod: v.NumMethod().
func (rm *reflectMethods) valueNumMethod(v reflect.Value) int { return rm.namedValueNumMethod(v, "") }

// valueMethod is gopadBuiltin.ValueMethod: v.Method(i).
func (rm *reflectMethods) valueMethod(v reflect.Value, i int) reflect.Value {
	return rm.namedValueMethod(v, "", i)
}

// valueMethodByName is gopadBuiltin.ValueMethodByName: v.MethodByName(name).
func (rm *reflectMethods) valueMethodByName(v reflect.Value, name string) reflect.Value {
	return rm.namedValueMethodByName(v, "", name)
}

// namedValueNumMethod is gopadBuiltin.NamedValueNumMethod: v.NumMethod()
// for v, a value of the cell's type typ (main.Weekday), "" when unknown.
func (rm *reflectMethods) namedValueNumMethod(v reflect.Value, typ string) int {
	if ms, ok := rm.valueSet(v, typ, "reflect.Value.NumMethod"); ok {
		return len(ms)
	}
	return v.NumMethod()
}

// namedValueMethod is gopadBuiltin.NamedValueMethod: v.Method(i).
func (rm *reflectMethods) namedValueMethod(v reflect.Value, typ string, i int) reflect.Value {
	ms, ok := rm.valueSet(v, typ, "reflect.Value.Method")
	if !ok {
		return v.Method(i)
	}
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	return bound(v, ms[i])
}

// namedValueMethodByName is gopadBuiltin.NamedValueMethodByName:
// v.MethodByName(name).
func (rm *reflectMethods) namedValueMethodByName(v reflect.Value, typ, name string) reflect.Value {
	ms, ok := rm.valueSet(v, typ, "reflect.Value.MethodByName")
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

// TypeNumMethod, TypeMethod and TypeMethodByName make the session's
// method sets the gopadrt.Methods of gopad's reflect.Type wrappers.
func (rm *reflectMethods) TypeNumMethod(t reflect.Type) int { return rm.typeNumMethod(t) }

func (rm *reflectMethods) TypeMethod(t reflect.Type, i int) reflect.Method {
	return rm.typeMethod(t, i)
}

func (rm *reflectMethods) TypeMethodByName(t reflect.Type, name string) (reflect.Method, bool) {
	return rm.typeMethodByName(t, name)
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
			call, typ, ok := methodRegistration(fd, code, s.namelessDecl)
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
func methodRegistration(d ast.Decl, code func(ast.Node) string, nameless func(string) bool) (call, typ string, ok bool) {
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
	sig := reflectSignature(fd.Type)
	lost := ""
	if fd.Type.Results != nil {
		for _, r := range fd.Type.Results.List {
			if id, ok := r.Type.(*ast.Ident); ok && lost == "" && nameless(id.Name) {
				lost = "main." + id.Name
			}
		}
	}
	// Through a method value: yaegi's return of a method call whose result
	// is a func type breaks a later call of that result (see returnfuncs.go
	// in package rewrite).
	lit := fmt.Sprintf("func(%s) %s { gopadM := r.%s; %sgopadM(%s) }", strings.Join(params, ", "), results, fd.Name.Name, ret, strings.Join(args, ", "))
	return fmt.Sprintf("gopadBuiltin.RegisterMethod(%q, new(%s), %q, %q, %q, %s)", "main."+id.Name, id.Name, fd.Name.Name, sig, lost, lit), id.Name, true
}

// reflectSignature is the text reflect gives the method expression of a
// method of type ft after its receiver: ", int) bool" for
// func(main.T, int) bool.
func reflectSignature(ft *ast.FuncType) string {
	params, results := sigParts(ft)
	if len(params) == 0 {
		return ")" + results
	}
	return ", " + strings.Join(params, ", ") + ")" + results
}

// sigParts are the parameter types of ft and the text of its results as
// reflect writes them (" bool", " (int, error)").
func sigParts(ft *ast.FuncType) (params []string, results string) {
	list := func(fl *ast.FieldList) []string {
		var out []string
		if fl == nil {
			return nil
		}
		for _, f := range fl.List {
			for range max(1, len(f.Names)) {
				out = append(out, goTypeText(f.Type))
			}
		}
		return out
	}
	switch rs := list(ft.Results); {
	case len(rs) == 1:
		results = " " + rs[0]
	case len(rs) > 1:
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	return list(ft.Params), results
}

// goTypeText is the type expression e as reflect's String writes it: the
// cells' types qualified with main, the empty interface "interface {}".
func goTypeText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name == "any" {
			return "interface {}"
		}
		if _, predeclared := types.Universe.Lookup(e.Name).(*types.TypeName); predeclared {
			return e.Name
		}
		return "main." + e.Name
	case *ast.ParenExpr:
		return goTypeText(e.X)
	case *ast.StarExpr:
		return "*" + goTypeText(e.X)
	case *ast.Ellipsis:
		return "..." + goTypeText(e.Elt)
	case *ast.ArrayType:
		if e.Len == nil {
			return "[]" + goTypeText(e.Elt)
		}
		return "[" + types.ExprString(e.Len) + "]" + goTypeText(e.Elt)
	case *ast.MapType:
		return "map[" + goTypeText(e.Key) + "]" + goTypeText(e.Value)
	case *ast.ChanType:
		switch e.Dir {
		case ast.SEND:
			return "chan<- " + goTypeText(e.Value)
		case ast.RECV:
			return "<-chan " + goTypeText(e.Value)
		}
		return "chan " + goTypeText(e.Value)
	case *ast.FuncType:
		params, results := sigParts(e)
		return "func(" + strings.Join(params, ", ") + ")" + results
	case *ast.InterfaceType:
		if len(e.Methods.List) == 0 {
			return "interface {}"
		}
	}
	return types.ExprString(e)
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
