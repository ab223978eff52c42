package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return fmt.Sprintf("exit %d: %v", e.Code, e.Err) }
func (e *ExitError) Unwrap() error { return e.Err }

var ErrUsage = errors.New("usage: tool <cmd> [args]")

func run(args []string) error {
	if len(args) == 0 {
		return &ExitError{2, ErrUsage}
	}
	switch args[0] {
	case "echo":
		fmt.Println(strings.Join(args[1:], " "))
		return nil
	case "fail":
		return &ExitError{3, fmt.Errorf("command %q failed", args[0])}
	}
	return &ExitError{1, fmt.Errorf("unknown command %q", args[0])}
}

func main() {
	defer fmt.Println("deferred in main never runs after os.Exit")
	calls := [][]string{{"echo", "hi", "there"}, {}, {"zap"}}
	for _, c := range calls {
		err := run(c)
		var ee *ExitError
		if errors.As(err, &ee) {
			fmt.Printf("%v (code %d, usage=%v)\n", ee, ee.Code, errors.Is(err, ErrUsage))
		}
	}
	if err := run([]string{"fail"}); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		var ee *ExitError
		errors.As(err, &ee)
		os.Exit(ee.Code)
	}
	fmt.Println("unreachable")
}
