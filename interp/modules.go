package interp

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/modules"
	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/kernel/engine"
)

// The session's side of third-party packages: package modules does the
// work on the session's GOPATH; the session tells it which packages the
// interpreter has compiled in, which ones cells imported, and turns its
// errors into Jupyter errors.

// moduleManager returns a modules.Manager for the session. It keeps no
// state of its own, so one is made for each use.
func (s *Session) moduleManager() *modules.Manager {
	return modules.New(modules.Config{
		GoPath:   s.opts.GoPath,
		WorkDir:  s.opts.Dir,
		Compiled: func(p string) bool { return s.members(p) != nil },
		Imported: s.importedSpec,
		Unavailable: func(p string) string {
			if why, ok := stdlib.Excluded[p]; ok && s.members(p) == nil {
				return why
			}
			return ""
		},
	})
}

// goMagic runs a %go line; arg is what follows "%go".
func (s *Session) goMagic(ctx context.Context, arg string, out engine.Output) *engine.Error {
	return moduleFailure(s.moduleManager().Magic(ctx, arg, out.Stdout(), out.Stderr()))
}

// ensureImport makes the third-party package path importable, fetching
// and linking it when needed (see modules.Manager.EnsureImport).
func (s *Session) ensureImport(ctx context.Context, path string, out engine.Output) *engine.Error {
	return moduleFailure(s.moduleManager().EnsureImport(ctx, path, out.Stderr()))
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

// moduleFailure turns an error of package modules into a Jupyter error:
// a ModuleError shows each line of its message, an ImportError or an
// interruption one line.
func moduleFailure(err error) *engine.Error {
	if err == nil {
		return nil
	}
	var me *modules.Error
	if !errors.As(err, &me) {
		me = &modules.Error{Kind: modules.ModuleError, Msg: err.Error()}
	}
	name := string(me.Kind)
	if me.Kind != modules.ModuleError {
		return engine.NewError(name, me.Msg)
	}
	msg := strings.TrimSpace(me.Msg)
	first, rest, _ := strings.Cut(msg, "\n")
	tb := []string{red(name) + ": " + first}
	if rest != "" {
		tb = append(tb, strings.Split(rest, "\n")...)
	}
	return engine.NewError(name, msg, tb...)
}
