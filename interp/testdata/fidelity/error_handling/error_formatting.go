package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type DetailError struct {
	Op     string
	Code   int
	Detail string
}

func (e *DetailError) Error() string { return fmt.Sprintf("%s failed (%d)", e.Op, e.Code) }

// Format prints extra detail for %+v, like pkg/errors does.
func (e *DetailError) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('+') {
			fmt.Fprintf(s, "%s failed (%d): %s", e.Op, e.Code, e.Detail)
			return
		}
		fallthrough
	case 's':
		io.WriteString(s, e.Error())
	case 'q':
		fmt.Fprintf(s, "%q", e.Error())
	}
}

var ErrA = errors.New("alpha broke")
var ErrB = errors.New("beta broke")

func main() {
	d := &DetailError{"sync", 7, "remote closed the stream"}
	fmt.Printf("%v\n%+v\n%s\n%q\n", d, d, d, d)
	wrapped := fmt.Errorf("job 3: %w", d)
	fmt.Printf("%v | %+v\n", wrapped, wrapped)

	plain := errors.New(`say "hi"`)
	fmt.Printf("%v|%s|%q|%x\n", plain, plain, plain, plain)
	fmt.Printf("%#v\n", ErrA == ErrA)
	j := errors.Join(ErrA, ErrB)
	fmt.Printf("%v\n--\n%q\n", j, j)
	fmt.Println(strings.Count(j.Error(), "\n"))

	mixed := fmt.Errorf("ctx: %v; cause: %w", ErrA, ErrB)
	fmt.Println(mixed, errors.Is(mixed, ErrA), errors.Is(mixed, ErrB))
	two := fmt.Errorf("%w + %w", ErrA, d)
	fmt.Println(two, errors.Is(two, ErrA))
	var de *DetailError
	fmt.Println(errors.As(two, &de), de.Code)

	counts := map[error]int{}
	for _, e := range []error{ErrA, ErrB, ErrA, io.EOF, ErrA} {
		counts[e]++
	}
	fmt.Println(counts[ErrA], counts[ErrB], counts[io.EOF], len(counts))

	for _, e := range []error{ErrA, fmt.Errorf("w: %w", ErrB), io.EOF, nil} {
		switch e {
		case ErrA, io.EOF:
			fmt.Println("direct match:", e)
		case nil:
			fmt.Println("nil error")
		default:
			fmt.Println("no direct match:", e, errors.Is(e, ErrB))
		}
	}
	var nilDetail *DetailError
	var asErr error = nilDetail
	fmt.Println(asErr == nil, nilDetail == nil)
	fmt.Printf("%v %T\n", error(nil), error(nil))
	fmt.Println(fmt.Sprint(ErrA, ErrB), fmt.Sprint("x", ErrA))
}
