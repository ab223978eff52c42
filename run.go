package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/gopad/gopad/install"
	"github.com/gopad/gopad/kernel/notebook"
)

// runNotebooks is `gopad run`: execute notebooks through the kernel over
// ZeroMQ, as nbclient does, printing their output live.
func runNotebooks(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gopad run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	timeout := fs.Duration("timeout", 2*time.Minute, "time limit per cell (0: none)")
	inplace := fs.Bool("inplace", false, "write the fresh outputs back into the notebooks")
	color := fs.Bool("color", isTerminal(stdout), "colour headings and tracebacks")
	verbose := fs.Bool("v", false, "show the kernel's log")
	allowErrors := fs.Bool("allow-errors", false, "run every cell even after errors (kept in the outputs); exit 1 at the end if any")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: gopad run [flags] NOTEBOOK.ipynb|DIR...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	paths, err := notebook.Paths(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "gopad run:", err)
		return 1
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "gopad run:", err)
		return 1
	}
	r := &notebook.Runner{
		Argv: []string{exe, "kernel", "{connection_file}"}, Out: stdout,
		Timeout: *timeout, InPlace: *inplace, Color: *color, AllowErrors: *allowErrors,
	}
	if *verbose {
		r.Stderr = stderr
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	var failed notebook.CellErrors
	for _, p := range paths {
		err := r.RunFile(ctx, p)
		var errs notebook.CellErrors
		if errors.As(err, &errs) {
			failed = append(failed, errs...)
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "\ngopad run: %v\n", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "\n%d notebook(s) ran in %.1fs\n", len(paths), time.Since(start).Seconds())
	if len(failed) > 0 {
		fmt.Fprintf(stderr, "gopad run: %v\n", failed)
		return 1
	}
	return 0
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// historyFile is where the kernel keeps cells across sessions, in Jupyter's
// data directory.
func historyFile() string {
	dir, err := install.DataDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "gopad")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ""
	}
	return filepath.Join(dir, "history.jsonl")
}
