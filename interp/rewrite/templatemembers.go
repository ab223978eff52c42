package rewrite

import (
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// text/template prints a field through fmt, where yaegi's value of a
// cell's type over a basic type has no String method: {{.Price}} of a Money
// printed 125 where Go prints $1.25. The typed pass hands a template's
// Parse, for each exported field of the cells' struct types whose type has
// a String or Error method, an interpreted func that gives the field as fmt
// prints it; gopadBuiltin.TemplateParse rewrites the template's text to call
// it where the field is printed (gopadrt's template.go). Methods are
// templateMethods' (templatemethods.go):
//
//	t.Parse(text)  →  gopadBuiltin.TemplateParse(t, text, []string{"Price"}, []any{func(gopadV any, gopadA []any) (any, bool, error) { switch gopadR := gopadV.(type) { case Line: ... } ... }})

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

// templateMembers returns the edits of c when it is a template's Parse
// and the cells' struct types have fields a template prints through their
// methods.
func (tc *Types) templateMembers(c compiledCall) []source.Edit {
	helper := map[string]string{"text/template": "TemplateParse", "html/template": "HTMLTemplateParse"}[c.fn.Pkg().Path()]
	if !c.method() || c.sel == nil || helper == "" || c.fn.Name() != "Parse" || len(c.call.Args) != 1 || c.call.Ellipsis.IsValid() {
		return nil
	}
	shown := tc.memberFuncs(tc.shownCases)
	if len(shown) == 0 {
		return nil
	}
	tail := ", " + memberLists(shown) // before Parse's own )
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
	for _, n := range tc.cellStructTypes() {
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
