package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var untaggedStructsPass = Pass{
	Name:  "untaggedStructs",
	Wants: wantsUntaggedStructs,
	Run:   func(u *Unit) []source.Edit { return u.Types.untaggedStructs() },
}

// untaggedStructs writes out the conversions Go makes implicitly between a
// cell's struct type and a struct type literal with the same fields:
//
//	var ex example = e     →   var ex example = example(e)      (e struct{ flag bool; n int })
//	p1 == p3               →   point(p1) == p3
//
// Go assigns and compares them because their underlying types are
// identical and one of them is unnamed. The shape phase gives each cell's
// struct type a tag that names it (structtags.go), after which the two
// differ in their tags: yaegi refused the assignment ("cannot use type
// struct {...} as type main.example") and go/types, which sees the tagged
// declarations of earlier cells, refused it too. A conversion ignores
// tags, in Go and in yaegi.
func (tc *Types) untaggedStructs() []source.Edit {
	var es edits
	wrap := func(e ast.Expr, to types.Type) {
		text, ok := tc.TypeText(to)
		if !ok {
			return
		}
		if _, lit := to.(*types.Struct); lit {
			text = "(" + text + ")"
		}
		es.add(source.Insert(tc.Off(e.Pos()), text+"("), source.Insert(tc.Off(e.End()), ")"))
	}
	tc.conversions(func(c conversion) {
		if c.kind != convExplicit && tc.untaggedTwin(tc.Info.Types[c.expr].Type, c.target) {
			wrap(c.expr, c.target)
		}
	})
	ast.Inspect(tc.File, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
			return true
		}
		x, y := tc.Info.Types[b.X].Type, tc.Info.Types[b.Y].Type
		if !tc.untaggedTwin(x, y) {
			return true
		}
		if _, named := x.(*types.Named); named {
			wrap(b.Y, x)
		} else {
			wrap(b.X, y)
		}
		return true
	})
	return es
}

// untaggedTwin reports whether a value of type from takes type to without
// a conversion written in Go where yaegi needs one: one of them is a cell's
// struct type with fields, the other a struct type literal, and their
// fields are the same but for tags.
func (tc *Types) untaggedTwin(from, to types.Type) bool {
	if from == nil || to == nil || types.Identical(from, to) {
		return false
	}
	from, to = types.Unalias(from), types.Unalias(to)
	named, lit := from, to
	if _, ok := from.(*types.Struct); ok {
		named, lit = to, from
	}
	n, ok := named.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	ls, ok2 := lit.(*types.Struct)
	return ok && ok2 && st.NumFields() > 0 && sameButNameTags(st, ls)
}

// sameButNameTags reports whether a and b are identical struct types when
// the tags that name the cells' struct types (TypeTagKey) are left out of
// their tags; other tags count, as in Go.
func sameButNameTags(a, b *types.Struct) bool {
	if a.NumFields() != b.NumFields() {
		return false
	}
	for i := range a.NumFields() {
		fa, fb := a.Field(i), b.Field(i)
		if fa.Id() != fb.Id() || fa.Embedded() != fb.Embedded() || !types.Identical(fa.Type(), fb.Type()) ||
			withoutNameTag(a.Tag(i)) != withoutNameTag(b.Tag(i)) {
			return false
		}
	}
	return true
}

// withoutNameTag is tag without its TypeTagKey entry, as nameTag
// (structtags.go) appends it.
func withoutNameTag(tag string) string {
	v, ok := reflect.StructTag(tag).Lookup(TypeTagKey)
	if !ok {
		return tag
	}
	entry := TypeTagKey + ":" + strconv.Quote(v)
	return strings.TrimSpace(strings.Replace(tag, entry, "", 1))
}

// wantsUntaggedStructs reports whether the chunk may meet a struct type
// literal where a cell's struct type is wanted: the cells or the chunk
// declare types, and the chunk writes a struct type literal outside a type
// declaration or names a session variable whose value is of such a type.
func wantsUntaggedStructs(u *Unit) bool {
	if !u.Scope.DeclaresTypes() && !u.sights().typeDecls {
		return false
	}
	found := false
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			if _, ok := n.Type.(*ast.StructType); ok {
				return false // a cell's struct type (its fields may hold literals, left out)
			}
		case *ast.StructType:
			found = true
		case *ast.Ident:
			found = found || untaggedGlobal(u.Scope, n.Name)
		}
		return !found
	})
	return found
}

// untaggedGlobal reports whether name is a session variable whose value is
// of a struct type literal: at run time a struct without the tag that
// names the cells' struct types.
func untaggedGlobal(s Scope, name string) bool {
	if !s.Variable(name) {
		return false
	}
	v, ok := s.Global(name)
	if !ok || !v.IsValid() {
		return false
	}
	t := v.Type()
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return false
	}
	_, tagged := t.Field(0).Tag.Lookup(TypeTagKey)
	return !tagged
}
