package install

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// goos is runtime.GOOS; tests change it to check other platforms' paths.
var goos = runtime.GOOS

// queryTimeout bounds how long asking a Python interpreter for sys.prefix may take.
const queryTimeout = 30 * time.Second

// KernelDir returns the kernelspec directory opts designates, as an
// absolute path:
//
//   - Prefix set: Prefix/share/jupyter/kernels/NAME;
//   - SysPrefix: SysPrefix()/share/jupyter/kernels/NAME;
//   - otherwise: DataDir()/kernels/NAME.
func KernelDir(opts Options) (string, error) {
	if err := opts.check(); err != nil {
		return "", err
	}
	name, _ := opts.name()
	var base string
	switch {
	case opts.Prefix != "":
		base = filepath.Join(opts.Prefix, "share", "jupyter")
	case opts.SysPrefix:
		p, err := SysPrefix()
		if err != nil {
			return "", err
		}
		base = filepath.Join(p, "share", "jupyter")
	default:
		d, err := DataDir()
		if err != nil {
			return "", err
		}
		base = d
	}
	dir, err := filepath.Abs(filepath.Join(base, "kernels", name))
	if err != nil {
		return "", fmt.Errorf("making %s absolute: %w", base, err)
	}
	return dir, nil
}

// DataDir returns the per-user Jupyter data directory, computed as
// jupyter_core's jupyter_data_dir does:
//
//   - $JUPYTER_DATA_DIR if set;
//   - macOS: ~/Library/Jupyter;
//   - Windows: %APPDATA%\jupyter, or, without APPDATA, the Jupyter config
//     directory ($JUPYTER_CONFIG_DIR or ~/.jupyter) followed by "data";
//   - elsewhere: $XDG_DATA_HOME/jupyter, or ~/.local/share/jupyter.
//
// When JUPYTER_PLATFORM_DIRS is set to a true value (as jupyter_core 5
// allows) the platformdirs locations are used instead on macOS
// (~/Library/Application Support/Jupyter) and Windows
// (%LOCALAPPDATA%\Jupyter).
func DataDir() (string, error) {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	platformDirs := envSet("JUPYTER_PLATFORM_DIRS")
	switch goos {
	case "windows":
		if platformDirs {
			if d := os.Getenv("LOCALAPPDATA"); d != "" {
				return filepath.Join(d, "Jupyter"), nil
			}
		}
		if d := os.Getenv("APPDATA"); d != "" {
			return filepath.Join(d, "jupyter"), nil
		}
		if d := os.Getenv("JUPYTER_CONFIG_DIR"); d != "" {
			return filepath.Join(d, "data"), nil
		}
		home, err := homeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, ".jupyter", "data"), nil
	case "darwin", "ios":
		home, err := homeDir()
		if err != nil {
			return "", err
		}
		if platformDirs {
			return filepath.Join(home, "Library", "Application Support", "Jupyter"), nil
		}
		return filepath.Join(home, "Library", "Jupyter"), nil
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "jupyter"), nil
		}
		home, err := homeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, ".local", "share", "jupyter"), nil
	}
}

// envSet reports whether the variable is set to something other than a
// false-like value, as jupyter_core's envset does.
func envSet(name string) bool {
	switch strings.ToLower(os.Getenv(name)) {
	case "", "no", "n", "false", "off", "0", "0.0":
		return false
	}
	return true
}

// homeDir returns the user's home directory with symbolic links resolved,
// as jupyter_core's get_home_dir does.
func homeDir() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		u, uerr := user.Current()
		if uerr != nil || u.HomeDir == "" {
			if err == nil {
				err = uerr
			}
			return "", fmt.Errorf("finding the home directory: %w", err)
		}
		home = u.HomeDir
	}
	if r, err := filepath.EvalSymlinks(home); err == nil {
		home = r
	}
	return home, nil
}

// SysPrefix returns the sys.prefix of the Python environment Jupyter runs
// in, trying in order:
//
//   - $VIRTUAL_ENV (an activated virtualenv);
//   - $CONDA_PREFIX (an activated conda environment);
//   - the interpreter of the "jupyter" command found on PATH (read from its
//     #! line, or, for a Windows jupyter.exe in a Scripts folder, that
//     folder's parent);
//   - "python3" (then "python") found on PATH, asked with
//     python3 -c 'import sys; print(sys.prefix)'.
//
// It fails when none of these gives an answer.
func SysPrefix() (string, error) {
	if p := os.Getenv("VIRTUAL_ENV"); p != "" {
		return p, nil
	}
	if p := os.Getenv("CONDA_PREFIX"); p != "" {
		return p, nil
	}
	var tried []string
	if j, err := exec.LookPath("jupyter"); err == nil {
		p, err := prefixFromJupyter(j)
		if err == nil {
			return p, nil
		}
		tried = append(tried, err.Error())
	}
	for _, py := range []string{"python3", "python"} {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		p, err := askPrefix(path, nil)
		if err == nil {
			return p, nil
		}
		tried = append(tried, err.Error())
	}
	msg := "cannot find the Python sys.prefix for --sys-prefix: VIRTUAL_ENV and CONDA_PREFIX are unset"
	if len(tried) == 0 {
		msg += " and neither jupyter nor python3 is on PATH"
	} else {
		msg += "; " + strings.Join(tried, "; ")
	}
	return "", errors.New(msg + " (use --user or --prefix DIR instead)")
}

// prefixFromJupyter finds sys.prefix of the Python that runs the jupyter
// launcher at path.
func prefixFromJupyter(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", path, err)
	}
	line, _ := bufio.NewReader(f).ReadString('\n')
	f.Close()
	if interp, args, ok := parseShebang(line); ok {
		return askPrefix(interp, args)
	}
	// A pip-made Windows launcher lives in <prefix>\Scripts.
	dir := filepath.Dir(path)
	if strings.EqualFold(filepath.Base(dir), "Scripts") {
		return filepath.Dir(dir), nil
	}
	return "", fmt.Errorf("cannot tell which Python runs %s", path)
}

// parseShebang splits a "#!" line into the interpreter and its leading
// arguments, following "/usr/bin/env NAME" to NAME on PATH.
func parseShebang(line string) (interp string, args []string, ok bool) {
	line, found := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "#!")
	if !found {
		return "", nil, false
	}
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", nil, false
	}
	interp, args = fields[0], fields[1:]
	if strings.TrimSuffix(filepath.Base(interp), ".exe") == "env" {
		for len(args) > 0 && strings.HasPrefix(args[0], "-") {
			args = args[1:]
		}
		if len(args) == 0 {
			return "", nil, false
		}
		p, err := exec.LookPath(args[0])
		if err != nil {
			return "", nil, false
		}
		interp, args = p, args[1:]
	}
	return interp, args, true
}

// askPrefix runs the Python interpreter at path to print sys.prefix.
func askPrefix(path string, args []string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), queryTimeout)
	defer cancel()
	argv := append(append([]string{}, args...), "-c", "import sys; print(sys.prefix)")
	cmd := exec.CommandContext(ctx, path, argv...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg != "" {
			return "", fmt.Errorf("asking %s for sys.prefix: %w: %s", path, err, msg)
		}
		return "", fmt.Errorf("asking %s for sys.prefix: %w", path, err)
	}
	p := strings.TrimSpace(string(out))
	if p == "" || !filepath.IsAbs(p) {
		return "", fmt.Errorf("asking %s for sys.prefix: unexpected answer %q", path, p)
	}
	return p, nil
}
