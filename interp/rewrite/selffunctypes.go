package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var selfFuncTypesPass = Pass{
	Name: "selfFuncTypes",
	// Where the session or the chunk declares types: a call, a function
	// literal, or a declaration chunk's function.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return (s.typeDecls || u.Scope.DeclaresTypes()) &&
			(len(s.calledIdents) > 0 || len(s.sels) > 0 || u.has(hasFuncLit) || !u.Stmt() && s.funcs)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.selfFuncTypes() },
}

// selfFuncTypes hands yaegi the func types that return themselves, the
// state functions of a lexer or a machine, with the result erased to any,
// and reads it back where a call returns it:
//
//	type stateFn func(*lexer) stateFn     →   type stateFn func(*lexer) /*gopad:erased*/ any
//	func lexText(l *lexer) stateFn {      →   func lexText(l *lexer) /*gopad:erased*/ any {
//		return lexNumber                  →   	return stateFn(lexNumber)
//	state = state(l)                      →   state = func() stateFn { gopadR, _ := (state(l)).(stateFn); return gopadR }()
//
// yaegi builds a reflect type for every type, and reflect has no unnamed
// recursive func type: it recursed until the process died. Every
// signature identical to the type's (function declarations, literals,
// methods, func types written out) gets the same result, so that such a
// function is still a value of the type; its results are converted to the
// type, so that the interface holds exactly it (nil too). The type checker
// sees the declarations as written (decl.typed in interp).
func (tc *Types) selfFuncTypes() []source.Edit {
	selfs := tc.selfFuncs()
	if len(selfs) == 0 {
		return nil
	}
	var edits []source.Edit
	erase := func(ft *ast.FuncType, sig *types.Signature) *types.Named {
		n := selfOf(sig, selfs)
		if n == nil || ft.Results == nil || len(ft.Results.List) != 1 || len(ft.Results.List[0].Names) > 0 {
			return nil
		}
		r := ft.Results.List[0].Type
		edits = append(edits, source.Replace(tc.Off(r.Pos()), tc.Off(r.End()), ErasedMark+" any"))
		return n
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok {
			if f, ok := tc.Info.Defs[fd.Name].(*types.Func); ok && fd.Body != nil {
				sig := f.Type().(*types.Signature)
				if self := erase(fd.Type, sig); self != nil {
					edits = append(edits, tc.selfReturns(fd.Body, self)...)
				} else {
					edits = append(edits, tc.selfResults(fd.Body, sig, selfs)...)
				}
			}
			return true
		}
		return tc.selfInner(n, erase, &edits)
	})
	edits = append(edits, tc.selfSignatureValues(selfs)...)
	return edits
}

// selfInner erases the func literals and func types below n (the walk
// of selfFuncTypes outside function declarations' signatures).
func (tc *Types) selfInner(n ast.Node, erase func(*ast.FuncType, *types.Signature) *types.Named, edits *[]source.Edit) bool {
	switch n := n.(type) {
	case *ast.FuncLit:
		if sig, ok := tc.Info.Types[n].Type.(*types.Signature); ok {
			if self := erase(n.Type, sig); self != nil {
				*edits = append(*edits, tc.selfReturns(n.Body, self)...)
			} else {
				*edits = append(*edits, tc.selfResults(n.Body, sig, tc.selfFuncs())...)
			}
		}
		ast.Inspect(n.Body, func(m ast.Node) bool { return tc.selfInner(m, erase, edits) })
		return false
	case *ast.FuncType:
		if tv, ok := tc.Info.Types[n]; ok && tv.IsType() {
			if sig, ok := tv.Type.(*types.Signature); ok {
				erase(n, sig)
			}
		}
	case *ast.CallExpr:
		*edits = append(*edits, tc.selfCall(n, tc.selfFuncs())...)
	}
	return true
}

// selfFuncs lists the named func types the session and the chunk declare
// whose one result is the type itself, and which mention themselves
// nowhere else.
func (tc *Types) selfFuncs() []*types.Named {
	if tc.selfTypesDone {
		return tc.selfTypes
	}
	tc.selfTypesDone = true
	var out []*types.Named
	defer func() { tc.selfTypes = out }()
	add := func(obj types.Object) {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			return
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			return
		}
		if sig, ok := n.Underlying().(*types.Signature); ok && SelfFuncSig(sig, n) {
			out = append(out, n)
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
	return out
}

// SelfFuncSig reports whether sig's one result is n and n appears nowhere
// else in sig.
func SelfFuncSig(sig *types.Signature, n *types.Named) bool {
	if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), n) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if mentionsDeep(sig.Params().At(i).Type(), n, 0) {
			return false
		}
	}
	return true
}

// mentionsDeep reports whether t is made of n, through any type but a
// named one.
func mentionsDeep(t types.Type, n *types.Named, depth int) bool {
	if depth > 8 {
		return false
	}
	if types.Identical(t, n) {
		return true
	}
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return mentionsDeep(u.Elem(), n, depth+1)
	case *types.Slice:
		return mentionsDeep(u.Elem(), n, depth+1)
	case *types.Array:
		return mentionsDeep(u.Elem(), n, depth+1)
	case *types.Map:
		return mentionsDeep(u.Key(), n, depth+1) || mentionsDeep(u.Elem(), n, depth+1)
	case *types.Chan:
		return mentionsDeep(u.Elem(), n, depth+1)
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mentionsDeep(tup.At(i).Type(), n, depth+1) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mentionsDeep(u.Field(i).Type(), n, depth+1) {
				return true
			}
		}
	}
	return false
}

// selfOf is the type of selfs whose signature sig is, or nil.
func selfOf(sig *types.Signature, selfs []*types.Named) *types.Named {
	for _, n := range selfs {
		if types.Identical(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), n.Underlying()) {
			return n
		}
	}
	return nil
}

// selfReturns converts the results body returns (outside its function
// literals) to self.
func (tc *Types) selfReturns(body *ast.BlockStmt, self *types.Named) []source.Edit {
	text, ok := tc.TypeText(self)
	if !ok {
		return nil
	}
	var edits []source.Edit
	ownReturns(body, func(n *ast.ReturnStmt) {
		if len(n.Results) == 1 && !tc.readsSelf(n.Results[0]) {
			r := n.Results[0]
			edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), text+"(", ")")...)
		}
	})
	return edits
}

// ownReturns calls f with the return statements of body outside its
// function literals.
func ownReturns(body *ast.BlockStmt, f func(*ast.ReturnStmt)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f(n)
		}
		return true
	})
}

// selfResults converts to their type the operands of body's returns
// (outside its function literals) that are results of a self-returning
// func type of sig, a signature that is not erased itself (a method,
// func (l *lexer) next() stateFn { return lexText }): yaegi failed to
// hand a function, whose result is erased, out as the named type
// ("reflect.Set: value of type *interp.node is not assignable").
func (tc *Types) selfResults(body *ast.BlockStmt, sig *types.Signature, selfs []*types.Named) []source.Edit {
	texts := make([]string, sig.Results().Len())
	found := false
	for i := range texts {
		for _, n := range selfs {
			if types.Identical(sig.Results().At(i).Type(), n) {
				texts[i], _ = tc.TypeText(n)
				found = found || texts[i] != ""
			}
		}
	}
	if !found {
		return nil
	}
	var edits []source.Edit
	ownReturns(body, func(n *ast.ReturnStmt) {
		if len(n.Results) != len(texts) {
			return
		}
		for i, r := range n.Results {
			if texts[i] != "" && !tc.readsSelf(r) {
				edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), texts[i]+"(", ")")...)
			}
		}
	})
	return edits
}

// readsSelf reports whether e is a call that selfCall reads back as its
// type already (return again(l) in a state function): a conversion
// around it landed inside selfCall's assertion, stateFn(again(l)) of the
// erased any, which yaegi refused.
func (tc *Types) readsSelf(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && len(tc.selfCall(call, tc.selfFuncs())) > 0
}

// selfCall reads the result of call back as its type when call calls a
// function of a self-returning signature.
func (tc *Types) selfCall(call *ast.CallExpr, selfs []*types.Named) []source.Edit {
	tv, ok := tc.Info.Types[call.Fun]
	if !ok || tv.IsType() || tv.Type == nil {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	self := selfOf(sig, selfs)
	if self == nil {
		return nil
	}
	text, ok := tc.TypeText(self)
	if !ok {
		return nil
	}
	es := source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "func() "+text+" { gopadR, _ := (", ").("+text+"); return gopadR }()")
	// A chained call, f(1)(2)(3): each call's opener at one offset, the
	// outer ones applied later so that they enclose the inner ones.
	for f := ast.Unparen(call.Fun); ; es[0].Order++ {
		inner, ok := f.(*ast.CallExpr)
		if !ok {
			break
		}
		f = ast.Unparen(inner.Fun)
	}
	return es
}

// erasedSignatures spells the signatures of self-returning func types in
// text, a type as the chunk names it, as yaegi sees them
// (func(*lexer) stateFn → func(*lexer) any): the passes that write a type
// out (a conversion of a function to its own type) write what the
// functions are.
func (tc *Types) erasedSignatures(text string) string {
	if !strings.Contains(text, "func(") || tc.inErase {
		return text
	}
	tc.inErase = true
	defer func() { tc.inErase = false }()
	for _, n := range tc.selfFuncs() {
		name, ok := tc.TypeText(n)
		sig, ok2 := tc.TypeText(n.Underlying())
		if !ok || !ok2 || !strings.HasSuffix(sig, " "+name) {
			continue
		}
		erased := strings.TrimSuffix(sig, name) + "any"
		for from := 0; ; {
			i := strings.Index(text[from:], sig)
			if i < 0 {
				break
			}
			i += from
			end := i + len(sig)
			if end < len(text) && isIdentByte(text[end]) {
				from = end
				continue
			}
			text = text[:i] + erased + text[end:]
			from = i + len(erased)
		}
	}
	return text
}

// isIdentByte reports whether b may continue an identifier.
func isIdentByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// selfSignatureValues refuses a function whose type is the signature of
// a self-returning func type, not the type itself (func lexText(l *lexer)
// stateFn), where it becomes an interface value: yaegi's value has the
// erased result (%T would say func(*main.lexer) interface {}, an
// assertion to the signature would fail). Converted to the named type
// first it keeps its type.
func (tc *Types) selfSignatureValues(selfs []*types.Named) []source.Edit {
	var edits []source.Edit
	tc.conversions(func(c conversion) {
		if !types.IsInterface(c.target) {
			return
		}
		sig, ok := types.Unalias(tc.Info.Types[c.expr].Type).(*types.Signature)
		if !ok {
			return
		}
		self := selfOf(sig, selfs)
		if self == nil {
			return
		}
		name, _ := tc.TypeText(self)
		tt, ok := tc.TypeText(c.target)
		if !ok {
			return
		}
		msg := "gopad cannot make an interface value of a function of type " + types.TypeString(sig, func(*types.Package) string { return "" }) +
			": the interpreter runs it with the result " + name + " erased, so its type would be wrong there; " +
			"workaround: convert it to " + name + " first (" + name + "(f))"
		edits = append(edits, source.Replace(tc.Off(c.expr.Pos()), tc.Off(c.expr.End()),
			"gopadBuiltin.Refuse("+strconv.Quote(msg)+", nil).("+tt+")"))
	})
	return edits
}
