package complete

import (
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

var (
	docMu    sync.Mutex
	docCache = map[string]*docPackage{}
)

// docPackage is a standard-library package's documentation, with the file
// set its declarations print with.
type docPackage struct {
	*doc.Package
	fset *token.FileSet
}

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

func loadDoc(pkg string) *docPackage {
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
	docCache[pkg] = &docPackage{p, fset}
	return docCache[pkg]
}

// stdFuncDecl returns the declaration of function name (or, with recv, of
// method recv.name) of the standard-library package pkg as go doc prints
// it, parameter names included: "func Fields(s string) []string". It
// returns "" when GOROOT's sources are not installed.
func stdFuncDecl(pkg, recv, name string) string {
	p := loadDoc(pkg)
	if p == nil {
		return ""
	}
	var fd *ast.FuncDecl
	for _, f := range p.Funcs {
		if recv == "" && f.Name == name {
			fd = f.Decl
		}
	}
	for _, t := range p.Types {
		for _, f := range t.Funcs {
			if recv == "" && f.Name == name {
				fd = f.Decl
			}
		}
		for _, f := range t.Methods {
			if t.Name == recv && f.Name == name {
				fd = f.Decl
			}
		}
	}
	if fd == nil {
		return ""
	}
	bare := *fd
	bare.Doc, bare.Body = nil, nil
	var b strings.Builder
	if err := printer.Fprint(&b, p.fset, &bare); err != nil {
		return ""
	}
	return b.String()
}

// stdMethodDoc returns the doc comment of method recv.name in pkg.
func stdMethodDoc(pkg, recv, name string) string {
	p := loadDoc(pkg)
	if p == nil {
		return ""
	}
	for _, t := range p.Types {
		if t.Name != recv {
			continue
		}
		for _, f := range t.Methods {
			if f.Name == name {
				return strings.TrimSpace(f.Doc)
			}
		}
	}
	return ""
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

// StdDocs reports whether the standard library's documentation can be
// read: GOROOT's sources are installed.
func StdDocs() bool {
	_, err := os.Stat(filepath.Join(goroot(), "src", "strings", "strings.go"))
	return err == nil
}
