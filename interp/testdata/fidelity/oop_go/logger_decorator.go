package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Logger interface {
	Log(level, msg string)
}

type LevelFilter interface {
	Logger
	Enabled(level string) bool
}

type writerLogger struct {
	w      io.Writer
	prefix string
}

func (l writerLogger) Log(level, msg string) {
	fmt.Fprintf(l.w, "%s[%s] %s\n", l.prefix, strings.ToUpper(level), msg)
}

type filtered struct {
	Logger
	min int
}

var levels = map[string]int{"debug": 0, "info": 1, "warn": 2, "error": 3}

func (f filtered) Enabled(level string) bool { return levels[level] >= f.min }

func (f filtered) Log(level, msg string) {
	if f.Enabled(level) {
		f.Logger.Log(level, msg)
	}
}

type counting struct {
	LevelFilter
	counts map[string]int
}

func (c *counting) Log(level, msg string) {
	c.counts[level]++
	c.LevelFilter.Log(level, msg)
}

type multi []Logger

func (m multi) Log(level, msg string) {
	for _, l := range m {
		l.Log(level, msg)
	}
}

func emit(l Logger) {
	l.Log("debug", "starting up")
	l.Log("info", "listening on :8080")
	l.Log("warn", "disk 91% full")
	l.Log("error", "connection reset")
	if lf, ok := l.(LevelFilter); ok {
		fmt.Println("  debug enabled?", lf.Enabled("debug"))
	}
}

func main() {
	var sb strings.Builder
	base := writerLogger{os.Stdout, "app "}
	captured := writerLogger{&sb, "cap "}

	fmt.Println("== base")
	emit(base)
	fmt.Println("== filtered(warn)")
	emit(filtered{base, 2})
	fmt.Println("== counting(info)")
	c := &counting{LevelFilter: filtered{captured, 1}, counts: map[string]int{}}
	emit(c)
	fmt.Print(sb.String())
	fmt.Println(c.counts["debug"], c.counts["info"], c.counts["warn"], c.counts["error"])
	fmt.Println("== multi")
	emit(multi{filtered{base, 3}, filtered{writerLogger{os.Stdout, "two "}, 1}})
	var l Logger = c
	if _, ok := l.(*counting); ok {
		fmt.Println("l is *counting")
	}
	if f, ok := c.LevelFilter.(filtered); ok {
		fmt.Println("min level", f.min)
	}
}
