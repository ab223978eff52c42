package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var selfMapsPass = Pass{
	Name: "selfMaps",
	// Where the session or the chunk declares types: an index, a range, a
	// keyed literal, or a declaration chunk's function or type.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return (s.typeDecls || u.Scope.DeclaresTypes()) && (s.indexes || s.ranges || s.keyedLits || !u.Stmt())
	},
	Run: func(u *Unit) []source.Edit { return u.Types.selfMaps() },
}

// selfMaps hands yaegi the map types whose values are the type itself
// (type Trie map[rune]Trie, type Tree map[string]Tree), and the slice
// types of themselves (type List []List: []any, append's values wrapped
// in any, make's elements filled), with the values erased to any, stores
// each value as the erased type and reads it back as the type:
//
//	type Trie map[rune]Trie   →   type Trie map[rune]/*gopad:erased*/ any
//	t[r] = next               →   t[r] = (map[rune]any)(next)
//	n := t[r]                 →   n := Trie(func() map[rune]any { gopadR, _ := t[r].(map[rune]any); return gopadR }())
//	n, ok := t[r]             →   n, ok := func() (Trie, bool) { gopadR, gopadOK := t[r]; ...; return Trie(gopadS), gopadOK }()
//	for r, sub := range t {   →   for r, gopadR := range t { sub := <gopadR read back>;
//	Trie{'a': {}}             →   Trie{'a': (map[rune]any)(Trie{})}
//
// yaegi builds a reflect type for every type, and reflect has no unnamed
// recursive map type: it panicked. The values are held as the erased map
// type, without the type's methods, which yaegi would keep as its pair of
// node and value (fmt printed that pair); fmt prints the erased maps as
// it prints the type (a nil one as map[]). The map type written out
// (map[rune]Trie) is erased too. The type checker sees the declarations as
// written (decl.typed in interp).
func (tc *Types) selfMaps() []source.Edit {
	if len(tc.selfMapTypes()) == 0 {
		return nil
	}
	m := &mapEraser{tc: tc}
	type indexAt struct {
		x      *ast.IndexExpr
		parent ast.Node
	}
	var indexes []indexAt
	var stack []ast.Node
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.MapType:
			m.mapType(n, n.Value)
		case *ast.ArrayType:
			if n.Len == nil {
				m.mapType(n, n.Elt)
			}
		case *ast.CallExpr:
			m.call(n)
		case *ast.IndexExpr:
			indexes = append(indexes, indexAt{n, parent})
		case *ast.RangeStmt:
			m.rangeStmt(n)
		case *ast.CompositeLit:
			m.literal(n)
		}
		return true
	})
	// Inner indexes first: of two reads that start together (t[a][b]),
	// the later wrapping encloses the earlier; and the conversions of
	// what is stored (append's values, a literal's) after them, so that
	// they enclose a read they store.
	others := m.edits
	m.edits = nil
	for i := len(indexes) - 1; i >= 0; i-- {
		m.index(indexes[i].x, indexes[i].parent)
	}
	return append(m.edits, others...)
}

// mapEraser collects the edits of selfMaps.
type mapEraser struct {
	tc    *Types
	edits []source.Edit
}

// selfMapTypes lists the named map types the session and the chunk
// declare whose value type is the type itself, named nowhere else in it.
func (tc *Types) selfMapTypes() []*types.Named {
	if tc.selfMapsDone {
		return tc.selfMapList
	}
	tc.selfMapsDone = true
	add := func(obj types.Object) {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			return
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			return
		}
		switch u := n.Underlying().(type) {
		case *types.Map:
			if types.Identical(u.Elem(), n) && !mentionsDeep(u.Key(), n, 0) {
				tc.selfMapList = append(tc.selfMapList, n)
			}
		case *types.Slice:
			if types.Identical(u.Elem(), n) {
				tc.selfMapList = append(tc.selfMapList, n)
			}
		}
	}
	for _, name := range tc.Pkg.Scope().Names() {
		add(tc.Pkg.Scope().Lookup(name))
	}
	for id, obj := range tc.Info.Defs {
		if obj != nil && obj.Parent() != tc.Pkg.Scope() && id.Name != "_" {
			add(obj)
		}
	}
	return tc.selfMapList
}

// selfMapOf is the self map type whose underlying type t's is, with its
// name and its erased map type spelled; nil when there is none.
func (tc *Types) selfMapOf(t types.Type) (n *types.Named, name, erased string) {
	if t == nil {
		return nil, "", ""
	}
	for _, s := range tc.selfMapTypes() {
		if !types.Identical(t.Underlying(), s.Underlying()) {
			continue
		}
		name, ok := tc.TypeText(s)
		if !ok {
			return nil, "", ""
		}
		mt, isMap := s.Underlying().(*types.Map)
		if !isMap {
			return s, name, "[]any"
		}
		key, ok := tc.TypeText(mt.Key())
		if !ok {
			return nil, "", ""
		}
		return s, name, "map[" + key + "]any"
	}
	return nil, "", ""
}

// mapType erases the value type of a map or slice type written out.
func (m *mapEraser) mapType(mt, value ast.Expr) {
	tv, ok := m.tc.Info.Types[mt]
	if !ok || !tv.IsType() {
		return
	}
	if n, _, _ := m.tc.selfMapOf(tv.Type); n == nil {
		return
	}
	m.edits = append(m.edits, source.Replace(m.tc.Off(value.Pos()), m.tc.Off(value.End()), ErasedMark+" any"))
}

// index converts a value stored at x[k] and reads a value read there back.
func (m *mapEraser) index(x *ast.IndexExpr, parent ast.Node) {
	n, name, erased := m.tc.selfMapOf(m.tc.Info.Types[x.X].Type)
	if n == nil {
		return
	}
	off := m.tc.Off
	commaOK := "func() (" + name + ", bool) { gopadR, gopadOK := "
	commaEnd := "; gopadS, _ := gopadR.(" + erased + "); return " + name + "(gopadS), gopadOK }()"
	switch p := parent.(type) {
	case *ast.AssignStmt:
		for i, l := range p.Lhs {
			if l == x {
				if len(p.Lhs) == len(p.Rhs) {
					r := p.Rhs[i]
					m.edits = append(m.edits, source.Around(off(r.Pos()), off(r.End()), "("+erased+")(", ")")...)
				}
				return
			}
		}
		if len(p.Lhs) == 2 && len(p.Rhs) == 1 && p.Rhs[0] == x {
			// (inside commaOkZero's wrapping of the same expression, before
			// what it adds after the statement)
			m.edits = append(m.edits, source.Edit{From: off(x.Pos()), To: off(x.Pos()), Text: commaOK, Order: 1},
				source.Edit{From: off(x.End()), To: off(x.End()), Text: commaEnd, Order: 1})
			return
		}
	case *ast.ValueSpec:
		if len(p.Names) == 2 && len(p.Values) == 1 && p.Values[0] == x {
			m.edits = append(m.edits, source.Around(off(x.Pos()), off(x.End()), commaOK, commaEnd)...)
			return
		}
	}
	open, close := mapRead(name, erased, off(x.End()))
	m.edits = append(m.edits, source.Around(off(x.Pos()), off(x.End()), open, close)...)
}

// mapRead is the text around the read of a value of the self map type
// name held as erased, ending at offset end: its variable is named by
// end, so that two reads that start together (t[a][b]) are two edits, not
// one.
func mapRead(name, erased string, end int) (open, close string) {
	v := "gopadR" + strconv.Itoa(end)
	return name + "(func() " + erased + " { " + v + ", _ := ", ".(" + erased + "); return " + v + " }())"
}

// rangeStmt reads the value variable of a range over such a map back.
func (m *mapEraser) rangeStmt(rs *ast.RangeStmt) {
	n, name, erased := m.tc.selfMapOf(m.tc.Info.Types[rs.X].Type)
	if n == nil || rs.Value == nil {
		return
	}
	if id, ok := rs.Value.(*ast.Ident); ok && id.Name == "_" {
		return
	}
	off, text := m.tc.Off, func(e ast.Expr) string {
		return m.tc.Text[m.tc.Fset.Position(e.Pos()).Offset:m.tc.Fset.Position(e.End()).Offset]
	}
	back := name + "(func() " + erased + " { gopadS, _ := gopadR.(" + erased + "); return gopadS }())"
	if rs.Tok == token.ASSIGN {
		// for k, v = range t: variables of the range's own, assigned to k
		// and v first thing in the body.
		m.edits = append(m.edits, source.Replace(off(rs.Key.Pos()), off(rs.Value.End()), "gopadK, gopadR"),
			source.Replace(off(rs.TokPos), off(rs.TokPos)+1, ":="),
			source.Insert(off(rs.Body.Lbrace)+1, " "+text(rs.Key)+", "+text(rs.Value)+" = gopadK, "+back+";"))
		return
	}
	m.edits = append(m.edits, source.Replace(off(rs.Value.Pos()), off(rs.Value.End()), "gopadR"),
		source.Insert(off(rs.Body.Lbrace)+1, " "+text(rs.Value)+" := "+back+";"))
}

// literal stores the values of a composite literal of such a map as the
// erased map type, writing out the type of elided ones.
func (m *mapEraser) literal(cl *ast.CompositeLit) {
	n, name, erased := m.tc.selfMapOf(m.tc.Info.Types[cl].Type)
	if n == nil {
		return
	}
	off := m.tc.Off
	for _, elt := range cl.Elts {
		v := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			v = kv.Value
		}
		m.edits = append(m.edits, source.Around(off(v.Pos()), off(v.End()), "("+erased+")(", ")")...)
		if inner, ok := v.(*ast.CompositeLit); ok && inner.Type == nil {
			m.edits = append(m.edits, source.Insert(off(inner.Lbrace), name))
		}
	}
}

// call converts the values append adds to such a slice, and fills the
// elements make gives one with the erased nil (fmt prints a nil interface
// as <nil>, Go's nil slice as []).
func (m *mapEraser) call(c *ast.CallExpr) {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || len(c.Args) == 0 {
		return
	}
	if _, ok := m.tc.Info.Uses[id].(*types.Builtin); !ok {
		return
	}
	off := m.tc.Off
	switch id.Name {
	case "append":
		n, _, erased := m.tc.selfMapOf(m.tc.Info.Types[c.Args[0]].Type)
		if n == nil || c.Ellipsis.IsValid() {
			return
		}
		for _, a := range c.Args[1:] {
			// (any: yaegi spreads a []any appended to a []any, see appendIfaces)
			m.edits = append(m.edits, source.Around(off(a.Pos()), off(a.End()), "any(("+erased+")(", "))")...)
		}
	case "make":
		n, name, erased := m.tc.selfMapOf(m.tc.Info.Types[c.Args[0]].Type)
		if n == nil || erased != "[]any" || len(c.Args) < 2 {
			return
		}
		if tv := m.tc.Info.Types[c.Args[1]]; tv.Value != nil && tv.Value.String() == "0" {
			return
		}
		m.edits = append(m.edits, source.Around(off(c.Pos()), off(c.End()), "func() "+name+" { gopadM := ",
			"; for gopadI := range gopadM { gopadM[gopadI] = ([]any)(nil) }; return gopadM }()")...)
	}
}
