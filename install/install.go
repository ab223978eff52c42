// Package install writes and removes gopad's Jupyter kernelspec.
//
// A kernelspec is a directory named after the kernel (gopad by default)
// inside one of the "kernels" directories Jupyter searches. The directory
// created here holds:
//
//   - a copy of the running gopad executable (gopad, or gopad.exe on
//     Windows), so that the kernel keeps working after the binary it was
//     installed from is gone (as happens with "go run");
//   - kernel.json, whose argv starts that copy as "gopad kernel {connection_file}";
//   - logo-32x32.png, logo-64x64.png and logo-svg.svg.
//
// Locations follow jupyter_core's path logic; see [DataDir], [SysPrefix] and
// [KernelDir].
package install

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// DefaultName is the kernelspec name used when Options.Name is empty.
const DefaultName = "gopad"

// DefaultDisplayName is the display name used when Options.DisplayName is empty.
const DefaultDisplayName = "Go (gopad)"

// Options says where and how the kernelspec is installed or removed.
//
// At most one of User, SysPrefix and Prefix may be set; when none is, the
// per-user location is used.
type Options struct {
	// User selects the per-user Jupyter data directory (the default).
	User bool
	// SysPrefix selects <sys.prefix>/share/jupyter/kernels, where sys.prefix
	// is that of the active Python environment (see SysPrefix).
	SysPrefix bool
	// Prefix, when not empty, selects Prefix/share/jupyter/kernels.
	Prefix string
	// Name is the kernelspec name (directory name); DefaultName if empty.
	// Like Jupyter, it is lower-cased, and it may hold only ASCII letters,
	// digits, '-', '.' and '_'.
	Name string
	// DisplayName is shown by Jupyter front ends; DefaultDisplayName if empty.
	DisplayName string
	// Uninstall asks Run to remove the kernelspec instead of installing it.
	Uninstall bool
	// Executable is the gopad binary to copy into the kernelspec; when
	// empty, the running executable (os.Executable) is used.
	Executable string
	// Stdout receives the progress messages. Nil discards them.
	Stdout io.Writer
}

// KernelSpec is the content of kernel.json, as described in Jupyter's
// "Kernel specs" documentation.
type KernelSpec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode,omitempty"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      map[string]any    `json:"metadata,omitempty"`
}

// Usage writes the help text of "gopad install" to w.
func Usage(w io.Writer) {
	fs := newFlagSet(&Options{}, new(bool))
	fmt.Fprintf(w, "Usage: gopad install [flags]\n\n"+
		"Installs (or with --uninstall removes) the gopad Jupyter kernelspec.\n"+
		"The running gopad binary is copied into the kernelspec directory.\n\n"+
		"Flags (one or two dashes both work):\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

func newFlagSet(o *Options, user *bool) *flag.FlagSet {
	fs := flag.NewFlagSet("gopad install", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(user, "user", false, "install into the per-user Jupyter data directory (default)")
	fs.BoolVar(&o.SysPrefix, "sys-prefix", false, "install into the active Python environment's sys.prefix (virtualenv, conda, or the jupyter/python3 on PATH)")
	fs.StringVar(&o.Prefix, "prefix", "", "install into `DIR`/share/jupyter/kernels")
	fs.StringVar(&o.Name, "name", DefaultName, "kernelspec `name`")
	fs.StringVar(&o.DisplayName, "display-name", DefaultDisplayName, "`name` shown by Jupyter front ends")
	fs.BoolVar(&o.Uninstall, "uninstall", false, "remove the kernelspec instead of installing it")
	return fs
}

// ParseArgs parses the arguments of "gopad install" (without the
// subcommand itself): --user, --sys-prefix, --prefix DIR, --name NAME,
// --display-name NAME and --uninstall. It prints nothing; for -h or -help
// it returns an error satisfying errors.Is(err, flag.ErrHelp). The returned
// Options has Stdout set to os.Stdout.
func ParseArgs(args []string) (Options, error) {
	var o Options
	var user bool
	fs := newFlagSet(&o, &user)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Options{}, err
		}
		return Options{}, fmt.Errorf("gopad install: %w", err)
	}
	if fs.NArg() > 0 {
		return Options{}, fmt.Errorf("gopad install: unexpected argument %q", fs.Arg(0))
	}
	prefixSet := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "prefix" {
			prefixSet = true
		}
	})
	if prefixSet && o.Prefix == "" {
		return Options{}, errors.New("gopad install: --prefix needs a non-empty directory")
	}
	o.User = user
	o.Stdout = os.Stdout
	if err := o.check(); err != nil {
		return Options{}, fmt.Errorf("gopad install: %w", err)
	}
	return o, nil
}

// Run parses args like ParseArgs, then installs or uninstalls. Messages go
// to stdout; usage goes to stdout for -h and to stderr for a bad command
// line. A help request returns nil.
func Run(args []string, stdout, stderr io.Writer) error {
	o, err := ParseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		Usage(stdout)
		return nil
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		Usage(stderr)
		return err
	}
	o.Stdout = stdout
	if o.Uninstall {
		_, err = Uninstall(o)
	} else {
		_, err = Install(o)
	}
	return err
}

var namePattern = regexp.MustCompile(`^[a-zA-Z0-9._-]+$`)

// check validates the location flags and the name.
func (o *Options) check() error {
	n := 0
	if o.User {
		n++
	}
	if o.SysPrefix {
		n++
	}
	if o.Prefix != "" {
		n++
	}
	if n > 1 {
		return errors.New("choose only one of --user, --sys-prefix and --prefix")
	}
	_, err := o.name()
	return err
}

// name returns the validated, lower-cased kernelspec name.
func (o *Options) name() (string, error) {
	name := o.Name
	if name == "" {
		name = DefaultName
	}
	if !namePattern.MatchString(name) || name == "." || name == ".." {
		return "", fmt.Errorf("invalid kernelspec name %q: it may contain only ASCII letters, digits and - . _", name)
	}
	return strings.ToLower(name), nil
}

func (o *Options) out() io.Writer {
	if o.Stdout == nil {
		return io.Discard
	}
	return o.Stdout
}

// BinaryName is the file name of the executable inside the kernelspec
// directory: "gopad", or "gopad.exe" on Windows.
func BinaryName() string {
	if goos == "windows" {
		return "gopad.exe"
	}
	return "gopad"
}

// Install creates or replaces the kernelspec described by opts and returns
// its directory. Every file is written to a temporary name in the
// directory and renamed into place, so reinstalling while a kernel runs
// works; kernel.json is written last.
func Install(opts Options) (dir string, err error) {
	if err := opts.check(); err != nil {
		return "", fmt.Errorf("installing kernelspec: %w", err)
	}
	dir, err = KernelDir(opts)
	if err != nil {
		return "", fmt.Errorf("installing kernelspec: %w", err)
	}
	src := opts.Executable
	if src == "" {
		src, err = os.Executable()
		if err != nil {
			return dir, fmt.Errorf("installing kernelspec: locating the running executable: %w", err)
		}
	}
	if r, err := filepath.EvalSymlinks(src); err == nil {
		src = r
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return dir, fmt.Errorf("installing kernelspec: creating %s: %w", dir, permissionHint(err))
	}

	bin := filepath.Join(dir, BinaryName())
	if err := copyExecutable(src, bin); err != nil {
		return dir, fmt.Errorf("installing kernelspec: copying %s to %s: %w", src, bin, permissionHint(err))
	}
	for _, size := range []int{32, 64} {
		data, err := LogoPNG(size)
		if err != nil {
			return dir, fmt.Errorf("installing kernelspec: drawing %dx%d logo: %w", size, size, err)
		}
		if err := writeFileAtomic(filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size)), data, 0o644); err != nil {
			return dir, fmt.Errorf("installing kernelspec: %w", permissionHint(err))
		}
	}
	if err := writeFileAtomic(filepath.Join(dir, "logo-svg.svg"), LogoSVG(), 0o644); err != nil {
		return dir, fmt.Errorf("installing kernelspec: %w", permissionHint(err))
	}

	display := opts.DisplayName
	if display == "" {
		display = DefaultDisplayName
	}
	spec := KernelSpec{
		Argv:          []string{bin, "kernel", "{connection_file}"},
		DisplayName:   display,
		Language:      "go",
		InterruptMode: "message",
		Metadata:      map[string]any{"debugger": false},
	}
	data, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return dir, fmt.Errorf("installing kernelspec: encoding kernel.json: %w", err)
	}
	data = append(data, '\n')
	if err := writeFileAtomic(filepath.Join(dir, "kernel.json"), data, 0o644); err != nil {
		return dir, fmt.Errorf("installing kernelspec: %w", permissionHint(err))
	}

	name, _ := opts.name()
	fmt.Fprintf(opts.out(), "Installed kernelspec %s in %s\n", name, dir)
	if opts.Prefix != "" {
		fmt.Fprintf(opts.out(), "Note: Jupyter finds it only if %s is its Python's sys.prefix or %s is listed in JUPYTER_PATH.\n",
			filepath.Dir(filepath.Dir(filepath.Dir(filepath.Dir(dir)))), filepath.Dir(filepath.Dir(dir)))
	}
	return dir, nil
}

// Uninstall removes the kernelspec directory described by opts and returns
// it. It fails, with an error satisfying errors.Is(err, fs.ErrNotExist),
// when nothing is installed there.
func Uninstall(opts Options) (dir string, err error) {
	if err := opts.check(); err != nil {
		return "", fmt.Errorf("uninstalling kernelspec: %w", err)
	}
	dir, err = KernelDir(opts)
	if err != nil {
		return "", fmt.Errorf("uninstalling kernelspec: %w", err)
	}
	name, _ := opts.name()
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return dir, fmt.Errorf("uninstalling kernelspec: %s is not installed in %s: %w", name, filepath.Dir(dir), fs.ErrNotExist)
	}
	if err != nil {
		return dir, fmt.Errorf("uninstalling kernelspec: %w", err)
	}
	if !fi.IsDir() {
		return dir, fmt.Errorf("uninstalling kernelspec: %s is not a directory", dir)
	}
	if err := os.RemoveAll(dir); err != nil {
		return dir, fmt.Errorf("uninstalling kernelspec: removing %s: %w", dir, permissionHint(err))
	}
	fmt.Fprintf(opts.out(), "Removed kernelspec %s from %s\n", name, dir)
	return dir, nil
}

// permissionErr adds a hint to permission errors.
type permissionErr struct{ err error }

func (e permissionErr) Error() string {
	return e.err.Error() + " (a system location may need administrator rights; --user installs for the current user only)"
}

func (e permissionErr) Unwrap() error { return e.err }

func permissionHint(err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return permissionErr{err}
	}
	return err
}
