// Source: github.com/golang/go, src/log/slog/example_log_level_test.go, func ExampleSetLogLoggerLevel_log (BSD-3-Clause License, Copyright 2009 The Go Authors),
// turned into a program: package main, the example's body as main, the file's other examples and unused imports left out.

package main

import (
	"log"
	"log/slog"
	"os"
)

func main() {
	defer log.SetFlags(log.Flags()) // revert changes after the example
	log.SetFlags(0)
	defer log.SetOutput(log.Writer()) // revert changes after the example
	log.SetOutput(os.Stdout)

	// Default logging level is slog.LevelInfo.
	log.Print("log debug") // log debug
	slog.Debug("debug")    // no output
	slog.Info("info")      // INFO info

	// Set the default logging level to slog.LevelDebug.
	currentLogLevel := slog.SetLogLoggerLevel(slog.LevelDebug)
	defer slog.SetLogLoggerLevel(currentLogLevel) // revert changes after the example

	log.Print("log debug") // log debug
	slog.Debug("debug")    // DEBUG debug
	slog.Info("info")      // INFO info

	// Output:
	// log debug
	// INFO info
	// log debug
	// DEBUG debug
	// INFO info
}
