package interp

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/gopad/gopad/interp/modules"
)

// These tests run the go command; they need the Go module proxy (or a
// module cache that already holds github.com/google/uuid v1.6.0).

func skipModules(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the go command and may fetch modules")
	}
	if _, err := modules.GoTool(); err != nil {
		t.Skip(err)
	}
}

const uuidCell = "import \"github.com/google/uuid\"\nuuid.NewSHA1(uuid.NameSpaceURL, []byte(\"x\")).String()"

func TestGoGet(t *testing.T) {
	skipModules(t)
	ctx := context.Background()
	s := newSession(t)
	rec := &recorder{}
	if e := s.goMagic(ctx, "get github.com/google/uuid@v1.6.0", recOutput{rec}); e != nil {
		t.Fatalf("%%go get: %v\nstderr: %s", e, rec.errOut())
	}
	res, r := run(t, s, uuidCell)
	if res.Err != nil {
		t.Fatalf("cell: %v\nstderr: %s", res.Err, r.errOut())
	}
	if want := uuid.NewSHA1(uuid.NameSpaceURL, []byte("x")).String(); text(res) != want {
		t.Errorf("cell = %q, want %q", text(res), want)
	}

	rec = &recorder{}
	if e := s.goMagic(ctx, "list", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	if !strings.Contains(rec.out(), "github.com/google/uuid v1.6.0\n") {
		t.Errorf("%%go list = %q, want github.com/google/uuid v1.6.0", rec.out())
	}
	rec = &recorder{}
	if e := s.goMagic(ctx, "mod", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	if !strings.Contains(rec.out(), "module gopad.session") || !strings.Contains(rec.out(), "github.com/google/uuid v1.6.0") {
		t.Errorf("%%go mod = %q", rec.out())
	}

	// %go write, then a session in that directory starts from its versions.
	dir := t.TempDir()
	rec = &recorder{}
	if e := s.goMagic(ctx, "write "+dir, recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%%go write: %v", err)
		}
	}
	s2, err := New(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	rec = &recorder{}
	if e := s2.goMagic(ctx, "list", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	if !strings.Contains(rec.out(), "github.com/google/uuid v1.6.0") {
		t.Errorf("a session started next to the written go.mod lists %q", rec.out())
	}
	// It does not overwrite another module's go.mod.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "go.mod"), []byte("module example.com/mine\n"), 0o644)
	if e := s.goMagic(ctx, "write "+other, recOutput{&recorder{}}); e == nil || !strings.Contains(e.Value, "example.com/mine") {
		t.Errorf("%%go write over another module's go.mod: %v", e)
	}
}

func TestAutoFetch(t *testing.T) {
	skipModules(t)
	ctx := context.Background()
	s := newSession(t)
	rec := &recorder{}
	if e := s.ensureImport(ctx, "github.com/google/uuid", recOutput{rec}); e != nil {
		t.Fatalf("ensureImport: %v\nstderr: %s", e, rec.errOut())
	}
	if !strings.Contains(rec.errOut(), "gopad: fetching github.com/google/uuid") {
		t.Errorf("stderr = %q, want a fetching line", rec.errOut())
	}
	res, r := run(t, s, uuidCell)
	if res.Err != nil {
		t.Fatalf("cell: %v\nstderr: %s", res.Err, r.errOut())
	}
	if want := uuid.NewSHA1(uuid.NameSpaceURL, []byte("x")).String(); text(res) != want {
		t.Errorf("cell = %q, want %q", text(res), want)
	}
	// A second time is a no-op: no go command.
	rec = &recorder{}
	if e := s.ensureImport(ctx, "github.com/google/uuid", recOutput{rec}); e != nil || rec.errOut() != "" {
		t.Errorf("second ensureImport: %v, stderr %q", e, rec.errOut())
	}
	// Standard library and gopad's own packages are not fetched.
	for _, p := range []string{"fmt", "net/http", "github.com/gopad/gopad/interp/display"} {
		if e := s.ensureImport(ctx, p, recOutput{rec}); e != nil || rec.errOut() != "" {
			t.Errorf("ensureImport(%s): %v, stderr %q", p, e, rec.errOut())
		}
	}
	// A package that does not exist gives go's error.
	rec = &recorder{}
	e := s.ensureImport(ctx, "github.com/gopad/no-such-module-here/pkg", recOutput{rec})
	if e == nil || e.Name != "ImportError" || !strings.Contains(e.Value, "cannot fetch github.com/gopad/no-such-module-here/pkg") {
		t.Errorf("ensureImport of a missing module: %v", e)
	}
}

func TestGoGetOffline(t *testing.T) {
	skipModules(t)
	ctx := context.Background()
	// Make sure the module cache has the module, then go offline.
	if e := newSession(t).goMagic(ctx, "get github.com/google/uuid@v1.6.0", recOutput{&recorder{}}); e != nil {
		t.Fatal(e)
	}
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	s := newSession(t)
	rec := &recorder{}
	if e := s.goMagic(ctx, "get github.com/google/uuid@v1.6.0", recOutput{rec}); e != nil {
		t.Fatalf("offline %%go get of a cached module: %v\n%s", e, rec.errOut())
	}
	if res, r := run(t, s, uuidCell); res.Err != nil {
		t.Fatalf("cell: %v\n%s", res.Err, r.errOut())
	}
	e := s.goMagic(ctx, "get github.com/google/uuid@v1.99.0", recOutput{&recorder{}})
	if e == nil || !strings.Contains(e.Value, "GOPROXY=off") {
		t.Errorf("offline %%go get of a missing version: %v", e)
	}
	e = s.ensureImport(ctx, "example.com/not/cached", recOutput{&recorder{}})
	if e == nil || !strings.Contains(e.Value, "GOPROXY=off") {
		t.Errorf("offline import of a missing module: %v", e)
	}
}

// TestUninterpretable: a cell's import of a package the interpreter cannot
// run fails with an ImportError (the reasons are tested in package
// modules), and a cgo package with a pure-Go fallback runs it.
func TestUninterpretable(t *testing.T) {
	skipModules(t)
	ctx := context.Background()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/native\n\ngo 1.21\n",
		"native.go": "package native\n\n// int add(int a, int b) { return a + b; }\nimport \"C\"\n\n" +
			"func Add(a, b int) int { return int(C.add(C.int(a), C.int(b))) }\n",
		"sys/sys.go":      "package sys\n\nimport \"syscall\"\n\nfunc PID() int { return syscall.Getpid() }\n",
		"both/cgo.go":     "//go:build cgo\n\npackage both\n\nimport \"C\"\n\nfunc Name() string { return \"cgo\" }\n",
		"both/nocgo.go":   "//go:build !cgo\n\npackage both\n\nfunc Name() string { return \"pure Go\" }\n",
		"both/ignored.go": "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := newSession(t)
	if e := s.moduleManager().Go(ctx, nil, "mod", "edit", "-require=example.com/native@v0.0.0", "-replace=example.com/native="+dir); e != nil {
		t.Fatal(e)
	}
	cases := []struct{ path, want string }{
		{"example.com/native", "package example.com/native uses cgo and cannot be interpreted by gopad"},
		// syscall is a package of the standard library the session leaves out.
		{"example.com/native/sys", "package example.com/native/sys imports syscall, which the interpreter does not provide"},
	}
	for _, c := range cases {
		res, r := run(t, s, "import \""+c.path+"\"")
		if res.Err == nil || res.Err.Name != "ImportError" || !strings.Contains(res.Err.Value, c.want) {
			t.Errorf("import %s: %v, want an ImportError %q\n%s", c.path, res.Err, c.want, r.errOut())
		}
	}
	// A package with a pure-Go fallback for !cgo is linked with it, and
	// its //go:build ignore file stays out.
	res, r := run(t, s, "import \"example.com/native/both\"\nboth.Name()")
	if res.Err != nil || text(res) != "pure Go" {
		t.Errorf("cell: %q %v\n%s", text(res), res.Err, r.errOut())
	}
}

// TestGoMagicErrors checks usage errors of %go.
func TestGoMagicErrors(t *testing.T) {
	s := newSession(t)
	ctx := context.Background()
	if e := s.goMagic(ctx, "get", recOutput{&recorder{}}); e == nil || e.Name != "ModuleError" || !strings.Contains(e.Value, "usage") {
		t.Errorf("%%go get without arguments: %v", e)
	}
	if e := s.goMagic(ctx, "frobnicate", recOutput{&recorder{}}); e == nil || !strings.Contains(e.Value, "unknown %go command") {
		t.Errorf("%%go frobnicate: %v", e)
	}
}

// TestCellImportsFetchModules: a cell that imports a package of a module
// the session does not have yet fetches it through the go command (shown
// under the cell) and runs it: golang.org/x/text/language, a large
// table-driven package, and a generic function of the cell's constrained by
// golang.org/x/exp/constraints. %go list then names both modules.
func TestCellImportsFetchModules(t *testing.T) {
	skipModules(t)
	s := newSession(t)
	res, r := run(t, s, "import \"golang.org/x/text/language\"\nlanguage.MustParse(\"en-us\").String()")
	if res.Err != nil || text(res) != "en-US" {
		t.Fatalf("x/text/language: %q, %v\nstderr: %s", text(res), res.Err, r.errOut())
	}
	if !strings.Contains(r.errOut(), "gopad: fetching golang.org/x/text/language") {
		t.Errorf("no progress shown for the fetch: %q", r.errOut())
	}
	res, r = run(t, s, "import \"golang.org/x/exp/constraints\"\n"+
		"func Sum[T constraints.Integer](xs ...T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n"+
		"Sum(1, 2, 3)")
	if res.Err != nil || text(res) != "6" {
		t.Fatalf("x/exp/constraints: %q, %v\nstderr: %s", text(res), res.Err, r.errOut())
	}
	rec := &recorder{}
	if e := s.goMagic(context.Background(), "list", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	for _, m := range []string{"golang.org/x/text v", "golang.org/x/exp v"} {
		if !strings.Contains(rec.out(), m) {
			t.Errorf("%%go list does not name %s...: %q", m, rec.out())
		}
	}
}

// TestInitOrder checks that package variables are initialized in Go's
// order, not yaegi's source order: a variable initialized by a call that
// reads a variable declared later, in another file.
func TestInitOrder(t *testing.T) {
	skipModules(t)
	ctx := context.Background()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/order\n\ngo 1.21\n",
		"a.go":   "package order\n\nimport \"strings\"\n\nvar A = f() + strings.Repeat(\"!\", 1)\n\nvar C = g()\n",
		"b.go":   "package order\n\nfunc f() string { return table[1] }\n\nfunc g() int { return D + 1 }\n",
		"c.go":   "package order\n\nvar table = []string{\"x\", \"y\"}\n\nvar D = 5\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := newSession(t)
	if e := s.moduleManager().Go(ctx, nil, "mod", "edit", "-require=example.com/order@v0.0.0", "-replace=example.com/order="+dir); e != nil {
		t.Fatal(e)
	}
	if e := s.ensureImport(ctx, "example.com/order", recOutput{&recorder{}}); e != nil {
		t.Fatal(e)
	}
	res, r := run(t, s, "import \"example.com/order\"\nimport \"fmt\"\nfmt.Sprint(order.A, order.C)")
	if res.Err != nil || text(res) != "y!6" {
		t.Errorf("cell = %q %v, want \"y!6\"\n%s", text(res), res.Err, r.errOut())
	}
}

// proxyModule is a module served by a test's file GOPROXY.
type proxyModule struct {
	path, version string
	files         map[string]string // go.mod included
}

// fileProxy serves mods from a GOPROXY folder, with a private module cache
// and no checksum database, so these tests need no network.
func fileProxy(t *testing.T, mods ...proxyModule) {
	t.Helper()
	dir := t.TempDir()
	for _, m := range mods {
		at := filepath.Join(dir, filepath.FromSlash(m.path), "@v")
		if err := os.MkdirAll(at, 0o755); err != nil {
			t.Fatal(err)
		}
		var zb bytes.Buffer
		zw := zip.NewWriter(&zb)
		for name, src := range m.files {
			w, err := zw.Create(m.path + "@" + m.version + "/" + name)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(w, src)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{
			"list":              []byte(m.version + "\n"),
			m.version + ".info": []byte(`{"Version":"` + m.version + `","Time":"2024-01-01T00:00:00Z"}`),
			m.version + ".mod":  []byte(m.files["go.mod"]),
			m.version + ".zip":  zb.Bytes(),
		} {
			if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Setenv("GOPROXY", "file://"+filepath.ToSlash(dir))
	t.Setenv("GOSUMDB", "off")
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOFLAGS", "-modcacherw")
}

// TestFailedImportLeavesNoModules: importing a package that cannot be
// interpreted fetches its module and the modules it needs, then gives them
// back: the session's go.mod is as before. The reason is said once, in the
// ImportError, not also on stderr.
func TestFailedImportLeavesNoModules(t *testing.T) {
	skipModules(t)
	fileProxy(t,
		proxyModule{"example.com/bad", "v1.0.0", map[string]string{
			"go.mod": "module example.com/bad\n\ngo 1.21\n\nrequire example.com/dep v1.0.0\n",
			"bad.go": "package bad\n\nimport \"example.com/dep\"\n\nfunc Size() uintptr { return dep.Size() }\n",
		}},
		proxyModule{"example.com/dep", "v1.0.0", map[string]string{
			"go.mod": "module example.com/dep\n\ngo 1.21\n",
			"dep.go": "package dep\n\nimport \"unsafe\"\n\nfunc Size() uintptr { var x int; return unsafe.Sizeof(x) }\n",
		}},
	)
	s := newSession(t)
	rec := &recorder{}
	if e := s.goMagic(context.Background(), "mod", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	before := rec.out()
	res, r := run(t, s, "import \"example.com/bad\"\nbad.Size()")
	const why = "imports example.com/dep, which uses unsafe"
	if res.Err == nil || res.Err.Name != "ImportError" || !strings.Contains(res.Err.Value, why) {
		t.Fatalf("import of a package that cannot be interpreted: %v\nstderr: %s", res.Err, r.errOut())
	}
	if strings.Contains(r.errOut(), "unsafe") {
		t.Errorf("the reason is shown twice, on stderr too:\n%s", r.errOut())
	}
	rec = &recorder{}
	if e := s.goMagic(context.Background(), "mod", recOutput{rec}); e != nil {
		t.Fatal(e)
	}
	if rec.out() != before {
		t.Errorf("go.mod after the failed import:\n%s\nwant it as before:\n%s", rec.out(), before)
	}
	// Asked again, the import fails the same way at once.
	res, _ = run(t, s, "import \"example.com/bad\"")
	if res.Err == nil || !strings.Contains(res.Err.Value, why) {
		t.Errorf("second import: %v", res.Err)
	}
}

// TestImportNeedsNoasm: a package whose assembly has a pure-Go fallback
// behind the noasm build tag is imported with the fallback, and gopad says
// so. Its module needs go 1.26.0, which makes go get change the session's
// go line: that bookkeeping is not shown, the download is. A package with
// only assembly is refused with a short list of its files.
func TestImportNeedsNoasm(t *testing.T) {
	skipModules(t)
	fileProxy(t, proxyModule{"example.com/fast", "v1.0.0", map[string]string{
		"go.mod":       "module example.com/fast\n\ngo 1.26.0\n",
		"fast.go":      "package fast\n\nfunc Add(a, b int) int { return add(a, b) }\n",
		"add_asm.go":   "//go:build !noasm\n\npackage fast\n\nfunc add(a, b int) int\n",
		"add.s":        "//go:build !noasm\n\n// assembly\n",
		"add_noasm.go": "//go:build noasm\n\npackage fast\n\nfunc add(a, b int) int { return a + b }\n",
		"asmonly/a.go": "package asmonly\n\nfunc Mul(a, b int) int\n",
		"asmonly/a1.s": "// assembly\n",
		"asmonly/a2.s": "// assembly\n",
		"asmonly/a3.s": "// assembly\n",
		"asmonly/a4.s": "// assembly\n",
		"asmonly/a5.s": "// assembly\n",
	}})
	s := newSession(t)
	res, r := run(t, s, "import \"example.com/fast\"\nfast.Add(2, 3)")
	if res.Err != nil || text(res) != "5" {
		t.Fatalf("fast.Add(2, 3) = %q, %v\nstderr: %s", text(res), res.Err, r.errOut())
	}
	for _, want := range []string{"go: downloading example.com/fast v1.0.0", "example.com/fast: using its pure-Go code (build tags purego, noasm)"} {
		if !strings.Contains(r.errOut(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.errOut())
		}
	}
	if strings.Contains(r.errOut(), "upgraded go") {
		t.Errorf("stderr shows the go command's bookkeeping:\n%s", r.errOut())
	}
	res, _ = run(t, s, "import \"example.com/fast/asmonly\"")
	if res.Err == nil || !strings.Contains(res.Err.Value, "uses assembly (a1.s, a2.s and 3 more .s files)") {
		t.Errorf("import of assembly without a fallback: %v", res.Err)
	}
}
