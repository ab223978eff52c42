package interp

import (
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
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
	dir := filepath.Join(goroot(), "src", filepath.FromSlash(pkg))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil
	}
	p, err := doc.NewFromFiles(fset, files, pkg)
	if err != nil {
		return nil
	}
	docCache[pkg] = p
	return p
}

var (
	gorootOnce sync.Once
	gorootDir  string
)

// goroot finds the Go installation whose sources hold the documentation:
// $GOROOT, else what the go command on PATH reports.
func goroot() string {
	gorootOnce.Do(func() {
		if gorootDir = os.Getenv("GOROOT"); gorootDir != "" {
			return
		}
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err == nil {
			gorootDir = strings.TrimSpace(string(out))
		}
	})
	return gorootDir
}
