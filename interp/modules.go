package interp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/kernel/engine"
)

// Third-party packages. yaegi reads the sources of a non-standard package
// from a GOPATH layout (GoPath/src/IMPORT/PATH) and knows nothing of modules.
// The session therefore keeps a module of its own (GoPath/gopad-module, with
// a go.mod "module gopad.session") in which the Go toolchain resolves,
// downloads and verifies modules (go get, respecting GOPROXY, GOPRIVATE,
// GOFLAGS, GOMODCACHE...). Then `go list` names, for each package needed,
// the files that build on this machine; they are linked (or copied) one by
// one into GoPath/src, so that files excluded by build constraints, which
// yaegi would not filter out, never reach it. Packages the interpreter cannot
// run (cgo, assembly, unsafe...) are not linked: a marker file records why,
// for importProblem.

// sessionModule is the module path of the session's module.
const sessionModule = "gopad.session"

// goTimeout bounds every go command the session runs.
const goTimeout = 2 * time.Minute

// problemFile, in a package's GoPath/src directory, holds why the package
// cannot be interpreted.
const problemFile = ".gopad-problem"

// goHelp describes the %go magic.
const goHelp = `%go get MODULE[@VERSION] ...  fetch modules (or packages) for cells to import
%go list                      the modules the session uses, with their versions
%go mod                       print the session's go.mod
%go write [DIR]               write go.mod and go.sum to DIR (default: the working directory)
`

// goMagic runs a %go line: get, list, mod, write.
func (s *Session) goMagic(ctx context.Context, arg string, out engine.Output) *engine.Error {
	sub, rest, _ := strings.Cut(strings.TrimSpace(arg), " ")
	rest = strings.TrimSpace(rest)
	switch sub {
	case "get":
		return s.goGet(ctx, rest, out)
	case "list":
		return s.goList(ctx, out)
	case "mod":
		return s.goMod(ctx, out)
	case "write":
		return s.goWrite(ctx, rest, out)
	case "", "help":
		io.WriteString(out.Stdout(), goHelp)
		return nil
	}
	return moduleError("unknown %go command " + strconv.Quote(sub) + "; try:\n" + goHelp)
}

func moduleError(msg string) *engine.Error {
	msg = strings.TrimSpace(msg)
	first, _, _ := strings.Cut(msg, "\n")
	tb := []string{red(engine.ErrModule) + ": " + first}
	if rest := strings.TrimPrefix(msg, first); rest != "" {
		tb = append(tb, strings.Split(strings.TrimPrefix(rest, "\n"), "\n")...)
	}
	return engine.NewError(engine.ErrModule, msg, tb...)
}

func importError(msg string) *engine.Error {
	return engine.NewError(engine.ErrImport, msg)
}

// goGet fetches modules or packages (go get's arguments, such as
// github.com/google/uuid@v1.6.0) into the session's module and links their
// packages into the session's GOPATH.
func (s *Session) goGet(ctx context.Context, args string, out engine.Output) *engine.Error {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		return moduleError("usage: %go get MODULE[@VERSION] ...")
	}
	if err := s.goCommand(ctx, out.Stderr(), append([]string{"get"}, fields...)...); err != nil {
		return err
	}
	var patterns []string
	for _, f := range fields {
		if strings.HasPrefix(f, "-") {
			continue
		}
		p, v, _ := strings.Cut(f, "@")
		if v == "none" || p == "" {
			continue
		}
		patterns = append(patterns, p+"/...")
	}
	if len(patterns) == 0 {
		return nil
	}
	pkgs, err := s.listPackages(ctx, patterns...)
	if err != nil {
		return err
	}
	s.linkPackages(pkgs, out, true)
	return nil
}

// ensureImport makes the third-party package path importable: when it is
// not linked into the session's GOPATH yet, it is resolved in the session's
// module (fetched with go get PATH@latest if no module provides it) and
// linked. It returns an ImportError when the package cannot be fetched or
// cannot be interpreted. Standard-library paths, gopad's own packages and
// packages compiled into the kernel are left alone.
func (s *Session) ensureImport(ctx context.Context, path string, out engine.Output) *engine.Error {
	if !needsFetch(path) || s.members(path) != nil {
		return nil
	}
	if why := s.importProblem(path); why != "" {
		return importError(why)
	}
	if s.linked(path) {
		return nil
	}
	pkgs, err := s.listPackages(ctx, path)
	if err != nil {
		return err
	}
	if p := find(pkgs, path); p == nil || p.Module == nil {
		// No module of the session provides it: fetch it, and forget the
		// modules fetched if the import fails after all.
		restore, serr := s.saveModFiles()
		if serr != nil {
			return moduleError(serr.Error())
		}
		if err := s.fetch(ctx, path, out); err != nil {
			restore()
			return err
		}
		if pkgs, err = s.listPackages(ctx, path); err != nil {
			restore()
			return err
		}
		if e := s.linkImported(pkgs, path, out); e != nil {
			restore()
			return e
		}
		return nil
	}
	return s.linkImported(pkgs, path, out)
}

// fetch runs go get PATH@latest, showing its progress.
func (s *Session) fetch(ctx context.Context, path string, out engine.Output) *engine.Error {
	fmt.Fprintf(out.Stderr(), "gopad: fetching %s ...\n", path)
	err := s.goCommand(ctx, out.Stderr(), "get", path+"@latest")
	if err == nil || err.Name == "Interrupted" {
		return err
	}
	return importError("cannot fetch " + path + ": " + err.Value)
}

// linkImported links pkgs, listed for the import of path, and returns the
// ImportError of path if it cannot be imported.
func (s *Session) linkImported(pkgs []*goPackage, path string, out engine.Output) *engine.Error {
	s.linkPackages(pkgs, out, false)
	if why := s.importProblem(path); why != "" {
		return importError(why)
	}
	if p := find(pkgs, path); p == nil {
		return importError("no package " + path)
	} else if p.Error != nil {
		return importError(strings.TrimSpace(p.Error.Err))
	}
	return nil
}

// saveModFiles keeps the session module's go.mod and go.sum, and returns a
// function that puts them back: an import that fails leaves the session's
// modules as they were.
func (s *Session) saveModFiles() (restore func(), err error) {
	dir, err := s.moduleDir()
	if err != nil {
		return nil, err
	}
	saved := map[string][]byte{}
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		saved[name] = b // nil: the file did not exist
	}
	return func() {
		for name, b := range saved {
			if b == nil {
				os.Remove(filepath.Join(dir, name))
			} else {
				os.WriteFile(filepath.Join(dir, name), b, 0o644)
			}
		}
	}, nil
}

// needsFetch reports whether path names a package that comes from a module:
// not the standard library (whose first element has no dot), not gopad's
// own packages.
func needsFetch(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") || path == "C" {
		return false
	}
	return path != "github.com/gopad/gopad" && !strings.HasPrefix(path, "github.com/gopad/gopad/")
}

// importProblem says why the third-party package path cannot be
// interpreted, or returns "" when nothing is known against it.
func (s *Session) importProblem(path string) string {
	b, err := os.ReadFile(filepath.Join(s.srcDir(path), problemFile))
	if err != nil {
		return ""
	}
	return problemMessage(path, strings.TrimSpace(string(b)))
}

func problemMessage(path, reason string) string {
	return fmt.Sprintf("package %s %s and cannot be interpreted by gopad; "+
		"use a pure-Go alternative, or compile the package into the kernel with yaegi extract (see the README, \"Third-party packages\")",
		path, reason)
}

// linked reports whether path has files (or a problem) in the GOPATH.
func (s *Session) linked(path string) bool {
	entries, err := os.ReadDir(s.srcDir(path))
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".go") || e.Name() == problemFile) {
			return true
		}
	}
	return false
}

func (s *Session) srcDir(path string) string {
	return filepath.Join(s.opts.GoPath, "src", filepath.FromSlash(path))
}

// moduleDir returns the session's module folder, creating it when needed.
// A go.mod of gopad's (module gopad.session) in the working directory, as
// %go write leaves it, seeds it: the notebook's versions are used again.
func (s *Session) moduleDir() (string, error) {
	dir := filepath.Join(s.opts.GoPath, "gopad-module")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	gomod := []byte(fmt.Sprintf("module %s\n\ngo %s\n", sessionModule, goVersion()))
	if b, err := os.ReadFile(filepath.Join(s.workDir(), "go.mod")); err == nil && modulePath(b) == sessionModule {
		gomod = b
		if sum, err := os.ReadFile(filepath.Join(s.workDir(), "go.sum")); err == nil {
			if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
				return "", err
			}
		}
	}
	return dir, os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644)
}

// workDir is the directory cells run in (the notebook's).
func (s *Session) workDir() string {
	if s.opts.Dir != "" {
		return s.opts.Dir
	}
	wd, _ := os.Getwd()
	return wd
}

// goVersion is the language version of the session's module: the kernel's
// Go, major.minor.
func goVersion() string {
	v := strings.TrimPrefix(runtime.Version(), "go")
	parts := strings.SplitN(v, ".", 3)
	if len(parts) >= 2 {
		if _, err := strconv.Atoi(parts[1]); err == nil {
			if _, err := strconv.Atoi(parts[0]); err == nil {
				return parts[0] + "." + parts[1]
			}
		}
	}
	return "1.26"
}

func modulePath(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// goTool returns the go command: from PATH, else the kernel's GOROOT.
func goTool() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	roots := []string{os.Getenv("GOROOT")}
	//lint:ignore SA1019 the toolchain the kernel was built with is a fine fallback
	roots = append(roots, runtime.GOROOT())
	for _, root := range roots {
		if root == "" {
			continue
		}
		p := filepath.Join(root, "bin", "go")
		if runtime.GOOS == "windows" {
			p += ".exe"
		}
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", errors.New("the go command was not found (put Go's bin directory on PATH); gopad needs it to fetch third-party packages")
}

// goEnv is the environment of the go commands: the kernel's own (GOPROXY,
// GOPRIVATE, GOFLAGS, GOMODCACHE... as the user set them) with module mode
// forced on, workspaces off, no terminal prompts, and no automatic toolchain
// download unless GOTOOLCHAIN asks for one. cgo is off so that packages
// with a pure-Go fallback list their fallback files.
func goEnv() []string {
	env := append(os.Environ(), "GO111MODULE=on", "GOWORK=off", "GIT_TERMINAL_PROMPT=0", "GCM_INTERACTIVE=never", "CGO_ENABLED=0")
	if os.Getenv("GOTOOLCHAIN") == "" {
		env = append(env, "GOTOOLCHAIN=local")
	}
	return env
}

// runGo runs the go command in the session's module. stderr, when not nil,
// receives go's progress as it comes.
func (s *Session) runGo(ctx context.Context, stderr io.Writer, args ...string) ([]byte, *engine.Error) {
	dir, err := s.moduleDir()
	if err != nil {
		return nil, moduleError("creating the session's module: " + err.Error())
	}
	tool, err := goTool()
	if err != nil {
		return nil, moduleError(err.Error())
	}
	cctx, cancel := context.WithTimeout(ctx, goTimeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, tool, args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	cmd.WaitDelay = 2 * time.Second
	var stdout, errBuf bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &errBuf
	if stderr != nil {
		cmd.Stderr = io.MultiWriter(&errBuf, &progressWriter{w: stderr})
	}
	err = cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, engine.NewError(engine.ErrInterrupted, "go "+args[0]+" was interrupted")
	case cctx.Err() != nil:
		return nil, moduleError(fmt.Sprintf("go %s did not finish within %v\n%s", strings.Join(args, " "), goTimeout, goErrors(errBuf.String())))
	case err != nil:
		msg := goErrors(errBuf.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, moduleError(msg)
	}
	return stdout.Bytes(), nil
}

// goCommand runs a go command whose output is only progress.
func (s *Session) goCommand(ctx context.Context, stderr io.Writer, args ...string) *engine.Error {
	_, err := s.runGo(ctx, stderr, args...)
	return err
}

// goErrors keeps the go command's error lines (not its progress).
func goErrors(stderr string) string {
	var keep []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.HasPrefix(l, "go: downloading ") || strings.HasPrefix(l, "go: finding ") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

// progressWriter passes on the go command's progress lines (downloads,
// modules added or changed) as they come, and drops the rest: its errors,
// which the command's error reports once, and its notes about its own
// bookkeeping ("go: upgraded go 1.26 => 1.26.0").
type progressWriter struct {
	w       io.Writer
	partial []byte
}

func (p *progressWriter) Write(b []byte) (int, error) {
	p.partial = append(p.partial, b...)
	for {
		i := bytes.IndexByte(p.partial, '\n')
		if i < 0 {
			return len(b), nil
		}
		line := string(p.partial[:i+1])
		p.partial = p.partial[i+1:]
		if isProgress(line) {
			io.WriteString(p.w, line)
		}
	}
}

// isProgress reports whether a line of the go command's stderr tells of a
// download or of a module the command added, changed or removed.
func isProgress(line string) bool {
	if strings.HasPrefix(line, "go: downloading ") {
		return true
	}
	for _, verb := range []string{"added", "upgraded", "downgraded", "removed"} {
		if rest, ok := strings.CutPrefix(line, "go: "+verb+" "); ok {
			module, _, _ := strings.Cut(rest, " ")
			return module != "go" && module != "toolchain"
		}
	}
	return false
}

// goPackage is what go list says of a package.
type goPackage struct {
	ImportPath     string
	Name           string
	Dir            string
	Standard       bool
	GoFiles        []string
	CgoFiles       []string
	SFiles         []string
	IgnoredGoFiles []string
	// IgnoredOtherFiles holds the non-Go files left out by build
	// constraints, such as assembly that the build tags turned off.
	IgnoredOtherFiles []string
	Imports           []string
	Module            *struct {
		Path    string
		Version string
		Main    bool
	}
	Error *struct{ Err string }
}

// buildTags are the tags the session lists packages with: purego and noasm
// select the pure-Go variant of packages that offer one instead of
// assembly (golang.org/x/crypto uses purego, gonum noasm).
const buildTags = "purego,noasm"

// listPackages lists the packages matched by patterns and their
// dependencies, for this machine's GOOS and GOARCH, in dependency order.
func (s *Session) listPackages(ctx context.Context, patterns ...string) ([]*goPackage, *engine.Error) {
	args := append([]string{"list", "-e", "-deps", "-tags=" + buildTags,
		"-json=ImportPath,Name,Dir,Standard,GoFiles,CgoFiles,SFiles,IgnoredGoFiles,IgnoredOtherFiles,Imports,Module,Error"}, patterns...)
	b, err := s.runGo(ctx, nil, args...)
	if err != nil {
		return nil, err
	}
	var pkgs []*goPackage
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		p := new(goPackage)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, moduleError("reading go list's output: " + err.Error())
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

func find(pkgs []*goPackage, path string) *goPackage {
	for _, p := range pkgs {
		if p.ImportPath == path {
			return p
		}
	}
	return nil
}

// linkPackages links the third-party packages of pkgs (in dependency
// order) into the GOPATH, or records why they cannot be interpreted.
// Packages with errors (such as a module missing from the session) are
// left alone, for a later fetch. With report, the packages that cannot be
// interpreted are listed on stderr (else the caller's ImportError says it).
func (s *Session) linkPackages(pkgs []*goPackage, out engine.Output, report bool) {
	reasons := map[string]string{} // packages that cannot be interpreted
	broken := map[string]bool{}    // packages with errors
	var problems []string
	for _, p := range pkgs {
		if p.Standard || !needsFetch(p.ImportPath) || (p.Module != nil && p.Module.Main) {
			continue
		}
		reason := s.problemOf(p)
		if reason == "" && p.Error != nil {
			broken[p.ImportPath] = true
			continue
		}
		for _, imp := range p.Imports {
			if reason != "" {
				break
			}
			if r, ok := reasons[imp]; ok {
				reason = "imports " + imp + ", which " + strings.TrimSuffix(r, ",") + ","
			} else if broken[imp] {
				broken[p.ImportPath] = true
			}
		}
		if broken[p.ImportPath] && reason == "" {
			continue
		}
		if reason != "" {
			reasons[p.ImportPath] = reason
		}
		changed, err := s.link(p, reason)
		if err != nil {
			fmt.Fprintf(out.Stderr(), "gopad: linking %s: %v\n", p.ImportPath, err)
			continue
		}
		if reason != "" && report {
			problems = append(problems, p.ImportPath)
		}
		if changed && reason == "" && pureGoByTags(p) {
			fmt.Fprintf(out.Stderr(), "gopad: %s: using its pure-Go code (build tags %s) instead of its assembly\n", p.ImportPath, strings.ReplaceAll(buildTags, ",", ", "))
		}
		if changed && reason == "" && s.importedSpec(p.ImportPath) {
			fmt.Fprintf(out.Stderr(), "gopad: %s changed (%s); this session already imported it: %%reset to use the new version\n", p.ImportPath, moduleVersion(p))
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		fmt.Fprintf(out.Stderr(), "gopad: %s cannot be interpreted: it %s\n", p, strings.TrimSuffix(reasons[p], ","))
	}
}

func moduleVersion(p *goPackage) string {
	if p.Module == nil {
		return "no module"
	}
	return p.Module.Path + " " + p.Module.Version
}

// importedSpec reports whether a cell of the session imported path.
func (s *Session) importedSpec(path string) bool {
	for spec := range s.imported {
		if strings.Contains(spec, strconv.Quote(path)) {
			return true
		}
	}
	return false
}

// problemOf says why yaegi cannot run package p by itself ("" if it can).
func (s *Session) problemOf(p *goPackage) string {
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
		if why, ok := stdlib.Excluded[imp]; ok && s.members(imp) == nil {
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

// link makes GoPath/src/IMPORT/PATH hold p's Go files (symbolic links, or
// copies where links cannot be made), or only a problem marker when reason
// is not "". When yaegi, which initializes package variables in source
// order, would get their order wrong, the folder holds instead one file
// with the package's declarations, variables in Go's initialization order
// (see mergedSource). It reports whether the folder changed.
func (s *Session) link(p *goPackage, reason string) (bool, error) {
	dst := s.srcDir(p.ImportPath)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return false, err
	}
	type entry struct {
		target string // a file to link
		data   []byte // or the file's content
	}
	want := map[string]entry{}
	switch {
	case reason != "":
		want[problemFile] = entry{data: []byte(reason + "\n")}
	default:
		if src := mergedSource(p); src != nil {
			want[mergedFile] = entry{data: src}
			break
		}
		for _, f := range p.GoFiles {
			want[f] = entry{target: filepath.Join(p.Dir, f)}
		}
	}
	entries, err := os.ReadDir(dst)
	if err != nil {
		return false, err
	}
	same := true
	have := 0
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		have++
		w, ok := want[e.Name()]
		name := filepath.Join(dst, e.Name())
		switch {
		case !ok:
			same = false
		case w.data != nil:
			old, err := os.ReadFile(name)
			same = same && err == nil && bytes.Equal(old, w.data)
		default:
			target, err := os.Readlink(name)
			same = same && err == nil && target == w.target
		}
	}
	if same && have == len(want) {
		return false, nil
	}
	for _, e := range entries {
		if !e.IsDir() {
			if err := os.Remove(filepath.Join(dst, e.Name())); err != nil {
				return false, err
			}
		}
	}
	for name, w := range want {
		to := filepath.Join(dst, name)
		if w.data != nil {
			if err := os.WriteFile(to, w.data, 0o644); err != nil {
				return true, err
			}
			continue
		}
		if err := os.Symlink(w.target, to); err != nil {
			if err := copyFile(w.target, to); err != nil {
				return true, err
			}
		}
	}
	return true, nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// goList prints the modules the session uses and their versions.
func (s *Session) goList(ctx context.Context, out engine.Output) *engine.Error {
	b, err := s.runGo(ctx, out.Stderr(), "list", "-m", "-e",
		"-f", "{{if not .Main}}{{.Path}} {{.Version}}{{with .Replace}} => {{.Path}}{{with .Version}} {{.}}{{end}}{{end}}{{with .Error}} ({{.Err}}){{end}}{{end}}", "all")
	if err != nil {
		return err
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		io.WriteString(out.Stdout(), "no modules yet: %go get MODULE, or import a package, fetches one\n")
		return nil
	}
	fmt.Fprintln(out.Stdout(), strings.Join(lines, "\n"))
	return nil
}

// goMod prints the session's go.mod.
func (s *Session) goMod(ctx context.Context, out engine.Output) *engine.Error {
	dir, err := s.moduleDir()
	if err != nil {
		return moduleError(err.Error())
	}
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return moduleError(err.Error())
	}
	out.Stdout().Write(b)
	return nil
}

// goWrite writes the session's go.mod and go.sum to dir (default: the
// working directory), where a later session starts from them. It does not
// overwrite the go.mod of another module.
func (s *Session) goWrite(ctx context.Context, dir string, out engine.Output) *engine.Error {
	if dir == "" {
		dir = s.workDir()
	} else if !filepath.IsAbs(dir) {
		dir = filepath.Join(s.workDir(), dir)
	}
	mdir, err := s.moduleDir()
	if err != nil {
		return moduleError(err.Error())
	}
	if old, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
		if m := modulePath(old); m != sessionModule {
			return moduleError(fmt.Sprintf("%s already holds the go.mod of module %s; give %%go write another directory", dir, m))
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return moduleError(err.Error())
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(mdir, name))
		if errors.Is(err, os.ErrNotExist) && name == "go.sum" {
			continue
		}
		if err != nil {
			return moduleError(err.Error())
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return moduleError(err.Error())
		}
		fmt.Fprintln(out.Stdout(), "wrote", filepath.Join(dir, name))
	}
	return nil
}

// mergedFile is the name of the one file a package is merged into.
const mergedFile = "gopad_merged.go"

// mergedSource returns, when yaegi would initialize p's package variables
// in the wrong order, p's Go files merged into one source whose variables
// come in Go's initialization order; nil when the files can be used as they
// are (or cannot be merged safely).
//
// yaegi runs variable initializers in source order, files sorted by name,
// without following references through functions: in
// github.com/google/uuid, NameSpaceURL = Must(Parse(...)) (hash.go) runs
// before the table xvalues that Parse reads (util.go) and comes out zero.
// Go orders them by dependency. Dependencies are found by name in the
// syntax tree (an over-approximation: shadowing is ignored, and x.m counts
// as a call of every method m), following function bodies transitively.
// A comment before each declaration names its file and line (yaegi
// crashes on //line directives).
func mergedSource(p *goPackage) []byte {
	if len(p.GoFiles) == 0 {
		return nil
	}
	type file struct {
		name string
		src  []byte
		f    *ast.File
	}
	fset := token.NewFileSet()
	var files []file
	for _, name := range p.GoFiles {
		path := filepath.Join(p.Dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		files = append(files, file{path, src, f})
	}

	// The package-level variables (by spec) and functions.
	type varSpec struct {
		file  int
		decl  *ast.GenDecl
		spec  *ast.ValueSpec
		deps  map[int]bool // other specs it needs
		order int          // position in declaration order
	}
	var specs []*varSpec
	varOf := map[string]int{}               // variable name -> spec
	funcs := map[string][]ast.Node{}        // function name, or "." + method name -> bodies
	imports := map[string]map[string]bool{} // file -> names of its imports
	for i, f := range files {
		names := map[string]bool{}
		for _, imp := range f.f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			name := pathBase(path)
			if imp.Name != nil {
				name = imp.Name.Name
			}
			names[name] = true
		}
		imports[f.name] = names
		for _, d := range f.f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				key := d.Name.Name
				if d.Recv != nil {
					key = "." + key
				}
				if d.Body != nil {
					funcs[key] = append(funcs[key], d.Body)
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, sp := range d.Specs {
					vs := sp.(*ast.ValueSpec)
					for _, n := range vs.Names {
						if n.Name != "_" {
							varOf[n.Name] = len(specs)
						}
					}
					specs = append(specs, &varSpec{file: i, decl: d, spec: vs, order: len(specs)})
				}
			}
		}
	}
	// refs lists the package-level names n refers to: variables by name,
	// functions by name, methods as "." + name.
	refs := func(n ast.Node, fileImports map[string]bool) []string {
		var out []string
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && fileImports != nil && fileImports[x.Name] {
					if _, isVar := varOf[x.Name]; !isVar {
						return false // pkg.Name of an imported package
					}
				}
				out = append(out, "."+n.Sel.Name)
			case *ast.Ident:
				out = append(out, n.Name)
			}
			return true
		})
		return out
	}
	// Variables each function reaches, transitively.
	funcRefs := map[string][]string{}
	for key, bodies := range funcs {
		for _, b := range bodies {
			funcRefs[key] = append(funcRefs[key], refs(b, nil)...)
		}
	}
	reach := func(start []string) map[int]bool {
		deps := map[int]bool{}
		seen := map[string]bool{}
		work := append([]string(nil), start...)
		for len(work) > 0 {
			n := work[len(work)-1]
			work = work[:len(work)-1]
			if seen[n] {
				continue
			}
			seen[n] = true
			if v, ok := varOf[n]; ok && !strings.HasPrefix(n, ".") {
				deps[v] = true
			}
			work = append(work, funcRefs[n]...)
		}
		return deps
	}
	reordered := false
	for i, sp := range specs {
		if len(sp.spec.Values) == 0 {
			continue
		}
		var start []string
		for _, v := range sp.spec.Values {
			start = append(start, refs(v, imports[files[sp.file].name])...)
		}
		sp.deps = reach(start)
		delete(sp.deps, i)
		for d := range sp.deps {
			if d > i {
				reordered = true
			}
		}
	}
	if !reordered {
		return nil
	}
	// Go's order: repeatedly the earliest variable whose dependencies are
	// initialized (the earliest of all on a cycle, which the
	// over-approximation can make up).
	done := make([]bool, len(specs))
	var order []*varSpec
	for len(order) < len(specs) {
		pick := -1
		for i, sp := range specs {
			if done[i] {
				continue
			}
			ready := true
			for d := range sp.deps {
				if !done[d] {
					ready = false
					break
				}
			}
			if ready {
				pick = i
				break
			}
			if pick < 0 {
				pick = -2 - i // first undone, if nothing is ready
			}
		}
		if pick < -1 {
			pick = -2 - pick
		}
		done[pick] = true
		order = append(order, specs[pick])
	}

	// The imports of all files, which must not clash.
	byName := map[string]string{}
	var importLines []string
	for _, f := range files {
		for _, imp := range f.f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			name := pathBase(path)
			line := strconv.Quote(path)
			if imp.Name != nil {
				name = imp.Name.Name
				line = name + " " + line
			}
			if name == "." {
				return nil
			}
			if name == "_" {
				importLines = append(importLines, line)
				continue
			}
			if old, ok := byName[name]; ok && old != path {
				return nil
			} else if ok {
				continue
			}
			byName[name] = path
			importLines = append(importLines, line)
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gopad from %s for yaegi: variables in Go's initialization order. DO NOT EDIT.\n\npackage %s\n\n", p.ImportPath, p.Name)
	if len(importLines) > 0 {
		fmt.Fprintf(&b, "import (\n\t%s\n)\n", strings.Join(importLines, "\n\t"))
	}
	text := func(fi int, from, to token.Pos) {
		f := files[fi]
		pos := fset.Position(from)
		tf := fset.File(from)
		fmt.Fprintf(&b, "\n// %s:%d\n", f.name, pos.Line)
		b.Write(f.src[tf.Offset(from):tf.Offset(to)])
		b.WriteString("\n")
	}
	for i, f := range files {
		for _, d := range f.f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && (g.Tok == token.IMPORT || g.Tok == token.VAR) {
				continue
			}
			text(i, d.Pos(), d.End())
		}
	}
	for _, sp := range order {
		b.WriteString("\n// " + files[sp.file].name + ":" + strconv.Itoa(fset.Position(sp.spec.Pos()).Line) + "\nvar ")
		tf := fset.File(sp.spec.Pos())
		b.Write(files[sp.file].src[tf.Offset(sp.spec.Pos()):tf.Offset(sp.spec.End())])
		b.WriteString("\n")
	}
	return b.Bytes()
}

// pathBase guesses the package name of an import path: its last element,
// without a major-version suffix or a gopkg.in-style ".vN".
func pathBase(path string) string {
	parts := strings.Split(path, "/")
	last := parts[len(parts)-1]
	if len(parts) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = parts[len(parts)-2]
	}
	if i := strings.Index(last, ".v"); i > 0 {
		last = last[:i]
	}
	return strings.ReplaceAll(last, "-", "_")
}
