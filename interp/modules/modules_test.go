package modules

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// These tests need the go command but no network: their modules are
// local folders, added to the session's module with a replace directive.

func skipNoGo(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the go command")
	}
	if _, err := GoTool(); err != nil {
		t.Skip(err)
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// localModule returns a Manager whose session module requires the module
// path, served from a folder holding files.
func localModule(t *testing.T, path string, files map[string]string) *Manager {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	m := New(Config{GoPath: t.TempDir(), WorkDir: t.TempDir(),
		Unavailable: func(p string) string {
			if p == "syscall" {
				return "not in the sandbox"
			}
			return ""
		}})
	if err := m.Go(context.Background(), nil, "mod", "edit", "-require="+path+"@v0.0.0", "-replace="+path+"="+dir); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMagicErrors(t *testing.T) {
	m := New(Config{GoPath: t.TempDir()})
	var out bytes.Buffer
	err := m.Magic(context.Background(), "get", &out, &out)
	if e, ok := err.(*Error); !ok || e.Kind != ModuleError || !strings.Contains(e.Msg, "usage") {
		t.Errorf("%%go get without arguments: %v", err)
	}
	err = m.Magic(context.Background(), "frobnicate", &out, &out)
	if e, ok := err.(*Error); !ok || e.Kind != ModuleError || !strings.Contains(e.Msg, "unknown %go command \"frobnicate\"") {
		t.Errorf("%%go frobnicate: %v", err)
	}
	out.Reset()
	if err := m.Magic(context.Background(), "help", &out, &out); err != nil || out.String() != Help {
		t.Errorf("%%go help = %q, %v", out.String(), err)
	}
}

func TestNeedsFetch(t *testing.T) {
	for p, want := range map[string]bool{"fmt": false, "C": false, "net/http": false,
		"github.com/gopad/gopad/interp/display": false, "github.com/gopad/gopad": false,
		"github.com/google/uuid": true, "golang.org/x/text/width": true, "example.com/m": true} {
		if NeedsFetch(p) != want {
			t.Errorf("NeedsFetch(%s) = %v", p, !want)
		}
	}
}

// TestProblems: packages the interpreter cannot run are not linked; a
// marker says why, also for the packages that import them, and %go get
// lists them on stderr.
func TestProblems(t *testing.T) {
	skipNoGo(t)
	m := localModule(t, "example.com/native", map[string]string{
		"go.mod":          "module example.com/native\n\ngo 1.21\n",
		"native.go":       "package native\n\n// int add(int a, int b) { return a + b; }\nimport \"C\"\n\nfunc Add(a, b int) int { return int(C.add(C.int(a), C.int(b))) }\n",
		"user/user.go":    "package user\n\nimport \"example.com/native\"\n\nfunc Three() int { return native.Add(1, 2) }\n",
		"asm/asm.go":      "package asm\n\nfunc Add(a, b int) int\n",
		"asm/asm.s":       "// assembly\n",
		"ptr/ptr.go":      "package ptr\n\nimport \"unsafe\"\n\nfunc Size() uintptr { var x int; return unsafe.Sizeof(x) }\n",
		"sys/sys.go":      "package sys\n\nimport \"syscall\"\n\nfunc PID() int { return syscall.Getpid() }\n",
		"both/cgo.go":     "//go:build cgo\n\npackage both\n\nimport \"C\"\n\nfunc Name() string { return \"cgo\" }\n",
		"both/nocgo.go":   "//go:build !cgo\n\npackage both\n\nfunc Name() string { return \"pure Go\" }\n",
		"both/ignored.go": "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
	})
	ctx := context.Background()
	cases := map[string]string{
		"example.com/native":      "package example.com/native uses cgo and cannot be interpreted by gopad",
		"example.com/native/user": "imports example.com/native, which uses cgo, and cannot be interpreted",
		"example.com/native/asm":  "uses assembly (asm.s) and cannot be interpreted",
		"example.com/native/ptr":  "uses unsafe and cannot be interpreted",
		"example.com/native/sys":  "imports syscall, which the interpreter does not provide (not in the sandbox), and cannot",
	}
	for path, want := range cases {
		err := m.EnsureImport(ctx, path, &bytes.Buffer{})
		if e, ok := err.(*Error); !ok || e.Kind != ImportError || !strings.Contains(e.Msg, want) {
			t.Errorf("EnsureImport(%s) = %v, want %q", path, err, want)
		}
		if got := m.Problem(path); !strings.Contains(got, want) {
			t.Errorf("Problem(%s) = %q, want %q", path, got, want)
		}
		if gofiles, _ := filepath.Glob(filepath.Join(m.srcDir(path), "*.go")); len(gofiles) > 0 {
			t.Errorf("%s, which cannot be interpreted, has files linked: %v", path, gofiles)
		}
	}
	// The pure-Go fallback of a cgo package is linked, alone.
	if err := m.EnsureImport(ctx, "example.com/native/both", &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	gofiles, _ := filepath.Glob(filepath.Join(m.srcDir("example.com/native/both"), "*.go"))
	if len(gofiles) != 1 || filepath.Base(gofiles[0]) != "nocgo.go" {
		t.Errorf("linked for both: %v, want nocgo.go alone", gofiles)
	}
	var stderr bytes.Buffer
	if err := m.Magic(ctx, "get example.com/native@v0.0.0", &bytes.Buffer{}, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "gopad: example.com/native/asm cannot be interpreted: it uses assembly") {
		t.Errorf("%%go get stderr = %q, want the packages that cannot be interpreted", stderr.String())
	}
}

// TestMergedSource: a package whose variable initializers read, through
// functions, variables declared later (in files sorted after theirs) is
// merged into one file with its variables in Go's order; a package whose
// source order is right is linked as it is.
func TestMergedSource(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.go": "package order\n\nimport \"strings\"\n\nvar A = f() + strings.Repeat(\"!\", 1)\n\nvar C = g()\n",
		"b.go": "package order\n\nimport str \"strings\"\n\nfunc f() string { return str.ToUpper(table[1]) }\n\nfunc g() int { return D + 1 }\n",
		"c.go": "package order\n\nvar table = []string{\"x\", \"y\"}\n\nvar D = 5\n",
	})
	p := &goPackage{ImportPath: "example.com/order", Name: "order", Dir: dir, GoFiles: []string{"a.go", "b.go", "c.go"}}
	src := string(mergedSource(p))
	var order []string
	for _, l := range strings.Split(src, "\n") {
		if name, ok := strings.CutPrefix(l, "var "); ok {
			order = append(order, strings.Fields(name)[0])
		}
	}
	if got := strings.Join(order, " "); got != "table A D C" {
		t.Errorf("variables in the merged source: %s, want table A D C (Go's order)\n%s", got, src)
	}
	for _, want := range []string{"package order\n", "\t\"strings\"\n", "\tstr \"strings\"\n", "func f() string", "// " + filepath.Join(dir, "b.go") + ":7\nfunc g()"} {
		if !strings.Contains(src, want) {
			t.Errorf("merged source lacks %q:\n%s", want, src)
		}
	}

	p.GoFiles = []string{"c.go", "b.go"}
	if src := mergedSource(p); src != nil {
		t.Errorf("a package in the right order is merged:\n%s", src)
	}
}

// TestMergeRefusesClashingImports: two files that bind one name to two
// packages cannot share a file.
func TestMergeRefusesClashingImports(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.go": "package p\n\nimport rand \"math/rand\"\n\nvar A = f()\n\nvar _ = rand.Int\n",
		"b.go": "package p\n\nimport rand \"crypto/rand\"\n\nvar _ = rand.Reader\n\nfunc f() int { return B }\n\nvar B = 1\n",
	})
	p := &goPackage{ImportPath: "example.com/p", Name: "p", Dir: dir, GoFiles: []string{"a.go", "b.go"}}
	if src := mergedSource(p); src != nil {
		t.Errorf("merged despite clashing imports:\n%s", src)
	}
}
