// Package modules makes third-party packages importable by cells and runs
// the %go magic.
//
// yaegi reads the sources of a non-standard package from a GOPATH layout
// (GoPath/src/IMPORT/PATH) and knows nothing of modules. The session
// therefore keeps a module of its own (GoPath/gopad-module, with a go.mod
// "module gopad.session") in which the Go toolchain resolves, downloads and
// verifies modules (go get, respecting GOPROXY, GOPRIVATE, GOFLAGS,
// GOMODCACHE...). Then `go list` names, for each package needed, the files
// that build on this machine; they are linked (or copied) one by one into
// GoPath/src, so that files excluded by build constraints, which yaegi would
// not filter out, never reach it. Packages the interpreter cannot run (cgo,
// assembly, unsafe...) are not linked: a marker file records why, for
// Problem.
//
// The package knows nothing of the interpreter: it works on directories,
// the go command and output writers. What it needs to know of the session
// comes through Config.
package modules

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Config is what a Manager needs to know of its session.
type Config struct {
	// GoPath is the session's GOPATH, from whose src folder the
	// interpreter reads third-party sources.
	GoPath string
	// WorkDir is the directory cells run in (the notebook's); "" means the
	// process's working directory.
	WorkDir string
	// Compiled reports whether the interpreter has the package path
	// compiled in; such a package is never fetched. Nil means none is.
	Compiled func(path string) bool
	// Imported reports whether a cell of the session imported path. Nil
	// means none did.
	Imported func(path string) bool
	// Unavailable says why the interpreter does not provide the
	// standard-library package path, or returns "" when it does. Nil means
	// it provides every package.
	Unavailable func(path string) string
}

// Manager fetches modules into a session's module and links their packages
// into the session's GOPATH. It holds no state of its own beyond its
// Config: everything it knows lives in GoPath, so a Manager can be made
// for each call. Its methods must not run concurrently for one GoPath.
type Manager struct {
	cfg Config
}

// New returns a Manager for the session described by cfg.
func New(cfg Config) *Manager {
	return &Manager{cfg: cfg}
}

// Kind names the kind of an Error, as a user sees it.
type Kind string

// The kinds of Error.
const (
	// ModuleError: the session's module or the go command failed.
	ModuleError Kind = "ModuleError"
	// ImportError: a package cannot be fetched or cannot be interpreted.
	ImportError Kind = "ImportError"
	// Interrupted: the context was cancelled while the go command ran.
	Interrupted Kind = "Interrupted"
)

// Error is a failure the user sees: its Kind and a message of one or more
// lines.
type Error struct {
	Kind Kind
	Msg  string
}

func (e *Error) Error() string { return string(e.Kind) + ": " + e.Msg }

func moduleError(msg string) *Error { return &Error{Kind: ModuleError, Msg: strings.TrimSpace(msg)} }
func importError(msg string) *Error { return &Error{Kind: ImportError, Msg: msg} }

// asError keeps a nil *Error from becoming a non-nil error.
func asError(e *Error) error {
	if e == nil {
		return nil
	}
	return e
}

// EnsureImport makes the third-party package path importable: when it is
// not linked into the session's GOPATH yet, it is resolved in the session's
// module (fetched with go get PATH@latest if no module provides it) and
// linked; progress goes to stderr. It returns an ImportError when the
// package cannot be fetched or cannot be interpreted. Standard-library
// paths, gopad's own packages and compiled packages are left alone.
func (m *Manager) EnsureImport(ctx context.Context, path string, stderr io.Writer) error {
	return asError(m.ensureImport(ctx, path, stderr))
}

func (m *Manager) ensureImport(ctx context.Context, path string, stderr io.Writer) *Error {
	if !NeedsFetch(path) || m.compiled(path) {
		return nil
	}
	if why := m.Problem(path); why != "" {
		return importError(why)
	}
	if m.linked(path) {
		return nil
	}
	pkgs, err := m.listPackages(ctx, path)
	if err != nil {
		return err
	}
	if p := find(pkgs, path); p != nil && p.Module != nil {
		return m.linkImported(pkgs, path, stderr)
	}
	return m.fetchAndLink(ctx, path, stderr)
}

// fetchAndLink fetches path, which no module of the session provides, and
// links it; if that fails the session's modules are put back as they were.
func (m *Manager) fetchAndLink(ctx context.Context, path string, stderr io.Writer) *Error {
	restore, serr := m.saveModFiles()
	if serr != nil {
		return moduleError(serr.Error())
	}
	err := m.fetch(ctx, path, stderr)
	if err == nil {
		var pkgs []*goPackage
		if pkgs, err = m.listPackages(ctx, path); err == nil {
			err = m.linkImported(pkgs, path, stderr)
		}
	}
	if err != nil {
		restore()
	}
	return err
}

// fetch runs go get PATH@latest, showing its progress.
func (m *Manager) fetch(ctx context.Context, path string, stderr io.Writer) *Error {
	fmt.Fprintf(stderr, "gopad: fetching %s ...\n", path)
	err := m.goCommand(ctx, stderr, "get", path+"@latest")
	if err == nil || err.Kind == Interrupted {
		return err
	}
	return importError("cannot fetch " + path + ": " + err.Msg)
}

// linkImported links pkgs, listed for the import of path, and returns the
// ImportError of path if it cannot be imported.
func (m *Manager) linkImported(pkgs []*goPackage, path string, stderr io.Writer) *Error {
	m.linkPackages(pkgs, stderr, false)
	if why := m.Problem(path); why != "" {
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
func (m *Manager) saveModFiles() (restore func(), err error) {
	dir, err := m.moduleDir()
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

// NeedsFetch reports whether path names a package that comes from a
// module: not the standard library (whose first element has no dot), not
// gopad's own packages.
func NeedsFetch(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") || path == "C" {
		return false
	}
	return path != "github.com/gopad/gopad" && !strings.HasPrefix(path, "github.com/gopad/gopad/")
}

// Problem says why the third-party package path cannot be interpreted, or
// returns "" when nothing is known against it.
func (m *Manager) Problem(path string) string {
	b, err := os.ReadFile(filepath.Join(m.srcDir(path), problemFile))
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

func (m *Manager) compiled(path string) bool {
	return m.cfg.Compiled != nil && m.cfg.Compiled(path)
}

func (m *Manager) imported(path string) bool {
	return m.cfg.Imported != nil && m.cfg.Imported(path)
}

func (m *Manager) unavailable(path string) string {
	if m.cfg.Unavailable == nil {
		return ""
	}
	return m.cfg.Unavailable(path)
}

func (m *Manager) srcDir(path string) string {
	return filepath.Join(m.cfg.GoPath, "src", filepath.FromSlash(path))
}

// workDir is the directory cells run in (the notebook's).
func (m *Manager) workDir() string {
	if m.cfg.WorkDir != "" {
		return m.cfg.WorkDir
	}
	wd, _ := os.Getwd()
	return wd
}
