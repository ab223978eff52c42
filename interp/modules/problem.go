package modules

import (
	"bufio"
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// problemFile, in a package's GoPath/src directory, holds why the package
// cannot be interpreted.
const problemFile = ".gopad-problem"

// problemOf says why the interpreter cannot run package p by itself ("" if
// it can).
func (m *Manager) problemOf(p *goPackage) string {
	if len(p.CgoFiles) > 0 || usesCgoOnly(p) {
		return "uses cgo"
	}
	if len(p.SFiles) > 0 {
		return "uses assembly (" + fileList(p.SFiles) + ")"
	}
	for _, imp := range p.Imports {
		if imp == "C" {
			return "uses cgo"
		}
		if imp == "unsafe" {
			return "uses unsafe"
		}
		if why := m.unavailable(imp); why != "" {
			return "imports " + imp + ", which the interpreter does not provide (" + why + "),"
		}
	}
	return ""
}

// fileList names a few files: "a.s, b.s and 24 more .s files".
func fileList(files []string) string {
	const show = 3
	if len(files) <= show {
		return strings.Join(files, ", ")
	}
	return fmt.Sprintf("%s and %d more %s files", strings.Join(files[:show-1], ", "), len(files)-show+1, filepath.Ext(files[0]))
}

// pureGoByTags reports whether p, listed with buildTags, leaves out
// assembly that a build without those tags would use: the tags chose its
// pure-Go variant.
func pureGoByTags(p *goPackage) bool {
	ctx := build.Default
	ctx.CgoEnabled = false
	for _, f := range p.IgnoredOtherFiles {
		if !strings.HasSuffix(f, ".s") {
			continue
		}
		if ok, err := ctx.MatchFile(p.Dir, f); err == nil && ok {
			return true
		}
	}
	return false
}

// usesCgoOnly reports whether p, listed with cgo off, left out cgo files
// that a cgo build would use without having a pure-Go fallback (a file
// constrained by !cgo).
func usesCgoOnly(p *goPackage) bool {
	ctx := build.Default
	ctx.CgoEnabled = true
	ctx.BuildTags = append(ctx.BuildTags, strings.Split(buildTags, ",")...)
	cgo := false
	for _, f := range p.IgnoredGoFiles {
		if ok, err := ctx.MatchFile(p.Dir, f); err != nil || !ok {
			continue
		}
		if importsC(filepath.Join(p.Dir, f)) {
			cgo = true
			break
		}
	}
	if !cgo {
		return false
	}
	if p.Error != nil || len(p.GoFiles) == 0 {
		return true
	}
	for _, f := range p.GoFiles {
		if hasNotCgoConstraint(filepath.Join(p.Dir, f)) {
			return false
		}
	}
	return true
}

func importsC(file string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

func hasNotCgoConstraint(file string) bool {
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(l, "package ") {
			break
		}
		if (strings.HasPrefix(l, "//go:build") || strings.HasPrefix(l, "// +build")) && strings.Contains(l, "!cgo") {
			return true
		}
	}
	return false
}
