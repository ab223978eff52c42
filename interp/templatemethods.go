package interp

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
)

// text/template finds a method by reflection, and yaegi's run-time types of
// the cells' types have none: {{.Total}} of a cell's Invoice failed ("can't
// evaluate field Total"). Before a template runs, its field chains (.Total,
// $l.Total, (x).Name) become calls of gopadCall, which looks each name up
// as text/template does (a method, then a field or a map key) but finds
// the cells' methods in the session's registry (reflectmethods.go):
//
//	{{printf "%.2f" $l.Total}}  →  {{printf "%.2f" (gopadCall $l "Total")}}
//	{{.HasRole "admin"}}        →  {{gopadCall . "HasRole" "admin"}}

// templateMethods prepares templates once each: their trees are shared by
// the template and its clones, and rewritten in place.
type templateMethods struct {
	mu   sync.Mutex
	done map[*parse.Tree]bool
	rm   *reflectMethods
}

const templateCallName = "gopadCall"

// reset starts over with a fresh interpreter's registry of methods.
func (tm *templateMethods) reset(rm *reflectMethods) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.rm, tm.done = rm, nil
}

// text is gopadBuiltin.TextTemplateMethods: t, ready to call the cells'
// methods.
func (tm *templateMethods) text(t *template.Template) *template.Template {
	if t == nil || !defaultMissingKey(reflect.ValueOf(t)) {
		return t
	}
	t.Funcs(template.FuncMap{templateCallName: tm.call, templateShowName: tm.show})
	for _, x := range t.Templates() {
		tm.prepare(x.Tree)
	}
	return t
}

// html is gopadBuiltin.HTMLTemplateMethods, text's twin for html/template.
func (tm *templateMethods) html(t *htmltemplate.Template) *htmltemplate.Template {
	if t == nil || !defaultMissingKey(reflect.ValueOf(t).Elem().FieldByName("text")) {
		return t
	}
	t.Funcs(htmltemplate.FuncMap{templateCallName: tm.call, templateShowName: tm.show})
	for _, x := range t.Templates() {
		tm.prepare(x.Tree)
	}
	return t
}

// defaultMissingKey reports whether the text/template.Template t points to
// has the default missingkey option (gopadCall answers a missing map key
// as that option does); true when that cannot be read.
func defaultMissingKey(t reflect.Value) bool {
	if !t.IsValid() || t.Kind() != reflect.Pointer || t.IsNil() {
		return true
	}
	common := t.Elem().FieldByName("common")
	if !common.IsValid() || common.Kind() != reflect.Pointer || common.IsNil() {
		return true
	}
	key := common.Elem().FieldByName("option").FieldByName("missingKey")
	return !key.IsValid() || !key.CanInt() || key.Int() == 0
}

func (tm *templateMethods) prepare(tree *parse.Tree) {
	if tree == nil || tree.Root == nil {
		return
	}
	tm.mu.Lock()
	defer tm.mu.Unlock()
	if tm.done == nil {
		tm.done = map[*parse.Tree]bool{}
	}
	if tm.done[tree] {
		return
	}
	tm.done[tree] = true
	rewriteTemplateNode(tree.Root)
}

// rewriteTemplateNode rewrites the pipelines under n.
func rewriteTemplateNode(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			rewriteTemplateNode(c)
		}
	case *parse.ActionNode:
		rewritePipe(n.Pipe, len(n.Pipe.Decl) == 0)
	case *parse.IfNode:
		rewriteBranch(&n.BranchNode)
	case *parse.RangeNode:
		rewriteBranch(&n.BranchNode)
	case *parse.WithNode:
		rewriteBranch(&n.BranchNode)
	case *parse.TemplateNode:
		rewritePipe(n.Pipe, false)
	}
}

func rewriteBranch(b *parse.BranchNode) {
	rewritePipe(b.Pipe, false)
	rewriteTemplateNode(b.List)
	if b.ElseList != nil {
		rewriteTemplateNode(b.ElseList)
	}
}

// rewritePipe rewrites the commands of p; printed when the template
// prints p's value.
func rewritePipe(p *parse.PipeNode, printed bool) {
	if p == nil {
		return
	}
	for i, c := range p.Cmds {
		last := i == len(p.Cmds)-1
		rewriteCommand(c, printed && last || !last && printsArgs(p.Cmds[i+1]))
	}
}

// rewriteCommand makes a field chain at the head of c a call of gopadCall
// (gopadShow when shown: the template prints c's value) with c's
// arguments, and one among the arguments a parenthesized call.
func rewriteCommand(c *parse.CommandNode, shown bool) {
	if len(c.Args) > 0 {
		if base, path, ok := fieldChain(c.Args[0]); ok {
			// An error of the call is reported at the command, which Go
			// reports at the field chain (.One.P: at .P).
			c.Pos = c.Args[0].Position()
			head := templateCallArgs(c.Args[0], base, path, shown)
			c.Args = append(head, c.Args[1:]...)
			rewriteArgs(c, len(head))
			return
		}
	}
	rewriteArgs(c, 0)
}

// rewriteArgs rewrites the arguments of c from index from on.
func rewriteArgs(c *parse.CommandNode, from int) {
	shown := printsArgs(c)
	for i := from; i < len(c.Args); i++ {
		arg := c.Args[i]
		if p, ok := arg.(*parse.PipeNode); ok {
			rewritePipe(p, shown)
		} else if base, path, ok := fieldChain(arg); ok {
			c.Args[i] = templateCallPipe(arg, base, path, shown)
		}
	}
}

// templateCallArgs are the words gopadCall base "path" (gopadShow when
// shown), standing for arg.
func templateCallArgs(arg, base parse.Node, path string, shown bool) []parse.Node {
	pos := arg.Position()
	name := templateCallName
	if shown {
		name = templateShowName
	}
	return []parse.Node{parse.NewIdentifier(name).SetPos(pos), base,
		&parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: strconv.Quote(path), Text: path}}
}

// templateCallPipe is (gopadCall base "path"), standing for arg.
func templateCallPipe(arg, base parse.Node, path string, shown bool) *parse.PipeNode {
	pos := arg.Position()
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: templateCallArgs(arg, base, path, shown)}
	return &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{cmd}}
}

// fieldChain splits a field chain into the value it starts from and the
// dotted names: .A.B is (., "A.B"), $x.A is ($x, "A"), (p).A is ((p), "A").
func fieldChain(n parse.Node) (base parse.Node, path string, ok bool) {
	switch n := n.(type) {
	case *parse.FieldNode:
		return &parse.DotNode{NodeType: parse.NodeDot, Pos: n.Pos}, strings.Join(n.Ident, "."), true
	case *parse.VariableNode:
		if len(n.Ident) > 1 {
			return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: n.Pos, Ident: n.Ident[:1]}, strings.Join(n.Ident[1:], "."), true
		}
	case *parse.ChainNode:
		if p, ok := n.Node.(*parse.PipeNode); ok {
			rewritePipe(p, false)
		}
		return n.Node, strings.Join(n.Field, "."), true
	}
	return nil, "", false
}

// call is gopadCall: the names of path looked up from base in turn, as
// text/template looks up a field chain, the last one called with args
// when it is a method. Its parameters and result are reflect.Values, which
// text/template passes as they are, so that base keeps being addressable
// where it is (a slice's element: methods on the pointer are found there,
// as text/template finds them, and not on other values).
func (tm *templateMethods) call(base reflect.Value, path string, args ...reflect.Value) (reflect.Value, error) {
	return tm.walk(base, path, args, false)
}

// walk is call, or show when shown.
func (tm *templateMethods) walk(base reflect.Value, path string, args []reflect.Value, shown bool) (reflect.Value, error) {
	cur := base
	names := strings.Split(path, ".")
	for i, name := range names {
		var callArgs []reflect.Value
		if i == len(names)-1 {
			callArgs = args
		}
		next, err := tm.lookup(cur, name, callArgs, shown && i == len(names)-1)
		if err != nil {
			return reflect.Value{}, err
		}
		cur = next
	}
	return cur, nil
}

// lookup is one name of a chain: a method of v (or of its address), else a
// field of the struct or the key of the map v holds.
func (tm *templateMethods) lookup(v reflect.Value, name string, args []reflect.Value, shown bool) (reflect.Value, error) {
	if !v.IsValid() {
		return v, fmt.Errorf("nil data; no entry for key %q", name)
	}
	if shown {
		if r, ok, err := tm.shownCall(v, name, args); ok {
			return r, err
		}
	}
	if m := tm.method(v, name); m.IsValid() {
		return callTemplateMethod(m, name, args)
	}
	orig := v.Type() // Go's error names the type as the value held it
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, fmt.Errorf("nil pointer evaluating %s.%s", v.Type(), name)
		}
		v = v.Elem()
	}
	if len(args) > 0 {
		return v, fmt.Errorf("%s is not a method but has arguments", name)
	}
	switch v.Kind() {
	case reflect.Struct:
		if f, ok := v.Type().FieldByName(name); ok && f.IsExported() {
			return v.FieldByIndex(f.Index), nil
		}
	case reflect.Map:
		key := reflect.ValueOf(name)
		if key.Type().AssignableTo(v.Type().Key()) {
			return v.MapIndex(key), nil // a missing key prints as <no value>
		}
	}
	return v, fmt.Errorf("can't evaluate field %s in type %s", name, orig)
}

// method is v's method name, a cell's (from the registry) or a compiled
// type's, looked up as text/template does: on v's address when v is
// addressable, else on v (and on what an interface holds).
func (tm *templateMethods) method(v reflect.Value, name string) reflect.Value {
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		v = v.Addr()
	}
	return tm.rm.valueMethodByName(v, name)
}

// callTemplateMethod calls m with args converted to its parameters; a
// final error result that is not nil is the call's error.
func callTemplateMethod(m reflect.Value, name string, args []reflect.Value) (reflect.Value, error) {
	t := m.Type()
	if !t.IsVariadic() && len(args) != t.NumIn() || t.IsVariadic() && len(args) < t.NumIn()-1 {
		return reflect.Value{}, fmt.Errorf("wrong number of args for %s: want %d got %d", name, t.NumIn(), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		pt := t.In(min(i, t.NumIn()-1))
		if t.IsVariadic() && i >= t.NumIn()-1 {
			pt = pt.Elem()
		}
		in[i] = templateArg(a, pt)
	}
	out := m.Call(in)
	switch {
	case len(out) == 2 && t.Out(1) == reflect.TypeFor[error]():
		if err, _ := out[1].Interface().(error); err != nil {
			return reflect.Value{}, fmt.Errorf("error calling %s: %w", name, err)
		}
		return out[0], nil
	case len(out) == 1:
		return out[0], nil
	}
	return reflect.Value{}, errors.New("can't call method " + name + " with " + strconv.Itoa(len(out)) + " results")
}

// templateArg is v converted to t, as text/template converts constants.
func templateArg(v reflect.Value, t reflect.Type) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.Type().AssignableTo(t) {
		v = v.Elem()
	}
	switch {
	case !v.IsValid():
		return reflect.Zero(t)
	case v.Type().AssignableTo(t):
		return v
	case v.Type().ConvertibleTo(t):
		return v.Convert(t)
	}
	return v
}

// templateCallError matches text/template's context for an error of
// gopadCall: the action as rewritten, and the call's own prefix.
var templateCallError = regexp.MustCompile(`<\(?(?:` + templateCallName + `|` + templateShowName + `) (\S+) "([^"]*)"([^>]*?)\)?>: ` +
	`error calling (?:` + templateCallName + `|` + templateShowName + `): `)

// plainTemplateCalls writes the actions gopadCall stands for back as the
// template wrote them in msg, a template's error: <.Total>, not
// <gopadCall . "Total">.
func plainTemplateCalls(msg string) string {
	return templateCallError.ReplaceAllStringFunc(msg, func(m string) string {
		sub := templateCallError.FindStringSubmatch(m)
		chain := sub[1] + "." + sub[2]
		if sub[1] == "." {
			chain = "." + sub[2]
		}
		return "<" + chain + sub[3] + ">: "
	})
}
