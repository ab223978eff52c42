package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// safe runs f and turns a panic into an error.
func safe(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s: %w", name, v)
			case string:
				err = fmt.Errorf("%s: %s", name, v)
			default:
				err = fmt.Errorf("%s: unexpected panic %v (%T)", name, v, v)
			}
		}
	}()
	f()
	return nil
}

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

func main() {
	var nilMap map[string]int
	var nilPtr *struct{ X int }
	arr := []int{1, 2, 3}
	idx := 5
	zero := 0
	var iface any = "text"

	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = arr[idx] }},
		{"slice", func() { _ = arr[2:idx] }},
		{"nilmap", func() { nilMap["a"] = 1 }},
		{"nilptr", func() { nilPtr.X = 1 }},
		{"divide", func() { fmt.Println(10 / zero) }},
		{"assert", func() { _ = iface.(int) }},
		{"custom", func() { panic(ValidationError{"age", -3}) }},
		{"string", func() { panic("something broke") }},
		{"int", func() { panic(42) }},
		{"errorf", func() { panic(fmt.Errorf("wrapped: %w", strconv.ErrRange)) }},
		{"atoi", func() {
			if _, err := strconv.Atoi("12a"); err != nil {
				panic(err)
			}
		}},
		{"ok", func() {}},
		{"closed", func() {
			ch := make(chan int)
			close(ch)
			close(ch)
		}},
		{"conv", func() {
			s := make([]int, 2)
			_ = [4]int(s)
		}},
	}
	for _, tc := range tests {
		err := safe(tc.name, tc.f)
		fmt.Printf("%-7s -> %v\n", tc.name, err)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("        validation field:", ve.Field)
		}
		if errors.Is(err, strconv.ErrRange) {
			fmt.Println("        is ErrRange")
		}
		var re interface{ RuntimeError() }
		if errors.As(err, &re) {
			fmt.Println("        runtime error")
		}
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Fprintf(&sb, "[%d:%v]", i, r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprint("even ", i))
			}
			fmt.Fprintf(&sb, "(%d ok)", i)
		}()
	}
	fmt.Println(sb.String())
}
