package gopadrt

import (
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
)

// Run-time helper of package rewrite's templateMembers pass
// (templatemembers.go). text/template prints a field through fmt, where
// yaegi's value of a cell's type has no String method. The pass hands
// Parse, for each field name whose type has one, an interpreted func that
// gives the field as fmt prints it; the template's text is rewritten so
// that such a field goes through it where it is printed:
//
//	{{$l.Price}}                →  {{(gopadS_Price $l)}}
//	{{printf "%8v" .Price}}     →  {{printf "%8v" (gopadS_Price .)}}

// memberFunc is the interpreted func of one field name: the field of v as
// fmt prints it; ok is false when v's type has no such field (another
// type's field of that name, or a map key).
type memberFunc = func(v any, args []any) (r any, ok bool, err error)

// members is what templateParse knows of the cells' types.
type members struct {
	shown map[string]memberFunc
}

// templateParse is gopadBuiltin.TemplateParse: t.Parse(text), the text
// rewritten for the names of shown fields (as above).
func templateParse(t *template.Template, text string, shown []string, sfns []any) (*template.Template, error) {
	m := members{shown: funcMap(shown, sfns)}
	if len(m.shown) == 0 {
		return t.Parse(text)
	}
	return t.Funcs(m.funcs()).Parse(m.rewrite(t.Name(), text))
}

// htmlTemplateParse is gopadBuiltin.HTMLTemplateParse: templateParse for
// html/template, whose escaping applies to what the funcs return.
func htmlTemplateParse(t *htmltemplate.Template, text string, shown []string, sfns []any) (*htmltemplate.Template, error) {
	m := members{shown: funcMap(shown, sfns)}
	if len(m.shown) == 0 {
		return t.Parse(text)
	}
	return t.Funcs(m.funcs()).Parse(m.rewrite(t.Name(), text))
}

// funcs are the template funcs of m's names.
func (m members) funcs() map[string]any {
	fm := map[string]any{}
	for name, fn := range m.shown {
		fm["gopadS_"+name] = shownCaller(name, fn)
	}
	return fm
}

func funcMap(names []string, fns []any) map[string]memberFunc {
	out := map[string]memberFunc{}
	for i, n := range names {
		if i < len(fns) {
			if f, ok := fns[i].(memberFunc); ok {
				out[n] = f
			}
		}
	}
	return out
}

// shownCaller gives the field name of v as fmt prints it.
func shownCaller(name string, fn memberFunc) func(v any) (any, error) {
	return func(v any) (any, error) {
		if r, ok, err := fn(v, nil); ok {
			return r, err
		}
		return memberField(v, name)
	}
}

// memberField is the field or map key name of v, as text/template reads it.
func memberField(v any, name string) (any, error) {
	rv := reflect.ValueOf(v)
	for rv.IsValid() && (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface) {
		if rv.IsNil() {
			return nil, fmt.Errorf("nil pointer evaluating %s.%s", rv.Type(), name)
		}
		rv = rv.Elem()
	}
	switch {
	case !rv.IsValid():
		return nil, fmt.Errorf("nil data; no entry for key %q", name)
	case rv.Kind() == reflect.Struct:
		if f := rv.FieldByName(name); f.IsValid() {
			return f.Interface(), nil
		}
	case rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String:
		if e := rv.MapIndex(reflect.ValueOf(name).Convert(rv.Type().Key())); e.IsValid() {
			return e.Interface(), nil
		}
		return reflect.Zero(rv.Type().Elem()).Interface(), nil
	}
	return nil, fmt.Errorf("can't evaluate field %s in type %s", name, rv.Type())
}

// rewrite returns text with the member names going through the funcs; the
// text as it is when it does not parse here (the parse that follows then
// reports the error).
func (m members) rewrite(name, text string) string {
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck | parse.ParseComments
	set := map[string]*parse.Tree{}
	if _, err := tr.Parse(text, "", "", set); err != nil {
		return text
	}
	var edits []textEdit
	for _, t := range set {
		if t.Root != nil {
			m.walk(t.Root, &edits)
		}
	}
	out, shifts := applyTextEdits(text, edits)
	for name := range set {
		templateShifts.Store(name, shifts)
	}
	return out
}

// templateShifts holds, per template name, where templateParse's last
// rewrite of it moved the text, for TemplateMessage to give errors the
// positions of the text as written.
var templateShifts sync.Map // string → []colShift

// colShift is one replacement in a rewritten line: the text from column
// at on (counted from 0, as template errors do, in the rewritten text) moved by delta bytes; start is
// the column the replacement starts at.
type colShift struct{ line, start, at, delta int }

// originalCol maps column col of line in template name's rewritten text
// back to the text as written.
func originalCol(name string, line, col int) int {
	v, ok := templateShifts.Load(name)
	if !ok {
		return col
	}
	out := col
	for _, s := range v.([]colShift) {
		switch {
		case s.line != line || col < s.start:
		case col < s.at:
			return s.start - (col - out) // inside the replacement: its start
		default:
			out -= s.delta
		}
	}
	return out
}

// textEdit replaces a field chain, old, whose node has position pos.
type textEdit struct {
	pos       int
	old, text string
}

// applyTextEdits applies edits to text, and says where the lines moved.
// The parser gives a field chain the position of one of its fields: the
// chain's text ends where the run of name characters from there ends. An
// edit whose text is not found there is left out.
func applyTextEdits(text string, edits []textEdit) (string, []colShift) {
	sort.Slice(edits, func(i, j int) bool { return edits[i].pos < edits[j].pos })
	var b strings.Builder
	var shifts []colShift
	at := 0
	for _, e := range edits {
		end := e.pos
		for end < len(text) && (strings.IndexByte(".$_", text[end]) >= 0 || isNameByte(text[end])) {
			end++
		}
		from := end - len(e.old)
		if from < at || from < 0 || text[from:end] != e.old {
			continue
		}
		b.WriteString(text[at:from])
		done := b.String()
		line := strings.Count(done, "\n") + 1
		start := len(done) - strings.LastIndexByte(done, '\n') - 1 // 0-based, as template errors count
		b.WriteString(e.text)
		shifts = append(shifts, colShift{line: line, start: start, at: start + len(e.text), delta: len(e.text) - len(e.old)})
		at = end
	}
	b.WriteString(text[at:])
	return b.String(), shifts
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// walk collects the edits of the pipelines under n.
func (m members) walk(n parse.Node, edits *[]textEdit) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			m.walk(c, edits)
		}
	case *parse.ActionNode:
		m.pipe(n.Pipe, true, edits)
	case *parse.IfNode:
		m.branch(&n.BranchNode, edits)
	case *parse.RangeNode:
		m.branch(&n.BranchNode, edits)
	case *parse.WithNode:
		m.branch(&n.BranchNode, edits)
	case *parse.TemplateNode:
		m.pipe(n.Pipe, false, edits)
	}
}

func (m members) branch(b *parse.BranchNode, edits *[]textEdit) {
	m.pipe(b.Pipe, false, edits)
	m.walk(b.List, edits)
	if b.ElseList != nil {
		m.walk(b.ElseList, edits)
	}
}

// pipe collects the edits of a pipeline; printed is set for an action's,
// whose first command's value is printed when it is alone.
func (m members) pipe(p *parse.PipeNode, printed bool, edits *[]textEdit) {
	if p == nil {
		return
	}
	for i, c := range p.Cmds {
		printArgs := false
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
			printArgs = slices.Contains([]string{"print", "printf", "println"}, id.Ident)
		}
		for j, a := range c.Args {
			shown := printArgs && j > 0 || printed && i == 0 && len(c.Args) == 1
			m.arg(a, shown, edits)
		}
	}
}

// arg collects the edit of one command argument: a field chain (.a.b,
// $x.a) ending in a shown field, where it is printed.
func (m members) arg(a parse.Node, shown bool, edits *[]textEdit) {
	var base string
	var idents []string
	switch a := a.(type) {
	case *parse.FieldNode:
		base, idents = ".", a.Ident
	case *parse.VariableNode:
		if len(a.Ident) < 2 {
			return
		}
		base, idents = a.Ident[0], a.Ident[1:]
	case *parse.PipeNode:
		m.pipe(a, false, edits)
		return
	default:
		return
	}
	text, ok := m.chain(base, idents, shown)
	if !ok {
		return
	}
	*edits = append(*edits, nodeEdit(a, text))
}

// chain writes base followed by idents, the last going through its func
// when it is a shown field that is printed; false when it does not.
func (m members) chain(base string, idents []string, shown bool) (string, bool) {
	last := idents[len(idents)-1]
	if _, ok := m.shown[last]; !ok || !shown {
		return "", false
	}
	expr := base
	for _, id := range idents[:len(idents)-1] {
		if expr == "." {
			expr = ""
		}
		expr += "." + id
	}
	return "(gopadS_" + last + " " + expr + ")", true
}

// nodeEdit replaces the text of node a, a field chain, with text.
func nodeEdit(a parse.Node, text string) textEdit {
	return textEdit{pos: int(a.Position()), old: a.String(), text: text}
}

var (
	templatePos  = regexp.MustCompile(`template: ([^:]+):(\d+):(\d+):`)
	memberNode   = regexp.MustCompile(`<gopadS_(\w+) ([^ >]+)[^>]*>`)
	memberCall   = regexp.MustCompile(`\(gopadS_(\w+) ([^ )]+)\)`)
	memberCalled = regexp.MustCompile(`(error calling )gopadS_(\w+)`)
)

// TemplateMessage writes an error of a template that templateParse
// rewrote as Go's would read: the members as written, not their funcs.
func TemplateMessage(msg string) string {
	member := func(recv, name string) string {
		if recv == "." {
			return "." + name
		}
		return recv + "." + name
	}
	if m := templatePos.FindStringSubmatchIndex(msg); m != nil {
		line, _ := strconv.Atoi(msg[m[4]:m[5]])
		col, _ := strconv.Atoi(msg[m[6]:m[7]])
		msg = msg[:m[6]] + strconv.Itoa(originalCol(msg[m[2]:m[3]], line, col)) + msg[m[7]:]
	}
	msg = memberNode.ReplaceAllStringFunc(msg, func(s string) string {
		m := memberNode.FindStringSubmatch(s)
		return "<" + member(m[2], m[1]) + ">"
	})
	msg = memberCall.ReplaceAllStringFunc(msg, func(s string) string {
		m := memberCall.FindStringSubmatch(s)
		return member(m[2], m[1])
	})
	return memberCalled.ReplaceAllString(msg, "${1}${2}")
}
