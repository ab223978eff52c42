package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// ErasedMark precedes the type `any` that selfFuncFields writes for a field
// in the code handed to yaegi. The session gives the type checker the
// declaration as the cell wrote it wherever the mark appears (decl.typed
// in interp).
const ErasedMark = "/*gopad:erased*/"

var selfFuncFieldsPass = Pass{
	Name: "selfFuncFields",
	// A struct type; or, in a session with types of its own, a selector or
	// a composite literal that may reach such a field.
	Wants: func(u *Unit) bool {
		return u.has(hasStruct) || u.dynamicNames() && (len(u.sights().sels) > 0 || u.sights().keyedLits)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.selfFuncFields() },
}

// selfFuncFields makes the fields of a cell's struct type that keep funcs
// over the struct in a map, slice, array, pointer or channel fields of
// type any for yaegi, and converts the values at every use:
//
//	type M struct{ ops map[string]func(*M) error }   →   type M struct{ ops /*gopad:erased*/ any }
//	m.ops[k](m)     →   func() map[string]func(*M) error { gopadV, _ := m.ops.(map[string]func(*M) error); return gopadV }()[k](m)
//	m.ops = v       →   m.ops = (map[string]func(*M) error)(v)
//	M{ops: v}       →   M{ops: (map[string]func(*M) error)(v)}
//
// yaegi builds such a field's type while the struct is incomplete, with a
// placeholder for the struct, and never puts the struct back into it
// (docs/yaegi-upstream-recursive.md): storing a func there failed
// ("reflect.Set: value of type ... is not assignable"), and calling one
// failed in reflect. The values themselves, made outside the struct's
// declaration, have the right type: held in an interface they keep it, and
// the map or slice stays shared as Go shares it. A use that needs the
// field's address (&m.hooks, a method with a pointer receiver) is refused.
func (tc *Types) selfFuncFields() []source.Edit {
	erased := tc.erasedFields()
	if len(erased) == 0 {
		return nil
	}
	e := &eraser{tc: tc, erased: erased}
	e.declarations()
	e.uses()
	return e.edits
}

// eraser collects the edits of selfFuncFields.
type eraser struct {
	tc     *Types
	erased map[*types.Var]bool
	edits  []source.Edit
}

// erasedFields finds the fields of the struct types the session and the
// chunk declare (also in function bodies) that selfFuncFields erases.
func (tc *Types) erasedFields() map[*types.Var]bool {
	if tc.erasedVars != nil {
		return tc.erasedVars
	}
	out := map[*types.Var]bool{}
	tc.erasedVars = out
	add := func(obj types.Object) {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			return
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			return
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); !f.Embedded() && nestedSelfFunc(f.Type(), n, false, map[types.Type]bool{}) {
				out[f] = true
			}
		}
	}
	for _, name := range tc.Pkg.Scope().Names() {
		add(tc.Pkg.Scope().Lookup(name))
	}
	for _, obj := range tc.Info.Defs {
		if obj != nil && obj.Parent() != tc.Pkg.Scope() {
			add(obj)
		}
	}
	return out
}

// nestedSelfFunc reports whether t holds, inside a map, slice, array,
// pointer or channel type (nested is set below the field's own type), a
// func type whose parameters or results mention owner. A func type that
// is the field's type itself yaegi completes.
func nestedSelfFunc(t types.Type, owner *types.Named, nested bool, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if _, ok := u.Underlying().(*types.Struct); ok {
			return false
		}
		if _, ok := u.Underlying().(*types.Interface); ok {
			return false
		}
		return nestedSelfFunc(u.Underlying(), owner, nested, seen)
	case *types.Alias:
		return nestedSelfFunc(types.Unalias(u), owner, nested, seen)
	case *types.Signature:
		return nested && (tupleMentions(u.Params(), owner) || tupleMentions(u.Results(), owner))
	case *types.Map:
		return nestedSelfFunc(u.Key(), owner, true, seen) || nestedSelfFunc(u.Elem(), owner, true, seen)
	case *types.Slice:
		return nestedSelfFunc(u.Elem(), owner, true, seen)
	case *types.Array:
		return nestedSelfFunc(u.Elem(), owner, true, seen)
	case *types.Pointer:
		return nestedSelfFunc(u.Elem(), owner, true, seen)
	case *types.Chan:
		return nestedSelfFunc(u.Elem(), owner, true, seen)
	}
	return false
}

// tupleMentions reports whether a type of vars is owner, or is made of it
// through pointers, slices, arrays, maps and channels.
func tupleMentions(vars *types.Tuple, owner *types.Named) bool {
	var in func(t types.Type, depth int) bool
	in = func(t types.Type, depth int) bool {
		if depth > 8 {
			return false
		}
		if types.Identical(t, owner) {
			return true
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			return in(u.Elem(), depth+1)
		case *types.Slice:
			return in(u.Elem(), depth+1)
		case *types.Array:
			return in(u.Elem(), depth+1)
		case *types.Map:
			return in(u.Key(), depth+1) || in(u.Elem(), depth+1)
		case *types.Chan:
			return in(u.Elem(), depth+1)
		}
		return false
	}
	for i := 0; i < vars.Len(); i++ {
		if in(vars.At(i).Type(), 0) {
			return true
		}
	}
	return false
}

// declarations erases the fields in the chunk's struct type declarations.
func (e *eraser) declarations() {
	ast.Inspect(e.tc.File, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok {
			return true
		}
		for _, f := range st.Fields.List {
			if len(f.Names) == 0 {
				continue
			}
			if v, ok := e.tc.Info.Defs[f.Names[0]].(*types.Var); ok && e.erased[v] {
				e.edits = append(e.edits, source.Replace(e.tc.Off(f.Type.Pos()), e.tc.Off(f.Type.End()), ErasedMark+" any"))
			}
		}
		return true
	})
}

// uses converts the values read from and written to erased fields.
func (e *eraser) uses() {
	var stack []ast.Node
	ast.Inspect(e.tc.File, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var parent, grand ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		if len(stack) > 1 {
			grand = stack[len(stack)-2]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.SelectorExpr:
			e.selector(n, parent, grand)
		case *ast.CompositeLit:
			e.literal(n)
		}
		return true
	})
}

// selector converts a use of an erased field through sel.
func (e *eraser) selector(sel *ast.SelectorExpr, parent, grand ast.Node) {
	s, ok := e.tc.Info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return
	}
	v, ok := s.Obj().(*types.Var)
	if !ok || !e.erased[v] {
		return
	}
	text, stored, ok := e.tc.erasedTypes(v.Type())
	if !ok {
		e.refuse(sel, v, "its type cannot be named here")
		return
	}
	switch p := parent.(type) {
	case *ast.AssignStmt:
		if i := lhsIndex(p, sel); i >= 0 {
			e.write(p, i, v, stored)
			return
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			e.refuse(p, v, "its address is taken")
			return
		}
	case *ast.SelectorExpr:
		if m, ok := e.tc.Info.Selections[p]; ok && m.Kind() == types.MethodVal && pointerRecv(m) {
			e.refuse(p, v, "a method with a pointer receiver is called on it")
			return
		}
	case *ast.SliceExpr:
		if _, ok := v.Type().Underlying().(*types.Array); ok && p.X == sel {
			e.refuse(p, v, "the array is sliced")
			return
		}
	case *ast.IndexExpr:
		if _, ok := v.Type().Underlying().(*types.Array); ok && p.X == sel && elementWritten(p, grand) {
			if !e.arrayWrite(sel, p, grand) {
				e.refuse(sel, v, "an element of the array is addressed, or assigned with other values")
			}
			return
		}
	}
	e.edits = append(e.edits, readEdits(sel, text, stored, e.tc.Off)...)
}

// erasedTypes spells t, the type of an erased field, and the type the
// field's interface holds: t's underlying type, so that it never holds a
// value of a cell's type with methods, which yaegi would keep as its pair
// of node and value (printed as a struct).
func (tc *Types) erasedTypes(t types.Type) (text, stored string, ok bool) {
	if text, ok = tc.TypeText(t); !ok {
		return "", "", false
	}
	stored, ok = tc.TypeText(t.Underlying())
	return text, stored, ok
}

// readEdits converts the read of an erased field of type text, held as
// stored, back.
func readEdits(sel *ast.SelectorExpr, text, stored string, off func(token.Pos) int) []source.Edit {
	open, close := erasedRead(text, stored)
	return source.Around(off(sel.Pos()), off(sel.End()), open, close)
}

// erasedRead is the text around the read of an erased field of type text,
// held as stored.
func erasedRead(text, stored string) (open, close string) {
	open, close = "func() "+stored+" { gopadV, _ := ", ".("+stored+"); return gopadV }()"
	if text != stored {
		open, close = text+"("+open, close+")"
	}
	return open, close
}

// erasedReads is text, the chunk's text of n starting at offset from in
// the checked file, with the reads of erased fields in it converted back,
// for the passes that copy an expression's text; so are the reads of the
// maps of selfMaps.
func (tc *Types) erasedReads(n ast.Node, text string, from int) string {
	erased := tc.erasedFields()
	if len(erased) == 0 && len(tc.selfMapTypes()) == 0 {
		return text
	}
	var edits, indexes []source.Edit
	ast.Inspect(n, func(m ast.Node) bool {
		if ix, ok := m.(*ast.IndexExpr); ok {
			if self, name, erased := tc.selfMapOf(tc.Info.Types[ix.X].Type); self != nil {
				open, close := mapRead(name, erased, tc.Fset.Position(ix.End()).Offset)
				indexes = append(indexes, source.Around(tc.Fset.Position(ix.Pos()).Offset-from, tc.Fset.Position(ix.End()).Offset-from, open, close)...)
			}
		}
		sel, ok := m.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s, ok := tc.Info.Selections[sel]
		if !ok || s.Kind() != types.FieldVal || !erased[s.Obj().(*types.Var)] {
			return true
		}
		if t, stored, ok := tc.erasedTypes(s.Obj().Type()); ok {
			edits = append(edits, readEdits(sel, t, stored, func(p token.Pos) int { return tc.Fset.Position(p).Offset - from })...)
		}
		return true
	})
	// Inner indexes first (selfMaps' order): the later wrapping of two
	// that start together encloses the earlier.
	for i := len(indexes) - 2; i >= 0; i -= 2 {
		edits = append(edits, indexes[i], indexes[i+1])
	}
	if out, err := source.Apply(text, edits); err == nil {
		return out
	}
	return text
}

// arrayWrite writes the assignment of one element of an erased array
// field, sel[i] = v, as an assignment to the element of a copy, which then
// goes back into the field: false when the statement has another shape.
//
//	d.onEnter[Open] = f   →   { gopadA := <read of d.onEnter>; gopadA[Open] = f; d.onEnter = gopadA }
func (e *eraser) arrayWrite(sel *ast.SelectorExpr, x *ast.IndexExpr, stmt ast.Node) bool {
	as, ok := stmt.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || as.Lhs[0] != x || !e.tc.pure(sel.X) || !e.inList(as) {
		return false
	}
	_, stored, ok := e.tc.erasedTypes(e.tc.Info.Types[sel].Type)
	if !ok {
		return false
	}
	off := e.tc.Off
	e.edits = append(e.edits,
		source.Edit{From: off(as.Pos()), To: off(as.Pos()), Text: "{ gopadA := " + e.tc.code(sel) + "; ", Order: 3},
		source.Replace(off(sel.Pos()), off(sel.End()), "gopadA"),
		source.Edit{From: off(as.End()), To: off(as.End()), Text: "; " + e.tc.Text[e.tc.Fset.Position(sel.Pos()).Offset:e.tc.Fset.Position(sel.End()).Offset] + " = (" + stored + ")(gopadA) }", Order: -3})
	return true
}

// inList reports whether st is a statement of a block or a case's body.
func (e *eraser) inList(st ast.Stmt) bool {
	found := false
	ast.Inspect(e.tc.File, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		found = found || slices.Contains(list, st)
		return !found
	})
	return found
}

// elementWritten reports whether the element x is assigned, incremented
// or addressed in its parent.
func elementWritten(x ast.Expr, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, x)
	case *ast.IncDecStmt:
		return true
	case *ast.UnaryExpr:
		return p.Op == token.AND
	}
	return false
}

// lhsIndex is the place of x among the left operands of a plain
// assignment, or -1.
func lhsIndex(as *ast.AssignStmt, x ast.Expr) int {
	if as.Tok != token.ASSIGN {
		return -1
	}
	for i, l := range as.Lhs {
		if l == x {
			return i
		}
	}
	return -1
}

// pointerRecv reports whether the method m selects has a pointer receiver.
func pointerRecv(m *types.Selection) bool {
	sig, ok := m.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptr := sig.Recv().Type().(*types.Pointer)
	return ptr
}

// write converts the value the i-th left operand of as, an erased field,
// gets to the field's type, so that the interface holds exactly that type.
func (e *eraser) write(as *ast.AssignStmt, i int, v *types.Var, text string) {
	if len(as.Lhs) != len(as.Rhs) {
		// x.f, err = g(): the value comes with its own type.
		if tv, ok := e.tc.Info.Types[as.Lhs[i]]; ok && types.Identical(tv.Type, v.Type()) {
			if tup, ok := e.tc.Info.Types[as.Rhs[0]].Type.(*types.Tuple); ok && i < tup.Len() && types.Identical(tup.At(i).Type(), v.Type()) {
				return
			}
		}
		e.edits = append(e.edits, source.Insert(e.tc.Off(as.Pos()), "gopadBuiltin.Refuse("+strconv.Quote(refusal(v, "it is assigned one of several results"))+", nil); "))
		return
	}
	r := as.Rhs[i]
	e.edits = append(e.edits, source.Around(e.tc.Off(r.Pos()), e.tc.Off(r.End()), "("+text+")(", ")")...)
}

// literal converts the values a composite literal of a struct type gives
// erased fields.
func (e *eraser) literal(cl *ast.CompositeLit) {
	tv, ok := e.tc.Info.Types[cl]
	if !ok {
		return
	}
	st, ok := tv.Type.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range cl.Elts {
		var f *types.Var
		val := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, _ = e.tc.Info.Uses[id].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f == nil || !e.erased[f] {
			continue
		}
		_, text, ok := e.tc.erasedTypes(f.Type())
		if !ok {
			e.refuse(val, f, "its type cannot be named here")
			continue
		}
		e.edits = append(e.edits, source.Around(e.tc.Off(val.Pos()), e.tc.Off(val.End()), "("+text+")(", ")")...)
	}
}

// refuse makes x, an expression that uses the erased field v, stop the
// cell with gopad's refusal instead.
func (e *eraser) refuse(x ast.Expr, v *types.Var, why string) {
	tt := "any"
	if text, ok := e.tc.TypeText(e.tc.Info.Types[x].Type); ok {
		tt = text
	}
	e.edits = append(e.edits, source.Replace(e.tc.Off(x.Pos()), e.tc.Off(x.End()),
		"gopadBuiltin.Refuse("+strconv.Quote(refusal(v, why))+", nil).("+tt+")"))
}

// refusal is the message of a refused use of the erased field v.
func refusal(v *types.Var, why string) string {
	return "gopad cannot run this use of the field " + v.Name() + " (" + types.TypeString(v.Type(), func(p *types.Package) string { return "" }) +
		"): the interpreter keeps a field holding funcs over its own struct as an interface, and here " + why +
		"; workaround: copy the field into a variable, change the variable, and assign the field again"
}
