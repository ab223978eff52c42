// Package complete answers a frontend's completion (Tab) and inspection
// (Shift+Tab, NAME?) requests for a Go session, with standard-library
// documentation read from GOROOT's sources.
//
// It reads the session through Scope, a read-only view the session
// implements; it never changes the session.
package complete

import (
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/engine"
)

// Scope is the read-only view of a session that completion and inspection
// need. Its methods are called on the goroutine that called Complete or
// Inspect, with whatever lock guards the session held by the caller.
type Scope interface {
	// Declared returns the names the cells declared, each with what
	// inspection shows of it.
	Declared() map[string]Decl
	// Globals returns the values of the cells' top-level variables and
	// constants (the session's own helpers left out).
	Globals() map[string]reflect.Value
	// PackagePath returns the import path that name refers to in the
	// session: a package a cell imported, or the one package of the
	// interpreter with that name; "" when there is none.
	PackagePath(name string) string
	// PackageNames returns the names of the packages the interpreter
	// provides.
	PackageNames() []string
	// Members returns the symbols of the package with import path p (nil
	// when the interpreter has no table for it).
	Members(p string) map[string]reflect.Value
	// CellMethods returns the methods cells declared on the type of the
	// top-level variable name, when that type is a cell's.
	CellMethods(name string) []string
	// TypeCheck type-checks the statement stmt in the session's context,
	// with the package named pkg (when not "") imported as running stmt
	// would import it. It returns nil when stmt cannot be checked.
	TypeCheck(stmt, pkg string) *Checked
}

// Decl is what a session knows of a name a cell declared.
type Decl struct {
	Kind string // function, variable, type, constant
	Text string // its declaration ("var x" when only its name is known)
}

// Checked is a statement type-checked by Scope.TypeCheck: the file that
// holds it in a function body, and what the checker found.
type Checked struct {
	File *ast.File
	Info *types.Info
	Pkg  *types.Package
}

var keywords = []string{
	"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
	"map", "package", "range", "return", "select", "struct", "switch", "type", "var",
}

// Builtins returns Go's predeclared identifiers, each with its kind
// (function, type, constant). The map is the caller's.
func Builtins() map[string]string {
	return map[string]string{
		"append": "function", "cap": "function", "clear": "function", "close": "function",
		"complex": "function", "copy": "function", "delete": "function", "imag": "function",
		"len": "function", "make": "function", "max": "function", "min": "function",
		"new": "function", "panic": "function", "print": "function", "println": "function",
		"real": "function", "recover": "function",
		"any": "type", "bool": "type", "byte": "type", "comparable": "type", "complex64": "type",
		"complex128": "type", "error": "type", "float32": "type", "float64": "type", "int": "type",
		"int8": "type", "int16": "type", "int32": "type", "int64": "type", "rune": "type",
		"string": "type", "uint": "type", "uint8": "type", "uint16": "type", "uint32": "type",
		"uint64": "type", "uintptr": "type",
		"true": "constant", "false": "constant", "iota": "constant", "nil": "constant",
	}
}

// builtins is Builtins' table, for this package's reading only.
var builtins = Builtins()

// candidate is one completion: its text, and its kind for the frontend's
// icon.
type candidate struct{ text, kind string }

// Complete returns the completions of the word that ends at cursor (in code
// points) in code.
func Complete(sc Scope, code string, cursor int) engine.Completion {
	cursor = clampCursor(code, cursor)
	qual, word, start := wordAt(code, cursor)
	var cands []candidate
	switch {
	case qual == "":
		cands = nameCandidates(sc, word)
	case sc.PackagePath(qual) != "":
		cands = memberCandidates(sc, sc.PackagePath(qual), word)
	default:
		cands = selectorCandidates(sc, qual, word)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].text < cands[j].text })
	c := engine.Completion{CursorStart: start, CursorEnd: cursor, Matches: []string{}, Types: []engine.CompletionType{}}
	for _, x := range cands {
		c.Matches = append(c.Matches, x.text)
		c.Types = append(c.Types, engine.CompletionType{Text: x.text, Type: x.kind, Start: start, End: cursor})
	}
	return c
}

// nameCandidates completes an unqualified word: the cells' names,
// keywords, builtins and packages.
func nameCandidates(sc Scope, word string) []candidate {
	var cands []candidate
	seen := map[string]bool{}
	add := func(text, kind string) {
		if strings.HasPrefix(text, word) && !seen[text] {
			seen[text] = true
			cands = append(cands, candidate{text, kind})
		}
	}
	for n, d := range sc.Declared() {
		add(n, d.Kind)
	}
	for n := range sc.Globals() {
		add(n, "variable")
	}
	for _, k := range keywords {
		add(k, "keyword")
	}
	for b, kind := range builtins {
		add(b, kind)
	}
	for _, name := range sc.PackageNames() {
		add(name, "module")
	}
	return cands
}

// memberCandidates completes pkg.word, pkg being the package with import
// path p.
func memberCandidates(sc Scope, p, word string) []candidate {
	var cands []candidate
	for name, v := range sc.Members(p) {
		// Names starting with "_" are yaegi's interface wrappers.
		if strings.HasPrefix(name, word) && !strings.HasPrefix(name, "_") {
			cands = append(cands, candidate{name, symbolKind(v)})
		}
	}
	return cands
}

// selectorCandidates completes x.word, x being a value: its fields and
// methods, as reflection sees them, and the methods cells declared on its
// type, which reflection does not see.
func selectorCandidates(sc Scope, x, word string) []candidate {
	var cands []candidate
	seen := map[string]bool{}
	add := func(m, kind string) {
		if strings.HasPrefix(m, word) && !seen[m] {
			seen[m] = true
			cands = append(cands, candidate{m, kind})
		}
	}
	if v, ok := sc.Globals()[x]; ok {
		for _, m := range fieldsAndMethods(v) {
			add(m, "property")
		}
	}
	for _, m := range sc.CellMethods(x) {
		add(m, "method")
	}
	return cands
}

func symbolKind(v reflect.Value) string {
	if !v.IsValid() {
		return "constant"
	}
	switch {
	case v.Kind() == reflect.Func:
		return "function"
	case v.Kind() == reflect.Ptr && v.IsNil():
		return "type"
	case v.CanAddr():
		return "variable"
	}
	return "constant"
}

func fieldsAndMethods(v reflect.Value) []string {
	if !v.IsValid() {
		return nil
	}
	var out []string
	t := v.Type()
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// wordAt returns the identifier (with an optional "pkg." qualifier) that
// ends at the cursor, and its start, both as rune offsets.
func wordAt(code string, cursor int) (qual, word string, start int) {
	runes := []rune(code)
	if cursor > len(runes) {
		cursor = len(runes)
	}
	i := cursor
	for i > 0 && isIdent(runes[i-1]) {
		i--
	}
	word, start = string(runes[i:cursor]), i
	if i > 0 && runes[i-1] == '.' {
		j := i - 1
		for j > 0 && isIdent(runes[j-1]) {
			j--
		}
		qual = string(runes[j : i-1])
	}
	return qual, word, start
}

func isIdent(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// clampCursor keeps a cursor (in code points) within code.
func clampCursor(code string, cursor int) int {
	n := utf8.RuneCountInString(code)
	if cursor < 0 || cursor > n {
		return n
	}
	return cursor
}
