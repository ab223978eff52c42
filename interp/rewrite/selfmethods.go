package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelfMethod is the method selfMethods gives a cell's struct types; the
// error and fmt.Stringer wrappers of interp/stdlib call it (stdlib.SelfMethod
// names the same method).
const SelfMethod = "GopadSelf"

var selfMethodsPass = Pass{
	Name: "selfMethods",
	Wants: func(u *Unit) bool {
		return !u.Stmt() && (declaresValueMethods(u.AST) || declaresDefinedTypes(u.AST) || declaresEmbeddingStructs(u.AST))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.selfMethods() },
}

// selfMethods gives a struct type with fields, where a chunk declares a
// method with a value receiver of it, a method that returns the value, on
// the line of the chunk's first such method (another defined type, type
// Code string, gets one that returns the value with its Go name, which %T
// of it inside an error prints; so does a struct type without fields,
// whose values are all struct{} at run time, and whose name alone tells
// NotFound{} from Other{} inside an error):
//
//	func (e NotFound) Error() string { return e.Name }
//	  →  func (e NotFound) Error() string { return e.Name }; func (gopadV NotFound) GopadSelf() any { return gopadV }
//
// When a struct value of a cell's type becomes an error or a fmt.Stringer,
// yaegi's wrapper keeps one of the struct's fields instead of the struct,
// and nothing could tell that the error was a NotFound: errors.As with a
// NotFound target, errors.Is of a sentinel NotFound value, case NotFound
// and err.(NotFound) had to be refused. The wrappers gopad offers yaegi
// for these interfaces forward the method too, and give the value back
// through it. Only a type with value methods can be such a value, and it
// has methods already: one more does not change how yaegi holds its
// values. Declared again by each such chunk, with the same text, it does
// not make the session rebuild. Generic types are left alone (they keep
// the refusals).
func (tc *Types) selfMethods() []source.Edit {
	var edits []source.Edit
	done := map[string]bool{}
	for _, d := range tc.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		id, ok := fd.Recv.List[0].Type.(*ast.Ident) // a value receiver
		if !ok || done[id.Name] {
			continue
		}
		if fd.Name.Name == SelfMethod { // given already
			done[id.Name] = true
			continue
		}
		result := "gopadV"
		switch tc.selfKind(id) {
		case selfNone:
			continue
		case selfNamed, selfEmpty:
			// The value alone is its basic type's, or struct{}: the
			// name goes with it (for %T, and to tell field-less struct
			// types apart: fieldless.go).
			result = "gopadBuiltin.Named(" + strconv.Quote("main."+id.Name) + ", gopadBuiltin.Bare(gopadV))"
		}
		done[id.Name] = true
		edits = append(edits, source.Insert(tc.Off(fd.End()),
			"; func (gopadV "+id.Name+") "+SelfMethod+"() any { return "+result+" }"))
	}
	return append(edits, tc.keptTypes(done)...)
}

// keptTypes gives the chunk's defined types over basic and composite types
// and its struct types without fields (autoKept) that have no value method
// in the chunk (done) their GopadSelf too, after
// their declaration, with the text a method would give them. yaegi keeps a value of a type with methods beside its
// type inside an interface (its valueInterface), and one of a type
// without methods as a bare value of the underlying type: a Celsius in an
// any was a float64 to type switches, assertions, %T and reflect, which
// could only guess or refuse. With the method, the helpers that decide
// those at run time (gopadrt's identity.go) see the type.
func (tc *Types) keptTypes(done map[string]bool) []source.Edit {
	var edits []source.Edit
	for _, d := range tc.File.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || tc.Off(gd.Pos()) < 0 {
			continue
		}
		var methods strings.Builder
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			tn, ok := tc.Info.Defs[ts.Name].(*types.TypeName)
			if done[ts.Name.Name] || !ok || !tc.autoKept(tn.Type()) && !tc.promotesWrapped(tn.Type()) {
				continue
			}
			done[ts.Name.Name] = true
			if tc.promotesWrapped(tn.Type()) {
				// a struct with fields: the value itself
				methods.WriteString("; func (gopadV " + ts.Name.Name + ") " + SelfMethod + "() any { return gopadV }")
				continue
			}
			methods.WriteString("; func (gopadV " + ts.Name.Name + ") " + SelfMethod + "() any { return gopadBuiltin.Named(" +
				strconv.Quote("main."+ts.Name.Name) + ", gopadBuiltin.Bare(gopadV)) }")
		}
		if methods.Len() > 0 {
			edits = append(edits, source.Insert(tc.Off(gd.End()), methods.String()))
		}
	}
	return edits
}

// autoKept reports whether keptTypes gives t a GopadSelf whether or not
// it has methods: a defined type of the cells' package level over a basic
// type, a map, a slice, an array, a channel, a func or a struct without
// fields, not generic (keptUnder). fmt would print yaegi's pair of node
// and value for such a value nested in another (an element of a []any, a
// List in a List): printArgs gives it gopadBuiltin.Unkept (fmtdynamic.go's
// keptCompositeTry, gopadrt's unkept.go).
func (tc *Types) autoKept(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.Obj().Parent() != tc.Pkg.Scope() || n.Obj().IsAlias() || n.TypeParams().Len() > 0 {
		return false
	}
	if _, basic := n.Underlying().(*types.Basic); !basic && pointerMethods(n) {
		// An error or fmt.Stringer wrapper of a *T would forward T's
		// GopadSelf, which gives the value, not the pointer (errors.As
		// with a *Forbidden target failed).
		return false
	}
	return keptUnder(n.Underlying())
}

// pointerMethods reports whether n has a method with a pointer receiver.
func pointerMethods(n *types.Named) bool {
	for i := range n.NumMethods() {
		if _, ptr := n.Method(i).Signature().Recv().Type().(*types.Pointer); ptr {
			return true
		}
	}
	return false
}

// keptUnder reports whether a defined type over u is one keptTypes gives a
// GopadSelf: u is a basic type, a map, a slice, an array, a channel, a
// function type or a struct without fields (yaegi gives none of these a
// run-time type of its own).
func keptUnder(u types.Type) bool {
	switch u := u.(type) {
	case *types.Basic, *types.Map, *types.Slice, *types.Array, *types.Chan, *types.Signature:
		return true
	case *types.Struct:
		return u.NumFields() == 0
	}
	return false
}

// promotesWrapped reports whether t is a struct type of the cells' package
// level with fields, not generic, that has value methods only through an
// embedded field (Error, String, Read...): an interface (type CodeErr
// struct{ error; Code int }), whose value inside an error or a
// fmt.Stringer lost its type in yaegi's wrapper (errors.As with a CodeErr
// target answered false), or a struct (type Wrapped struct{ ErrBad; ctx
// string }), whose GopadSelf was ErrBad's, promoted: the wrapper gave back
// the embedded ErrBad (errors.As with an ErrBad target answered true, %T
// printed main.ErrBad). Its own GopadSelf, which keptTypes gives it, gives
// the value back; so does one in an io.Reader or a sort.Interface (type
// rd struct{ *strings.Reader; n int }), which printed yaegi's wrapper's
// fields. A type with its own value methods gets it from selfMethods.
func (tc *Types) promotesWrapped(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.Obj().Parent() != tc.Pkg.Scope() || n.Obj().IsAlias() || n.TypeParams().Len() > 0 {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false
	}
	embeds := false
	for i := range st.NumFields() {
		embeds = embeds || st.Field(i).Embedded()
	}
	if !embeds {
		return false
	}
	return types.NewMethodSet(t).Len() > 0
}

// declaresEmbeddingStructs reports whether f declares a struct type with
// an embedded field at its top level (one promotesWrapped may hold).
func declaresEmbeddingStructs(f *ast.File) bool {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			st, ok := sp.(*ast.TypeSpec).Type.(*ast.StructType)
			if !ok || st.Fields == nil {
				continue
			}
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// keptBeside reports whether yaegi keeps a value of the cells' type t
// beside its type inside an interface: t has methods, or keptTypes gave it
// one.
func (tc *Types) keptBeside(t types.Type) bool {
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0 || tc.autoKept(t)
}

// declaresDefinedTypes reports whether f declares a type that is not a
// struct, an interface or an alias at its top level (a type autoKept may
// hold: the syntax does not tell whether an identifier names a basic type).
func declaresDefinedTypes(f *ast.File) bool {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			switch ts.Type.(type) {
			case *ast.StructType, *ast.InterfaceType:
			default:
				if !ts.Assign.IsValid() && ts.TypeParams == nil {
					return true
				}
			}
		}
	}
	return false
}

// selfKind says what GopadSelf a type gets.
type selfKind int

const (
	selfNone   selfKind = iota
	selfStruct          // a struct with fields: the value
	selfNamed           // another defined type: the value and its name
	selfEmpty           // a struct without fields: the value and its name
)

// selfKind is the GopadSelf that the type id names gets: a struct type of
// the cells, or another of their defined types that is no interface, not
// generic.
func (tc *Types) selfKind(id *ast.Ident) selfKind { return tc.selfKindOf(tc.Info.Uses[id]) }

// selfKindOf is selfKind of the type obj declares.
func (tc *Types) selfKindOf(obj types.Object) selfKind {
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.Pkg() != tc.Pkg || tn.IsAlias() {
		return selfNone
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return selfNone
	}
	switch u := n.Underlying().(type) {
	case *types.Struct:
		if u.NumFields() > 0 {
			return selfStruct
		}
		return selfEmpty
	case *types.Interface:
	default:
		return selfNamed
	}
	return selfNone
}

// declaresValueMethods reports whether f declares a method with a value receiver.
func declaresValueMethods(f *ast.File) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) == 1 {
			if _, ok := fd.Recv.List[0].Type.(*ast.Ident); ok {
				return true
			}
		}
	}
	return false
}

// selfFamily reports whether t is error or fmt.Stringer, whose wrappers
// gopad offers yaegi with the GopadSelf method (interp/stdlib): a wrapper
// of these without it holds no struct value of the cells' non-generic
// types. Other interfaces' wrappers forward no GopadSelf.
func selfFamily(t types.Type) bool {
	if t == types.Universe.Lookup("error").Type() {
		return true
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}

// mayLoseStruct reports whether a value inside a compiled interface may be
// a struct value that yaegi's wrapper lost without a GopadSelf method to
// give it back: a value of a generic struct type of the cells (which
// selfMethods leaves alone), or, when t is not nil, of t itself when t is
// generic. Only then do the rewrites that ask gopadBuiltin.Self refuse a
// wrapper that cannot tell: the cells' other struct types with value
// methods all have the method, so such a wrapper holds none of them (for
// error and fmt.Stringer only: see selfFamily).
func (tc *Types) mayLoseStruct(t types.Type) bool {
	if t != nil {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		return ok && (n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0)
	}
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			if _, st := n.Underlying().(*types.Struct); st {
				return true
			}
		}
	}
	return false
}
