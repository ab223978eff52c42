package interp

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

var (
	docMu    sync.Mutex
	docCache = map[string]*doc.Package{}
)

// stdDoc returns the doc comment of name in the standard-library package
// with import path pkg (the package's own doc when name is ""), read from
// GOROOT's sources. It returns "" when the sources are not installed.
func stdDoc(pkg, name string) string {
	p := loadDoc(pkg)
	if p == nil {
		return ""
	}
	if name == "" {
		return strings.TrimSpace(p.Doc)
	}
	for _, f := range p.Funcs {
		if f.Name == name {
			return strings.TrimSpace(f.Doc)
		}
	}
	for _, t := range p.Types {
		if t.Name == name {
			return strings.TrimSpace(t.Doc)
		}
		for _, f := range t.Funcs {
			if f.Name == name {
				return strings.TrimSpace(f.Doc)
			}
		}
	}
	for _, vs := range [][]*doc.Value{p.Vars, p.Consts} {
		for _, v := range vs {
			for _, n := range v.Names {
				if n == name {
					return strings.TrimSpace(v.Doc)
				}
			}
		}
	}
	return ""
}

func loadDoc(pkg string) *doc.Package {
	docMu.Lock()
	defer docMu.Unlock()
	if p, ok := docCache[pkg]; ok {
		return p
	}
	docCache[pkg] = nil
	dir := filepath.Join(runtime.GOROOT(), "src", filepath.FromSlash(pkg))
	if _, err := os.Stat(dir); err != nil {
		return nil
	}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.ParseComments)
	if err != nil && len(pkgs) == 0 {
		return nil
	}
	for _, ap := range pkgs {
		files := make([]*ast.File, 0, len(ap.Files))
		for _, f := range ap.Files {
			files = append(files, f)
		}
		p, err := doc.NewFromFiles(fset, files, pkg)
		if err == nil {
			docCache[pkg] = p
			return p
		}
	}
	return nil
}
