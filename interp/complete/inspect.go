package complete

import (
	"fmt"
	"path"
	"reflect"
	"strings"

	"github.com/gopad/gopad/kernel/engine"
)

// Inspect describes the name at cursor (in code points) in code: a cell's
// name with its value, a package or a package member with its
// documentation, a builtin, or a method or field. detail > 0 asks for more
// (a variable's declaration besides its value).
func Inspect(sc Scope, code string, cursor, detail int) engine.Inspection {
	runes := []rune(code)
	cursor = clampCursor(code, cursor)
	// Extend to the end of the identifier under the cursor; just after
	// "name(", name is meant.
	end := cursor
	if end > 0 && runes[end-1] == '(' && (end == len(runes) || !isIdent(runes[end])) {
		end--
	}
	for end < len(runes) && isIdent(runes[end]) {
		end++
	}
	qual, word, start := wordAt(code, end)
	if word == "" {
		return engine.Inspection{}
	}
	var text string
	switch {
	case qual != "" && sc.PackagePath(qual) == "" || exprStart(runes, start) < start-len([]rune(qual))-1:
		// A method or field, of a value, a type or a call's result.
		text = inspectSelector(sc, string(runes[exprStart(runes, start):end]))
	case qual != "":
		text = describeMember(sc, sc.PackagePath(qual), word)
	default:
		text = describeName(sc, word, detail)
	}
	if text == "" {
		return engine.Inspection{}
	}
	return engine.Inspection{Found: true, Data: map[string]any{"text/plain": text}}
}

// describeMember describes the member word of the package with import path
// p, with its documentation; "" when p has no such member.
func describeMember(sc Scope, p, word string) string {
	v, ok := sc.Members(p)[word]
	if !ok {
		return ""
	}
	text := describeSymbol(p, word, v)
	if doc := stdDoc(p, word); doc != "" {
		text += "\n\n" + doc
	}
	return text
}

// describeName describes an unqualified name: a cell's, a package's or a
// builtin; "" when the session knows no such name.
func describeName(sc Scope, word string, detail int) string {
	if d, ok := sc.Declared()[word]; ok {
		text := d.Kind + " " + word + "\n\n" + d.Text
		if v, ok := sc.Globals()[word]; ok && v.IsValid() {
			text = fmt.Sprintf("%s %s %s\n\nvalue: %s", d.Kind, word, v.Type(), valueText(v))
			if detail > 0 && d.Text != "var "+word {
				text += "\n\n" + d.Text
			}
		}
		return text
	}
	if p := sc.PackagePath(word); p != "" {
		text := "package " + word + " // import \"" + p + "\""
		if doc := stdDoc(p, ""); doc != "" {
			text += "\n\n" + doc
		}
		return text
	}
	if kind, ok := builtins[word]; ok {
		return "builtin " + kind + " " + word
	}
	return ""
}

// valueText prints a value as fmt.Print does.
func valueText(v reflect.Value) string {
	if !v.CanInterface() {
		return v.String()
	}
	return fmt.Sprint(v.Interface())
}

func describeSymbol(pkg, name string, v reflect.Value) string {
	if !v.IsValid() {
		return name
	}
	base := path.Base(pkg)
	switch symbolKind(v) {
	case "function":
		if decl := stdFuncDecl(pkg, "", name); decl != "" {
			return "func " + base + "." + strings.TrimPrefix(decl, "func ") // with parameter names, as go doc
		}
		return "func " + base + "." + name + strings.TrimPrefix(v.Type().String(), "func")
	case "type":
		return "type " + base + "." + name + " " + v.Type().Elem().Kind().String()
	case "variable":
		return "var " + base + "." + name + " " + v.Type().String()
	}
	return "const " + base + "." + name
}
