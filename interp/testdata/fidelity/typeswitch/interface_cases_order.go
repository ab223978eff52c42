package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type namedErr struct{ name string }

func (n namedErr) Error() string  { return "named " + n.name }
func (n namedErr) String() string { return "stringer " + n.name }

func what(v any) string {
	switch x := v.(type) {
	case io.ReadWriter:
		return "read-writer"
	case io.Reader:
		return "reader"
	case error:
		return "error(" + x.Error() + ")"
	case fmt.Stringer:
		return "stringer(" + x.String() + ")"
	}
	return "none"
}

func main() {
	fmt.Println(what(strings.NewReader("")))
	fmt.Println(what(os.Stdout))
	fmt.Println(what(namedErr{"n"}))
	fmt.Println(what(errors.New("plain")))
	fmt.Println(what(42))

	var s fmt.Stringer = namedErr{"s"}
	_, isErr := s.(error)
	fmt.Println(isErr)
}
