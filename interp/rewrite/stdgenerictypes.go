package rewrite

import (
	"go/ast"
	"go/printer"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// stdGenericTypeContext declares, for go/types, the session's names of the
// standard library's generic types (stdGenericUses writes them into the
// declarations it rewrites, and a later chunk checks against those) as
// aliases of the types they stand for:
//
//	type gopadStd_sync_atomic_Pointer[gopadT any] = gopadStdTypes_sync_atomic.Pointer[gopadT]
//
// Without them a variable declared as atomic.Pointer[T] in one chunk has
// no type in the next, and every typed pass skips what reads it (%+v of
// *p.Load() printed yaegi's X-prefixed field names). The aliases give the
// later chunk the types the declaring chunk saw. The result is an import
// declaration (the session's file only) and the aliases.
var stdGenericTypeContext = sync.OnceValues(func() (string, string) {
	decls := StdGenericDecls()
	keys := make([]string, 0, len(decls))
	for k := range decls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var paths []string
	var aliases strings.Builder
	for _, key := range keys {
		ts, ok := decls[key].(*ast.TypeSpec)
		if !ok || ts.TypeParams == nil {
			continue
		}
		i := strings.LastIndex(key, ".")
		path, name := key[:i], key[i+1:]
		if !slices.Contains(paths, path) {
			paths = append(paths, path)
		}
		var params, args []string
		for _, f := range ts.TypeParams.List {
			var c strings.Builder
			if err := printer.Fprint(&c, token.NewFileSet(), f.Type); err != nil {
				panic("StdGenericSource: " + err.Error())
			}
			for _, n := range f.Names {
				params = append(params, n.Name+" "+c.String())
				args = append(args, n.Name)
			}
		}
		aliases.WriteString("type " + ts.Name.Name + "[" + strings.Join(params, ", ") + "] = " +
			stdTypesImportName(path) + "." + name + "[" + strings.Join(args, ", ") + "]\n")
	}
	var imports strings.Builder
	sort.Strings(paths)
	for _, p := range paths {
		imports.WriteString("import " + stdTypesImportName(p) + " " + strconv.Quote(p) + "\n")
	}
	return imports.String(), aliases.String()
})

// stdTypesImportName is the session file's name for import path p.
func stdTypesImportName(p string) string {
	return "gopadStdTypes_" + strings.ReplaceAll(p, "/", "_")
}

// withStdGenericTypes returns the session's declarations for the check,
// with the aliases of stdGenericTypeContext after them when they use one.
func withStdGenericTypes(imports, decls string) string {
	text := "package p\n" + imports + decls
	if !strings.Contains(decls, "gopadStd_") {
		return text
	}
	imp, aliases := stdGenericTypeContext()
	return "package p\n" + imports + imp + decls + aliases
}
