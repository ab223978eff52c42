package interp

import (
	"errors"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
)

// text/template reports the run-time types yaegi gives the cells' types
// (struct { Title string }), and cannot call their methods: a template
// sees no methods on them. Package rewrite's templateError pass wraps the error of Execute and
// ExecuteTemplate so that it names the types as Go would (main.Page) and,
// when a template calls a method of a cell's type, says so.

// templateMethodLimit explains why a template cannot call the method.
const templateMethodLimit = "gopad cannot call methods of types declared in cells from a template " +
	"(text/template sees no methods on them); pass the method's result as data " +
	"(a map or a struct field, e.g. map[string]any{\"FullName\": u.FullName()}) or register a func with Funcs"

// badField matches text/template's error for a field it did not find.
var badField = regexp.MustCompile(`can't evaluate field (\w+) in type \*?main\.(\w+)`)

// templateError is gopadBuiltin.TemplateError: err with the cells' types
// named as Go names them. A method of a cell's type that the template
// called stops the cell with the limit explained.
func (tn *typeNames) templateError(err error) error {
	var ee template.ExecError
	if !errors.As(err, &ee) || ee.Err == nil {
		return err
	}
	raw := tn.renamed(ee.Err.Error())
	msg := gopadrt.TemplateMessage(plainTemplateCalls(raw))
	// gopadCall's own lookup (templatemethods.go) saw the methods: its
	// error is Go's.
	if m := badField.FindStringSubmatch(msg); m != nil && msg == raw && tn.hasMethod(m[2], m[1]) {
		// Go would have called the method: an error the program handles
		// (and may print as if it were expected) would be a wrong answer,
		// so the cell stops here.
		panic(template.ExecError{Name: ee.Name, Err: errors.New(msg + ": " + m[2] + "." + m[1] + " is a method; " + templateMethodLimit)})
	}
	if isRefusal(ee.Err) {
		// gopad refused what the template called (reflectmethods.go):
		// that stops the cell, as it would outside a template.
		panic(template.ExecError{Name: ee.Name, Err: errors.New(msg)})
	}
	if msg == ee.Err.Error() {
		return err
	}
	return template.ExecError{Name: ee.Name, Err: errors.New(msg)}
}

// renamed replaces, in an error's text, the run-time types of the cells'
// struct types with their names.
func (tn *typeNames) renamed(msg string) string {
	if !strings.Contains(msg, "struct {") {
		return msg
	}
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	ts := make([]reflect.Type, 0, len(tn.names))
	for t, n := range tn.names {
		if n != "" {
			ts = append(ts, t)
		}
	}
	// Longest first: a struct type's text can hold another's.
	sort.Slice(ts, func(i, j int) bool { return len(ts[i].String()) > len(ts[j].String()) })
	for _, t := range ts {
		msg = strings.ReplaceAll(msg, t.String(), tn.names[t])
	}
	return msg
}

// hasMethod reports whether the cells declared method m of type t.
func (tn *typeNames) hasMethod(t, m string) bool {
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	return tn.methods[t+"."+m]
}

// noteMethods records the methods among ds.
func (tn *typeNames) noteMethods(ds []decl) {
	tn.mu.Lock()
	defer tn.mu.Unlock()
	for _, d := range ds {
		for _, k := range d.keys {
			if m, ok := strings.CutPrefix(k, "method:"); ok && !strings.HasSuffix(m, "."+rewrite.SelfMethod) {
				tn.methods[m] = true
			}
		}
	}
}
