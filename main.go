// Command gopad is a Jupyter kernel for Go.
//
//	gopad install [--user | --sys-prefix | --prefix DIR] [--uninstall]
//	gopad kernel CONNECTION_FILE
//	gopad run [--timeout D] [--inplace] [--allow-errors] NOTEBOOK_OR_DIR...
//	gopad version
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/gopad/gopad/install"
	"github.com/gopad/gopad/interp"
	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/engine/remote"
	"github.com/gopad/gopad/kernel/wire"
	"github.com/gopad/gopad/kernel/zmtpnet"
)

// version is gopad's version, set at build time with -ldflags "-X main.version=...".
var version = "0.1.0"

const usage = `gopad is a Jupyter kernel for Go.

Usage:
  gopad install [--user | --sys-prefix | --prefix DIR] [--uninstall]
                               install the "Go (gopad)" kernelspec
  gopad kernel CONNECTION_FILE run the kernel (Jupyter starts it this way)
  gopad run [flags] PATH...    execute notebooks through the kernel, live
  gopad version                print the version
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if dir := os.Getenv("GOPAD_CPUPROFILE"); dir != "" && (args[0] == "kernel" || args[0] == "session") {
		// For profiling (see the README's Performance section): a CPU
		// profile of this process, written when it exits normally.
		if stop, err := cpuProfile(dir, args[0]); err != nil {
			fmt.Fprintln(stderr, "gopad: GOPAD_CPUPROFILE:", err)
		} else {
			defer stop()
		}
	}
	switch args[0] {
	case "install":
		if err := install.Run(args[1:], stdout, stderr); err != nil {
			fmt.Fprintln(stderr, "gopad install:", err)
			return 1
		}
		return 0
	case "kernel":
		if len(args) != 2 {
			fmt.Fprintln(stderr, "usage: gopad kernel CONNECTION_FILE")
			return 2
		}
		if err := runKernel(args[1], stderr); err != nil {
			fmt.Fprintln(stderr, "gopad kernel:", err)
			return 1
		}
		return 0
	case "session":
		// Internal: the supervised child process that runs cells.
		signal.Ignore(os.Interrupt)
		// Runaway recursion in a cell fails sooner with a smaller stack.
		debug.SetMaxStack(256 << 20)
		// The interpreter allocates for every call it makes; collecting
		// less often makes compute-heavy cells about a quarter faster
		// (fib(27): 322 -> 232 ms) for a little more memory. GOGC, when
		// set, decides.
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(200)
		}
		// The supervisor owns the session's GOPATH folder (it removes it
		// however this process ends), and %reset asks it for a new process.
		sess, err := interp.NewDefaultWith(interp.Options{GoPath: remote.SessionGoPath(), ProcessReset: true})
		if err == nil {
			err = remote.Serve(sess)
			sess.Close()
		}
		if err != nil {
			fmt.Fprintln(stderr, "gopad session:", err)
			return 1
		}
		return 0
	case "run":
		return runNotebooks(args[1:], stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, "gopad", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "gopad: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func runKernel(connFile string, stderr io.Writer) error {
	// The kernel allocates a buffer for every stream message it sends and
	// keeps little: collecting less often saves a fifth of its CPU time in
	// a flood of output, and a soft limit keeps the heap that this lets
	// grow as small as before (36 MB RSS after the bench's floods, against
	// 40 at the defaults). GOGC and GOMEMLIMIT, when set, decide.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(24 << 20)
	}
	// The kernel waits on sockets and hands messages on: one processor is
	// enough, and with more, every message that woke a goroutine woke a
	// second thread too, to look for work in vain (14 thread switches a
	// trivial cell instead of 7.5, and a fifth more CPU time, taken from the
	// frontend on a small machine). Cells run in the session process, which
	// keeps every processor. GOMAXPROCS, when set, decides (and cells that
	// run in this process, with GOPAD_INPROCESS=1, keep every processor).
	if os.Getenv("GOMAXPROCS") == "" && os.Getenv("GOPAD_INPROCESS") != "1" {
		runtime.GOMAXPROCS(1)
	}
	log, closeLog := kernelLogger(connFile, stderr)
	defer closeLog()
	ci, err := wire.ReadConnectionFile(connFile)
	if err != nil {
		return err
	}
	limits, err := zmtpnet.LimitsFromEnv(os.Getenv)
	if err != nil {
		return err
	}
	if ci.Key != "" && wire.ExposedKey(connFile) {
		log.Warn("the connection file can be read by other users, who could run code in this kernel", "file", connFile)
	}
	eng, err := newEngine(log)
	if err != nil {
		return fmt.Errorf("starting the Go session: %w", err)
	}
	history := kernel.NewHistory(historyFile())
	defer history.Close()
	k, err := kernel.New(kernel.Config{
		Conn: ci, Engine: eng, Info: interp.Info(), Version: version, Logger: log,
		History: history, Limits: limits,
	})
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	watchParent(ctx, stop)
	// SIGINT interrupts the running cell, as it does in ipykernel.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			k.Interrupt()
		}
	}()
	err = k.Run(ctx)
	if errors.Is(err, kernel.ErrRestart) {
		return nil
	}
	return err
}

// newEngine returns the engine the kernel drives: a supervised child process
// running the Go session, or, with GOPAD_INPROCESS=1, the session itself in
// the kernel's process (faster to debug, but a crashing cell ends the kernel).
func newEngine(log *slog.Logger) (engine.Engine, error) {
	if os.Getenv("GOPAD_INPROCESS") == "1" {
		// The session's GOPATH names this process as its owner, so that a
		// later kernel removes it if this one dies.
		go remote.RemoveStaleGoPaths("", log)
		dir, err := remote.NewGoPath("")
		if err != nil {
			return nil, err
		}
		sess, err := interp.NewDefaultWith(interp.Options{GoPath: remote.GoPathIn(dir)})
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		return inProcess{sess, dir}, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return remote.NewSupervisor([]string{exe, "session"}, log), nil
}

// The session process ends once its session is broken, and hands %reset
// to the supervisor: the contracts remote.Serve looks for.
var (
	_ engine.Breaker  = (*interp.Session)(nil)
	_ remote.Resetter = (*interp.Session)(nil)
)

// inProcess is a session run in the kernel's process, which removes its
// session folder when it is closed.
type inProcess struct {
	*interp.Session
	dir string
}

func (p inProcess) Close() error {
	err := p.Session.Close()
	if rerr := os.RemoveAll(p.dir); err == nil {
		err = rerr
	}
	return err
}

// cpuProfile starts a CPU profile written to dir/NAME-PID.pprof.
func cpuProfile(dir, name string) (stop func(), err error) {
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%d.pprof", name, os.Getpid())))
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
