package main

import (
	"errors"
	"fmt"
	"strings"
)

// stackErr carries a fake stack that %+v prints, as pkg/errors does.
type stackErr struct {
	msg   string
	stack []string
	cause error
}

func (e *stackErr) Error() string {
	if e.cause != nil {
		return e.msg + ": " + e.cause.Error()
	}
	return e.msg
}

func (e *stackErr) Unwrap() error { return e.cause }

func (e *stackErr) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('+') {
			fmt.Fprintf(s, "%s", e.msg)
			for _, fr := range e.stack {
				fmt.Fprintf(s, "\n\tat %s", fr)
			}
			if e.cause != nil {
				fmt.Fprintf(s, "\ncaused by: %+v", e.cause)
			}
			return
		}
		fallthrough
	case 's':
		fmt.Fprint(s, e.Error())
	case 'q':
		fmt.Fprintf(s, "%q", e.Error())
	}
}

func wrap(err error, msg string, frames ...string) error {
	return &stackErr{msg: msg, stack: frames, cause: err}
}

func loadConfig(name string) error {
	if strings.HasSuffix(name, ".yaml") {
		return wrap(errors.New("yaml not supported"), "load "+name, "config.load", "config.parse")
	}
	return nil
}

func start() error {
	if err := loadConfig("app.yaml"); err != nil {
		return wrap(err, "start", "main.start", "main.main")
	}
	return nil
}

func main() {
	err := start()
	fmt.Printf("%v\n", err)
	fmt.Printf("%s\n", err)
	fmt.Printf("%q\n", err)
	fmt.Printf("%+v\n", err)
	fmt.Println("plain println:", err)
	wrapped := fmt.Errorf("fatal: %w", err)
	fmt.Printf("%v\n", wrapped)
	var se *stackErr
	fmt.Println(errors.As(wrapped, &se), se.msg, len(se.stack))
	fmt.Printf("%10.4s|\n", "abcdefgh")
	errs := []error{err, errors.New("x")}
	fmt.Printf("%v\n", errs)
}
