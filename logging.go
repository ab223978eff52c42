package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/gopad/gopad/install"
)

// The kernel's log. Like ipykernel, the kernel is quiet unless something is
// wrong: by default it logs warnings and errors to its standard error, which
// jupyter console shows in its terminal. GOPAD_LOG (in the environment, or
// in the kernelspec's "env") turns it up or sends it elsewhere:
//
//	GOPAD_LOG=info          warnings, errors and the kernel's progress
//	GOPAD_LOG=debug         everything
//	GOPAD_LOG=error         errors only
//	GOPAD_LOG=debug:file    the same, written to a file in Jupyter's
//	                        runtime directory (gopad-kernel-ID.log, beside
//	                        the connection file kernel-ID.json's name)
//
// GOPAD_DEBUG=1, the older switch, means GOPAD_LOG=debug.

// logSpec is a parsed GOPAD_LOG.
type logSpec struct {
	level  slog.Level
	toFile bool
}

// parseLogSpec reads GOPAD_LOG's value: LEVEL, LEVEL:file or "file".
func parseLogSpec(s string) (logSpec, error) {
	spec := logSpec{level: slog.LevelWarn}
	for _, part := range strings.Split(strings.ToLower(strings.TrimSpace(s)), ":") {
		switch strings.TrimSpace(part) {
		case "":
		case "file":
			spec.toFile = true
		case "debug":
			spec.level = slog.LevelDebug
		case "info":
			spec.level = slog.LevelInfo
		case "warn", "warning":
			spec.level = slog.LevelWarn
		case "error":
			spec.level = slog.LevelError
		default:
			return spec, fmt.Errorf("GOPAD_LOG=%q: want debug, info, warn or error, optionally followed by :file", s)
		}
	}
	return spec, nil
}

// kernelLogger returns the kernel's logger, configured from the
// environment, and a function that closes its file (if any).
func kernelLogger(connFile string, stderr io.Writer) (*slog.Logger, func()) {
	spec, err := parseLogSpec(os.Getenv("GOPAD_LOG"))
	if os.Getenv("GOPAD_DEBUG") != "" && os.Getenv("GOPAD_LOG") == "" {
		spec.level = slog.LevelDebug
	}
	var w io.Writer = stderr
	closeLog := func() {}
	var fileErr error
	if spec.toFile {
		var f *os.File
		f, fileErr = os.OpenFile(logFile(connFile), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if fileErr == nil {
			w, closeLog = f, func() { f.Close() }
		}
	}
	log := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: spec.level}))
	if err != nil {
		log.Warn("ignoring a bad log setting", "err", err)
	}
	if fileErr != nil {
		log.Warn("cannot write the log file; logging to standard error", "err", fileErr)
	}
	return log, closeLog
}

// logFile is where GOPAD_LOG=...:file writes: Jupyter's runtime directory,
// named after the connection file (kernel-ID.json -> gopad-kernel-ID.log).
func logFile(connFile string) string {
	dir := os.Getenv("JUPYTER_RUNTIME_DIR")
	if dir == "" {
		if data, err := install.DataDir(); err == nil {
			dir = filepath.Join(data, "runtime")
		} else {
			dir = filepath.Dir(connFile)
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		dir = filepath.Dir(connFile)
	}
	name := strings.TrimSuffix(filepath.Base(connFile), filepath.Ext(connFile))
	return filepath.Join(dir, "gopad-"+name+".log")
}
