package main

import (
	"errors"
	"fmt"
	"sort"
)

type HTTPStatus int
type ExitCode int

func (s HTTPStatus) String() string {
	switch s {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	}
	return fmt.Sprintf("HTTP %d", int(s))
}

func (c ExitCode) String() string { return fmt.Sprintf("exit(%d)", int(c)) }

func (s HTTPStatus) Error() string { return "http: " + s.String() }
func (c ExitCode) Error() string   { return "process " + c.String() }

type Coded interface {
	error
	Code() int
}

func (s HTTPStatus) Code() int { return int(s) }
func (c ExitCode) Code() int   { return int(c) * 1000 }

func run(step int) error {
	switch step {
	case 1:
		return HTTPStatus(404)
	case 2:
		return fmt.Errorf("step %d: %w", step, ExitCode(3))
	case 3:
		return errors.Join(HTTPStatus(500), ExitCode(1))
	}
	return nil
}

func main() {
	values := []fmt.Stringer{HTTPStatus(200), ExitCode(2), HTTPStatus(418)}
	for _, v := range values {
		switch x := v.(type) {
		case HTTPStatus:
			fmt.Println("status", x, int(x))
		case ExitCode:
			fmt.Println("exit", x, int(x))
		}
	}
	for step := 0; step <= 3; step++ {
		err := run(step)
		if err == nil {
			fmt.Println(step, "ok")
			continue
		}
		var c Coded
		if errors.As(err, &c) {
			fmt.Println(step, "coded:", c.Code(), c)
		}
		var ec ExitCode
		fmt.Println(step, err, errors.As(err, &ec), ec)
		if co, ok := err.(Coded); ok {
			fmt.Printf("  direct %T %d\n", co, co.Code())
		}
	}
	byCode := map[int]fmt.Stringer{}
	for _, v := range []any{HTTPStatus(404), ExitCode(4), HTTPStatus(500), "plain"} {
		if c, ok := v.(Coded); ok {
			byCode[c.Code()] = c.(fmt.Stringer)
		}
	}
	codes := make([]int, 0, len(byCode))
	for k := range byCode {
		codes = append(codes, k)
	}
	sort.Ints(codes)
	for _, k := range codes {
		fmt.Printf("%d=%v ", k, byCode[k])
	}
	fmt.Println()
	fmt.Println(errors.Is(run(2), ExitCode(3)), errors.Is(run(3), HTTPStatus(500)), errors.Is(run(1), ExitCode(404)))
}
