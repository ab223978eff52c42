package rewrite

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// LocalTypes is the phase a declaration chunk goes through before the
// session writes the concrete copies of its generic code (interp/mono.go),
// which cannot name a function's local types.
var LocalTypes = Phase{Name: "localtypes", Typed: true, Passes: []Pass{localTypeArgsPass}}

var localTypeArgsPass = Pass{
	Name: "localTypeArgs",
	// A type declared in a function's body.
	Wants: func(u *Unit) bool { return u.sights().typeDecls && u.sights().funcs },
	Run:   func(u *Unit) []source.Edit { return u.Types.localTypeArgs() },
}

// localTypeArgs moves a type declared in a function's body to the package
// level, before the function, when it is a type argument of a generic
// type or function, or a type yaegi shares with others (moveShared):
//
//	func main() {                      type point struct{ x, y int }; func main() {
//		type point struct{ x, y int }  →
//		c := NewLRU[point, int](2)          c := NewLRU[point, int](2)
//
// The session's concrete copies of generic code (interp/mono.go) cannot
// name a local type, and yaegi's own instantiation fails on it: a method
// that names another generic type of the parameters (e.Value.(*pair[K,
// V])) panicked while yaegi compiled it, or was refused ("cannot use type
// struct {...} as type struct {...}"). Go
// names a local type as it names a package-level one (%T is main.point),
// so the move shows nothing. A type is moved only where nothing else
// needs it local: its name is declared at the package level by no one,
// and in no other function's body; what it names is the package's, or
// another type moved with it. Lines stay where they were.
func (tc *Types) localTypeArgs() []source.Edit {
	local := tc.localTypeSpecs()
	if len(local) == 0 {
		return nil
	}
	moved := tc.typeArgObjs(local)
	tc.closeMoved(local, moved)
	tc.moveShared(local, moved)
	var edits []source.Edit
	for _, fd := range tc.File.Decls {
		fd, ok := fd.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		var hoisted []string
		for _, st := range fd.Body.List {
			ds, ok := st.(*ast.DeclStmt)
			if !ok || !tc.allMoved(ds, moved) {
				continue
			}
			text, ok := oneLine(tc.code(ds))
			if !ok {
				continue
			}
			hoisted = append(hoisted, text+"; ")
			nl := strings.Repeat("\n", strings.Count(tc.code(ds), "\n"))
			edits = append(edits, source.Replace(tc.Off(ds.Pos()), tc.Off(ds.End()), nl))
		}
		if len(hoisted) > 0 {
			edits = append(edits, source.Insert(tc.Off(fd.Pos()), strings.Join(hoisted, "")))
		}
	}
	return edits
}

// localTypeSpecs are the types declared by the statements of the bodies
// of the chunk's functions (not in nested blocks), by the objects they
// define, when their names can move to the package level: no
// package-level name alike (for a generic type, none at all), declared
// once in the chunk.
func (tc *Types) localTypeSpecs() map[*types.TypeName]*ast.TypeSpec {
	out := map[*types.TypeName]*ast.TypeSpec{}
	count := map[string]int{}
	for _, d := range tc.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			ds, ok := st.(*ast.DeclStmt)
			if !ok {
				continue
			}
			gd, ok := ds.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				count[ts.Name.Name]++
				obj, ok := tc.Info.Defs[ts.Name].(*types.TypeName)
				free := ts.TypeParams == nil && tc.freeAtTop(obj) || ts.TypeParams != nil && tc.genericFreeAtTop(obj)
				if ok && ts.Name.Name != "_" && free {
					out[obj] = ts
				}
			}
		}
	}
	for obj := range out {
		if count[obj.Name()] > 1 {
			delete(out, obj)
		}
	}
	return out
}

// freeAtTop reports whether the local type obj can be declared at the
// package level: no package-level name is its name, or the one that is
// is a type with obj's definition and no methods, declared by an earlier
// chunk (the move of this type when the cell ran before: a cell run again
// moves it again).
func (tc *Types) freeAtTop(obj *types.TypeName) bool {
	tn, free := tc.earlierTopType(obj)
	if tn == nil {
		return free
	}
	_, named := tn.Type().(*types.Named)
	return named && types.NewMethodSet(types.NewPointer(tn.Type())).Len() == 0 &&
		types.Identical(tn.Type().Underlying(), obj.Type().Underlying())
}

// earlierTopType is the package-level type named as the local type obj
// that an earlier chunk declared, which freeAtTop and genericFreeAtTop
// compare with obj; nil with free set when no package-level name is
// obj's, nil without it when the name is something else.
func (tc *Types) earlierTopType(obj *types.TypeName) (tn *types.TypeName, free bool) {
	top := tc.Pkg.Scope().Lookup(obj.Name())
	if top == nil {
		return nil, true
	}
	tn, ok := top.(*types.TypeName)
	if !ok || tn.IsAlias() || tc.Fset.File(tn.Pos()) == tc.Fset.File(tc.File.Pos()) {
		return nil, false
	}
	return tn, false
}

// genericFreeAtTop is freeAtTop for a local generic type: no
// package-level name is its name, or the one that is is a generic type
// written as obj is (type parameters, constraints, definition) without
// methods, declared by an earlier chunk (the cell run again).
func (tc *Types) genericFreeAtTop(obj *types.TypeName) bool {
	tn, free := tc.earlierTopType(obj)
	if tn == nil {
		return free
	}
	old, okOld := tn.Type().(*types.Named)
	cur, okCur := obj.Type().(*types.Named)
	if !okOld || !okCur || old.NumMethods() > 0 || old.TypeParams().Len() != cur.TypeParams().Len() {
		return false
	}
	for i := 0; i < old.TypeParams().Len(); i++ {
		o, c := old.TypeParams().At(i), cur.TypeParams().At(i)
		if o.Obj().Name() != c.Obj().Name() || o.Constraint().String() != c.Constraint().String() {
			return false
		}
	}
	return sameUntagged(old.Underlying(), cur.Underlying())
}

// sameUntagged reports whether a and b are written alike but for their
// fields' tags (the session keeps a moved struct with gopad's tag).
func sameUntagged(a, b types.Type) bool {
	sa, okA := a.(*types.Struct)
	sb, okB := b.(*types.Struct)
	if !okA || !okB {
		return a.String() == b.String()
	}
	if sa.NumFields() != sb.NumFields() {
		return false
	}
	for i := 0; i < sa.NumFields(); i++ {
		fa, fb := sa.Field(i), sb.Field(i)
		if fa.Name() != fb.Name() || fa.Embedded() != fb.Embedded() || fa.Type().String() != fb.Type().String() {
			return false
		}
	}
	return true
}

// typeArgObjs are the local types that a type argument of the chunk's
// instantiations mentions.
func (tc *Types) typeArgObjs(local map[*types.TypeName]*ast.TypeSpec) map[*types.TypeName]bool {
	moved := map[*types.TypeName]bool{}
	for _, inst := range tc.Info.Instances {
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			for _, obj := range namedIn(inst.TypeArgs.At(i)) {
				if _, ok := local[obj]; ok {
					moved[obj] = true
				}
			}
		}
	}
	return moved
}

// closeMoved adds to moved the local types the moved ones name, and
// drops every move when one names a local object that cannot move.
func (tc *Types) closeMoved(local map[*types.TypeName]*ast.TypeSpec, moved map[*types.TypeName]bool) {
	for changed := true; changed; {
		changed = false
		for obj := range moved {
			ok := true
			ast.Inspect(local[obj].Type, func(n ast.Node) bool {
				id, isID := n.(*ast.Ident)
				if !isID {
					return ok
				}
				used := tc.Info.Uses[id]
				if used == nil || used.Parent() == nil || used.Parent() == tc.Pkg.Scope() || used.Parent() == types.Universe {
					return ok
				}
				if _, isPkg := used.(*types.PkgName); isPkg || used.Pkg() != tc.Pkg {
					return ok // a package, or another package's name (time.Duration)
				}
				tn, isType := used.(*types.TypeName)
				if _, isParam := used.Type().(*types.TypeParam); isType && isParam {
					return ok // a moved generic type's own parameter
				}
				if _, can := local[tn]; !isType || !can {
					ok = false
				} else if !moved[tn] {
					moved[tn], changed = true, true
				}
				return ok
			})
			if !ok {
				clear(moved)
				return
			}
		}
	}
}

// moveShared adds to moved the local types that yaegi runs as a type
// they share with others (a type over a basic type or an array, a struct
// type without fields: sharedType), each with the local types it names,
// when they can move. At the package level the typed passes keep them
// beside their values inside interfaces (keptTypes); a local one was
// taken for its underlying type there (any(1) == T(1) in a function
// was true, a switch on an interface with a case T(1) panicked in
// reflect.Value.Convert).
//
// A local generic type (Go 1.26: func f() any { type T[_ any] int; ... })
// moves too, when no package-level name is its name: yaegi has no local
// generic types ("type definition not implemented: fieldList"). So does a
// local struct type with methods, which it can only have from an embedded
// field (type Timeout struct{ time.Duration }): inside an any, yaegi
// printed it without its String ({1 2} for a local struct{ Color; n int }),
// failed on one embedding an interface (%!v(PANIC=String method: reflect:
// StructOf does not support methods of embedded interfaces)) and crashed
// the session on one embedding a compiled type with methods (fatal error:
// type offset base pointer out of range); at the package level the typed
// passes see it, as a cell's declaration.
func (tc *Types) moveShared(local map[*types.TypeName]*ast.TypeSpec, moved map[*types.TypeName]bool) {
	for obj := range local {
		if moved[obj] || !tc.sharedType(obj.Type()) && !genericNamed(obj.Type()) && !promotesMethods(obj.Type()) {
			continue
		}
		one := map[*types.TypeName]bool{obj: true}
		tc.closeMoved(local, one)
		for o := range one {
			moved[o] = true
		}
	}
}

// promotesMethods reports whether values of t or *t have methods.
func promotesMethods(t types.Type) bool {
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// allMoved reports whether ds declares types only, each of them moved.
func (tc *Types) allMoved(ds *ast.DeclStmt, moved map[*types.TypeName]bool) bool {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return false
	}
	for _, s := range gd.Specs {
		obj, ok := tc.Info.Defs[s.(*ast.TypeSpec).Name].(*types.TypeName)
		if !ok || !moved[obj] {
			return false
		}
	}
	return true
}

// namedIn are the named types t mentions.
func namedIn(t types.Type) []*types.TypeName {
	var out []*types.TypeName
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			out = append(out, t.Obj())
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		}
	}
	walk(t, 0)
	return out
}

// oneLine writes the declaration src on one line, by its tokens, with
// the semicolons Go inserts at line ends written out; false when a
// comment or a raw string spans lines.
func oneLine(src string) (string, bool) {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var parts []string
	for {
		_, tok, lit := s.Scan()
		switch {
		case tok == token.EOF:
			return strings.TrimSuffix(strings.Join(parts, " "), " ;"), true
		case tok == token.SEMICOLON && lit == "\n":
			parts = append(parts, ";")
		case strings.Contains(lit, "\n"):
			return "", false
		case lit != "":
			parts = append(parts, lit)
		default:
			parts = append(parts, tok.String())
		}
	}
}

// genericNamed reports whether t is a generic named type.
func genericNamed(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.TypeParams().Len() > 0
}
