package modules

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// sessionModule is the module path of the session's module.
const sessionModule = "gopad.session"

// goTimeout bounds every go command the session runs.
const goTimeout = 2 * time.Minute

// moduleDir returns the session's module folder, creating it when needed.
// A go.mod of gopad's (module gopad.session) in the working directory, as
// %go write leaves it, seeds it: the notebook's versions are used again.
func (m *Manager) moduleDir() (string, error) {
	dir := filepath.Join(m.cfg.GoPath, "gopad-module")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	gomod := []byte(fmt.Sprintf("module %s\n\ngo %s\n", sessionModule, goVersion()))
	if b, err := os.ReadFile(filepath.Join(m.workDir(), "go.mod")); err == nil && modulePath(b) == sessionModule {
		gomod = b
		if sum, err := os.ReadFile(filepath.Join(m.workDir(), "go.sum")); err == nil {
			if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
				return "", err
			}
		}
	}
	return dir, os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644)
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

// modulePath returns the module path a go.mod declares.
func modulePath(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// GoTool returns the go command: from PATH, else the kernel's GOROOT.
func GoTool() (string, error) {
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

// GoEnv is the environment gopad runs the go command in: the kernel's own (GOPROXY,
// GOPRIVATE, GOFLAGS, GOMODCACHE... as the user set them) with module mode
// forced on, workspaces off, no terminal prompts, and no automatic toolchain
// download unless GOTOOLCHAIN asks for one. cgo is off so that packages
// with a pure-Go fallback list their fallback files.
func GoEnv() []string {
	env := append(os.Environ(), "GO111MODULE=on", "GOWORK=off", "GIT_TERMINAL_PROMPT=0", "GCM_INTERACTIVE=never", "CGO_ENABLED=0")
	if os.Getenv("GOTOOLCHAIN") == "" {
		env = append(env, "GOTOOLCHAIN=local")
	}
	return env
}

// Go runs the go command with args in the session's module, its progress
// going to stderr (when not nil). Tests use it to edit the session's
// go.mod.
func (m *Manager) Go(ctx context.Context, stderr io.Writer, args ...string) error {
	return asError(m.goCommand(ctx, stderr, args...))
}

// goCommand runs a go command whose output is only progress.
func (m *Manager) goCommand(ctx context.Context, stderr io.Writer, args ...string) *Error {
	_, err := m.runGo(ctx, stderr, args...)
	return err
}

// runGo runs the go command in the session's module and returns its
// standard output. stderr, when not nil, receives go's progress as it
// comes.
func (m *Manager) runGo(ctx context.Context, stderr io.Writer, args ...string) ([]byte, *Error) {
	dir, err := m.moduleDir()
	if err != nil {
		return nil, moduleError("creating the session's module: " + err.Error())
	}
	tool, err := GoTool()
	if err != nil {
		return nil, moduleError(err.Error())
	}
	cctx, cancel := context.WithTimeout(ctx, goTimeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, tool, args...)
	cmd.Dir = dir
	cmd.Env = GoEnv()
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
		return nil, &Error{Kind: Interrupted, Msg: "go " + args[0] + " was interrupted"}
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
