package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Logger struct {
	min Level
	l   *log.Logger
}

func New(min Level, prefix string) *Logger {
	return &Logger{min: min, l: log.New(os.Stdout, prefix, 0)}
}

func (lg *Logger) logf(lv Level, format string, args ...any) {
	if lv < lg.min {
		return
	}
	lg.l.Printf("[%-5s] "+format, append([]any{lv}, args...)...)
}

func (lg *Logger) Debugf(f string, a ...any) { lg.logf(Debug, f, a...) }
func (lg *Logger) Infof(f string, a ...any)  { lg.logf(Info, f, a...) }
func (lg *Logger) Warnf(f string, a ...any)  { lg.logf(Warn, f, a...) }
func (lg *Logger) Errorf(f string, a ...any) { lg.logf(Error, f, a...) }

func process(items []string, lg *Logger) (ok int, err error) {
	var errs []error
	for i, it := range items {
		lg.Debugf("item %d = %q", i, it)
		if strings.TrimSpace(it) == "" {
			e := fmt.Errorf("item %d is blank", i)
			lg.Warnf("%v", e)
			errs = append(errs, e)
			continue
		}
		ok++
	}
	return ok, errors.Join(errs...)
}

func main() {
	lg := New(Info, "app: ")
	lg.Infof("starting with %d workers", 4)
	lg.Debugf("this is hidden")
	n, err := process([]string{"a", " ", "b", "", "c"}, lg)
	lg.Infof("processed %d items", n)
	if err != nil {
		lg.Errorf("errors:\n%v", err)
	}

	verbose := New(Debug, "")
	verbose.l.SetFlags(log.Lmsgprefix)
	verbose.l.SetPrefix("dbg> ")
	process([]string{"x", ""}, verbose)

	var buf bytes.Buffer
	bl := log.New(&buf, "[buf] ", log.Lshortfile&0)
	bl.Println("one", 2, 3.0)
	bl.Print("no newline")
	bl.Printf("%05.1f|%x", 3.14159, "hi")
	fmt.Print(buf.String())
	fmt.Println("lines in buffer:", strings.Count(buf.String(), "\n"))

	std := log.New(os.Stdout, "std ", 0)
	fmt.Println("prefix:", std.Prefix(), "flags:", std.Flags())
	std.SetPrefix("new ")
	std.Print(Level(7), " ", Warn)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		std.Panicf("bad value %d", 42)
	}()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("package logger to stdout")
	fmt.Println(Level(2), Level(-1))
}
