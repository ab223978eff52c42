// Source: github.com/golang/go, src/log/slog/example_log_level_test.go, func ExampleSetLogLoggerLevel_slog (BSD-3-Clause License, Copyright 2009 The Go Authors),
// turned into a program: package main, the example's body as main, the file's other examples and unused imports left out.

package main

import (
	"log"
	"log/slog"
	"os"
)

func main() {
	// Set the default logging level to slog.LevelError.
	currentLogLevel := slog.SetLogLoggerLevel(slog.LevelError)
	defer slog.SetLogLoggerLevel(currentLogLevel) // revert changes after the example

	defer slog.SetDefault(slog.Default()) // revert changes after the example
	removeTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: removeTime})))

	log.Print("error") // level=ERROR msg=error

	// Output:
	// level=ERROR msg=error
}
