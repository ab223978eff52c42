package interp

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// The passes rewrite a function by what the session declares when the
// function's cell runs: fmt.Println(m) in a function becomes a call of
// m.String() only if Money has String then. In a program every method is
// there from the start; in a notebook the cell that declares String may
// come after the functions that print a Money, which then printed {5 EUR}
// where go run prints 5 EUR. So when a cell declares one of the methods
// the passes look for, or another method of a type that has one, the
// session's earlier functions and methods that
// print, wrap or encode values are rewritten again from their source, and
// those whose rewrite changed are declared again (a rebuild, redefine.go).

// rewriteMethods are the methods whose presence changes how the passes
// rewrite the code that prints, unwraps or encodes a value of the type.
var rewriteMethods = map[string]bool{
	"String": true, "Error": true, "Format": true, "GoString": true,
	"Unwrap": true, "Is": true, "As": true,
	"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true,
}

// rewriteUsers are identifiers of a function whose rewrite may depend on
// those methods: the packages and builtins that print, wrap or encode.
var rewriteUsers = []string{"fmt", "log", "slog", "errors", "json", "template", "print", "println", "panic"}

// newRewriteMethods names the methods ds declare that the session did
// not have (T.Area), on types that have one of rewriteMethods after ds: a
// String of T's, or a method that makes a T with String implement an
// interface that earlier functions print, or a method that makes a type
// implement an interface whose values earlier functions compare.
func (s *Session) newRewriteMethods(ds []decl) []string {
	has := map[string]bool{} // types with one of rewriteMethods
	var fresh []string
	note := func(k string, isNew bool) {
		name, ok := strings.CutPrefix(k, "method:")
		if !ok {
			return
		}
		typ, m, _ := strings.Cut(name, ".")
		if rewriteMethods[m] {
			has[typ] = true
		}
		if isNew {
			fresh = append(fresh, name)
		}
	}
	for _, d := range s.decls {
		for _, k := range d.keys {
			note(k, false)
		}
	}
	for _, d := range ds {
		for _, k := range d.keys {
			_, had := s.findDecl(k)
			note(k, !had)
		}
	}
	var out []string
	compares := -1 // whether an earlier function compares values (lazily)
	for _, name := range fresh {
		typ, m, _ := strings.Cut(name, ".")
		if has[typ] && (rewriteMethods[m] || s.interfaceMethod(m, ds)) {
			out = append(out, name)
			continue
		}
		if s.interfaceMethod(m, ds) {
			if compares < 0 {
				compares = 0
				if slices.ContainsFunc(s.decls, comparesValues) {
					compares = 1
				}
			}
			if compares == 1 {
				out = append(out, name)
			}
		}
	}
	return out
}

// comparesValues reports whether d, a function or method, may compare
// two interface values (x == o in a Detach): the ifaceEqual pass rewrites
// such a comparison by the cells' types that implement the interface, so
// a method that makes a later type implement it changes the rewrite.
// Comparisons with nil (err != nil) are left out: the pass leaves them.
func comparesValues(d decl) bool {
	if d.pre == "" || len(d.keys) != 1 || !isFuncKey(d.keys[0]) {
		return false
	}
	src := strings.NewReplacer("== nil", "", "!= nil", "").Replace(d.pre)
	return strings.Contains(src, "==") || strings.Contains(src, "!=")
}

// interfaceMethod reports whether an interface type the session or ds
// declare may list the method m (its declaration names m).
func (s *Session) interfaceMethod(m string, ds []decl) bool {
	for _, list := range [][]decl{s.decls, ds} {
		for _, d := range list {
			if d.refs[m] && strings.Contains(d.src, "interface") && len(d.keys) > 0 && strings.HasPrefix(d.keys[0], "type:") {
				return true
			}
		}
	}
	return false
}

// withPre gives each function or method of ds (a chunk's declarations, as
// rewritten) its source as given to the passes, found in pre.
func withPre(ds []decl, pre string) {
	if !slices.ContainsFunc(ds, func(d decl) bool { return len(d.keys) == 1 && isFuncKey(d.keys[0]) }) {
		return // nothing to give a source: no parse
	}
	before, err := parseDecls(pre)
	if err != nil {
		return
	}
	byKey := map[string]string{}
	for _, d := range before {
		if len(d.keys) == 1 {
			byKey[d.keys[0]] = d.src
		}
	}
	for i, d := range ds {
		if len(d.keys) == 1 && isFuncKey(d.keys[0]) {
			ds[i].pre = byKey[d.keys[0]]
		}
	}
}

// withTyped gives the declarations among ds whose types the rewrite
// erased for yaegi (rewrite.ErasedMark: a struct's fields, a func type's
// result, a function's result) the source pre, the chunk before its
// rewrite, gives them, for the type checker.
func withTyped(ds []decl, pre string) {
	if !slices.ContainsFunc(ds, func(d decl) bool { return strings.Contains(d.src, rewrite.ErasedMark) }) {
		return
	}
	before, err := parseDecls(pre)
	if err != nil {
		return
	}
	for i, d := range ds {
		if !strings.Contains(d.src, rewrite.ErasedMark) {
			continue
		}
		for _, b := range before {
			if slices.Equal(b.keys, d.keys) {
				ds[i].typed = b.src
			}
		}
	}
}

// withWrittenVars gives the variable declarations among ds that name
// concrete copies of generic types (var r Resultᐸintᐳ, mono.go) their
// source as written (var r Result[int]) for the type checker, which sees
// the statements that use them as written too (record): with the copy's
// type, a later d := Map(r, f) failed to infer, d had no type, and
// fmt.Println(d) printed d's fields where Go calls its String method.
func withWrittenVars(ds []decl, written string) {
	if !slices.ContainsFunc(ds, func(d decl) bool { return varsOnly(d) && strings.Contains(d.src, monoOpen) }) {
		return
	}
	before, err := parseDecls(written)
	if err != nil {
		return
	}
	for i, d := range ds {
		if !varsOnly(d) || !strings.Contains(d.src, monoOpen) || d.typed != "" {
			continue
		}
		for _, b := range before {
			if slices.Equal(b.keys, d.keys) && !strings.Contains(b.src, monoOpen) {
				ds[i].typed = b.src
			}
		}
	}
}

// varsOnly reports whether d declares variables only.
func varsOnly(d decl) bool {
	return len(d.keys) > 0 && !slices.ContainsFunc(d.keys, func(k string) bool { return !strings.HasPrefix(k, "var:") })
}

func isFuncKey(k string) bool {
	return strings.HasPrefix(k, "func:") || strings.HasPrefix(k, "method:")
}

// staleDecls rewrites again, in the session as it is now, the earlier
// functions and methods that use rewriteUsers or compare values (all but those of the keys
// in skip), and returns the declarations of those whose rewrite changed,
// with their names. Generic functions and the methods of generic types
// are left as they are: their calls run concrete copies (mono.go), each
// rewritten when it is made, and declaring them again rebuilt the session
// (resetting the variables cells had set) each time a cell instantiated
// a generic type with a String method.
func (s *Session) staleDecls(skip map[string]bool) (fresh []decl, names []string) {
	for _, d := range s.decls {
		if d.pre == "" || d.generic != "" || d.genericMethod || skip[d.keys[0]] || !usesAny(d.refs, rewriteUsers) && !comparesValues(d) {
			continue
		}
		if w := s.natives.wrappedDecl(d.src); w != d.src {
			continue // compiled by package native
		}
		src, err := s.rewrite(d.pre, false)
		if err != nil {
			continue
		}
		again, err := parseDecls(src)
		if err != nil {
			continue
		}
		changed := false
		for _, a := range again {
			if len(a.keys) == 1 && a.keys[0] == d.keys[0] {
				changed = a.src != d.src
			}
		}
		if !changed {
			continue
		}
		withPre(again, d.pre)
		fresh = append(fresh, again...)
		_, name, _ := strings.Cut(d.keys[0], ":")
		names = append(names, name)
	}
	return fresh, names
}

func usesAny(refs map[string]bool, ids []string) bool {
	for _, id := range ids {
		if refs[id] {
			return true
		}
	}
	return false
}

// refreshStale declares again the earlier functions and methods whose
// rewrite changed now that the chunk ch (its declarations ds) declared
// the methods added. A failure leaves the session as it was, with a note.
func (s *Session) refreshStale(ctx context.Context, ds []decl, added []string, code string, ch source.Chunk) {
	if len(added) == 0 {
		return
	}
	skip := map[string]bool{}
	for _, d := range ds {
		for _, k := range d.keys {
			skip[k] = true
		}
	}
	fresh, names := s.staleDecls(skip)
	if len(fresh) == 0 {
		return
	}
	why := strings.Join(names, ", ") + " (compiled again for " + strings.Join(added, ", ") + ")"
	if e := s.rebuild(ctx, fresh, []string{why}, s.out, code, ch.Src, ch.Line, ch.Col); e != nil {
		fmt.Fprintf(s.out.Stderr(), "gopad: %s still use%s the declarations of before %s: %s\n",
			strings.Join(names, ", "), plural(len(names)), strings.Join(added, ", "), e.Value)
		return
	}
	s.registerTypes(ctx, s.decls) // a fresh interpreter
}

// plural is the verb ending for n subjects.
func plural(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}
