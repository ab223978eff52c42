package rewrite

import (
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// text/template reaches fields and methods through reflect, where yaegi's
// values of the cells' types have no methods ({{.FullName}} failed: "can't
// evaluate field FullName") and their fields no String methods ({{.Price}}
// of a Money printed 125 where Go prints $1.25). The typed pass hands a
// template's Parse, for each exported method of the cells' struct types
// and each exported field whose type has a String or Error method, an
// interpreted func that answers it; gopadBuiltin.TemplateParse rewrites
// the template's text to call them (gopadrt's template.go):
//
//	t.Parse(text)  →  gopadBuiltin.TemplateParse(t, text, []string{"FullName"}, []any{func(gopadV any, gopadA []any) (any, bool, error) { switch gopadR := gopadV.(type) { case User: ... } ... }}, ...)

var templateMembersPass = Pass{
	Name:  "templateMembers",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.callsMethod("Parse") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.templateMembers(c)...)
		}
		return edits
	},
}

// templateMembers returns the edits of c when it is text/template's Parse
// and the cells' types have members a template needs help with.
func (tc *Types) templateMembers(c compiledCall) []source.Edit {
	helper := map[string]string{"text/template": "TemplateParse", "html/template": "HTMLTemplateParse"}[c.fn.Pkg().Path()]
	if !c.method() || c.sel == nil || helper == "" || c.fn.Name() != "Parse" || len(c.call.Args) != 1 || c.call.Ellipsis.IsValid() {
		return nil
	}
	methods := tc.memberFuncs(tc.methodCases)
	shown := tc.memberFuncs(tc.shownCases)
	if len(methods) == 0 && len(shown) == 0 {
		return nil
	}
	tail := ", " + memberLists(methods) + ", " + memberLists(shown) // before Parse's own )
	return []source.Edit{
		{From: tc.Off(c.sel.X.Pos()), To: tc.Off(c.sel.X.Pos()), Text: "gopadBuiltin." + helper + "(", Order: 1},
		{From: tc.Off(c.sel.X.End()), To: tc.Off(c.call.Lparen) + 1, Text: ", "},
		{From: tc.Off(c.call.Rparen), To: tc.Off(c.call.Rparen), Text: tail, Order: -1},
	}
}

// memberLists writes the names and funcs of fns as two arguments.
func memberLists(fns map[string]string) string {
	names := make([]string, 0, len(fns))
	for n := range fns {
		names = append(names, n)
	}
	sort.Strings(names)
	var quoted, bodies []string
	for _, n := range names {
		quoted = append(quoted, strconv.Quote(n))
		bodies = append(bodies, fns[n])
	}
	return "[]string{" + strings.Join(quoted, ", ") + "}, []any{" + strings.Join(bodies, ", ") + "}"
}

// memberFuncs collects, over the cells' struct types and pointers to them,
// the switch cases that cases writes per member name, as one func per name.
func (tc *Types) memberFuncs(cases func(t types.Type, text string, add func(name, c string))) map[string]string {
	byName := map[string][]string{}
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || name == "_" {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if text, ok := tc.TypeText(t); ok {
				cases(t, text, func(member, c string) { byName[member] = append(byName[member], c) })
			}
		}
	}
	out := map[string]string{}
	for name, cs := range byName {
		out[name] = "func(gopadV any, gopadA []any) (any, bool, error) { switch gopadR := gopadV.(type) { " +
			strings.Join(cs, "") + "}; return nil, false, nil }"
	}
	return out
}

// methodCases adds the case of each exported method of t a template can
// call: parameters of basic types, one result or a result and an error.
func (tc *Types) methodCases(t types.Type, text string, add func(name, c string)) {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		f, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !f.Exported() || f.Name() == SelfMethod {
			continue
		}
		sig := f.Type().(*types.Signature)
		args, ok := tc.memberArgs(sig)
		if !ok {
			continue
		}
		call := "gopadR." + f.Name() + "(" + args + ")"
		switch {
		case sig.Results().Len() == 1:
			add(f.Name(), "case "+text+": gopadX := "+call+"; return "+tc.shownMember(sig.Results().At(0).Type())+", true, nil; ")
		case sig.Results().Len() == 2 && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type()):
			add(f.Name(), "case "+text+": gopadX, gopadE := "+call+"; return "+tc.shownMember(sig.Results().At(0).Type())+", true, gopadE; ")
		}
	}
}

// memberArgs writes the arguments of a method call from the template's
// (gopadA); false when a parameter is not of a basic type.
func (tc *Types) memberArgs(sig *types.Signature) (string, bool) {
	if sig.Variadic() {
		return "", false
	}
	var args []string
	for i := range sig.Params().Len() {
		b, ok := sig.Params().At(i).Type().(*types.Basic)
		if !ok {
			return "", false
		}
		args = append(args, "gopadBuiltin.TemplateArg(gopadA["+strconv.Itoa(i)+"], *new("+b.Name()+")).("+b.Name()+")")
	}
	return strings.Join(args, ", "), true
}

// shownCases adds, for each exported field of struct type t (or of the
// struct t points to) whose type has a String or Error method, the case
// that gives the field as fmt prints it.
func (tc *Types) shownCases(t types.Type, text string, add func(name, c string)) {
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if p, isPtr := t.(*types.Pointer); isPtr {
		st, ok = p.Elem().Underlying().(*types.Struct)
	}
	if !ok {
		return
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() || types.IsInterface(f.Type()) || printMethod(f.Type()) == "" {
			continue
		}
		add(f.Name(), "case "+text+": gopadX := gopadR."+f.Name()+"; return "+tc.shownMember(f.Type())+", true, nil; ")
	}
}

// shownMember is gopadX, of type t, as a template should print it: through
// its String or Error method when it has one (gopadBuiltin.Kept).
func (tc *Types) shownMember(t types.Type) string {
	m := printMethod(t)
	if m == "" || types.IsInterface(t) {
		return "gopadX"
	}
	return "gopadBuiltin.Kept(gopadX, func() string { v := gopadX; return gopadFmtPkg.Sprint(" + shownCall(t, m, false) + ") })"
}
