package modules

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Help describes the %go magic.
const Help = `%go get MODULE[@VERSION] ...  fetch modules (or packages) for cells to import
%go list                      the modules the session uses, with their versions
%go mod                       print the session's go.mod
%go write [DIR]               write go.mod and go.sum to DIR (default: the working directory)
`

// Magic runs a %go line (arg is what follows "%go"): get, list, mod, write
// or help. Results go to stdout, the go command's progress to stderr.
func (m *Manager) Magic(ctx context.Context, arg string, stdout, stderr io.Writer) error {
	sub, rest, _ := strings.Cut(strings.TrimSpace(arg), " ")
	rest = strings.TrimSpace(rest)
	var err *Error
	switch sub {
	case "get":
		err = m.get(ctx, rest, stderr)
	case "list":
		err = m.list(ctx, stdout, stderr)
	case "mod":
		err = m.mod(stdout)
	case "write":
		err = m.write(rest, stdout)
	case "", "help":
		io.WriteString(stdout, Help)
	default:
		err = moduleError("unknown %go command " + strconv.Quote(sub) + "; try:\n" + Help)
	}
	return asError(err)
}

// get fetches modules or packages (go get's arguments, such as
// github.com/google/uuid@v1.6.0) into the session's module and links their
// packages into the session's GOPATH.
func (m *Manager) get(ctx context.Context, args string, stderr io.Writer) *Error {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		return moduleError("usage: %go get MODULE[@VERSION] ...")
	}
	if err := m.goCommand(ctx, stderr, append([]string{"get"}, fields...)...); err != nil {
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
	pkgs, err := m.listPackages(ctx, patterns...)
	if err != nil {
		return err
	}
	m.linkPackages(pkgs, stderr, true)
	return nil
}

// list prints the modules the session uses and their versions.
func (m *Manager) list(ctx context.Context, stdout, stderr io.Writer) *Error {
	b, err := m.runGo(ctx, stderr, "list", "-m", "-e",
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
		io.WriteString(stdout, "no modules yet: %go get MODULE, or import a package, fetches one\n")
		return nil
	}
	fmt.Fprintln(stdout, strings.Join(lines, "\n"))
	return nil
}

// mod prints the session's go.mod.
func (m *Manager) mod(stdout io.Writer) *Error {
	dir, err := m.moduleDir()
	if err != nil {
		return moduleError(err.Error())
	}
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return moduleError(err.Error())
	}
	stdout.Write(b)
	return nil
}

// write writes the session's go.mod and go.sum to dir (default: the
// working directory), where a later session starts from them. It does not
// overwrite the go.mod of another module.
func (m *Manager) write(dir string, stdout io.Writer) *Error {
	if dir == "" {
		dir = m.workDir()
	} else if !filepath.IsAbs(dir) {
		dir = filepath.Join(m.workDir(), dir)
	}
	mdir, err := m.moduleDir()
	if err != nil {
		return moduleError(err.Error())
	}
	if old, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
		if mp := modulePath(old); mp != sessionModule {
			return moduleError(fmt.Sprintf("%s already holds the go.mod of module %s; give %%go write another directory", dir, mp))
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
		fmt.Fprintln(stdout, "wrote", filepath.Join(dir, name))
	}
	return nil
}
