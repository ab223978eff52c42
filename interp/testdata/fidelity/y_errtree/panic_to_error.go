package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type PanicError struct {
	Value any
	Where string
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic in %s: %v", p.Where, p.Value) }

func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

func safely(name string, f func() int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{r, name}
			n = -1
		}
	}()
	return f(), nil
}

type stackT struct{ xs []int }

func (s *stackT) pop() int {
	v := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return v
}

func main() {
	var nilMap map[string]int
	var s stackT
	var iface any = "text"
	tasks := []struct {
		name string
		f    func() int
	}{
		{"ok", func() int { return 42 }},
		{"index", func() int { xs := []int{1, 2}; i := 5; return xs[i] }},
		{"nilmap", func() int { nilMap["a"] = 1; return 0 }},
		{"divide", func() int { z := 0; return 10 / z }},
		{"assert", func() int { return iface.(int) }},
		{"custom", func() int { panic(fmt.Sprintf("bad state %d", 7)) }},
		{"error", func() int { panic(strconv.ErrRange) }},
		{"pop", func() int { return s.pop() }},
		{"nested", func() int {
			n, err := safely("inner", func() int { panic("deep") })
			if err != nil {
				panic(fmt.Errorf("wrapped: %w", err))
			}
			return n
		}},
	}
	for _, t := range tasks {
		n, err := safely(t.name, t.f)
		fmt.Printf("%-7s n=%-3d err=%v\n", t.name, n, err)
		var re runtime.Error
		if errors.As(err, &re) {
			fmt.Println("        runtime error:", strings.TrimPrefix(re.Error(), "runtime error: "))
		}
		if errors.Is(err, strconv.ErrRange) {
			fmt.Println("        is ErrRange")
		}
		var pe *PanicError
		if errors.As(err, &pe) {
			fmt.Printf("        value type %T\n", pe.Value)
		}
	}
}
