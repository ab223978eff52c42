package main

import (
	"fmt"
	"reflect"
	"strings"
)

func makeLogged(fptr interface{}, name string, log *[]string) {
	fn := reflect.ValueOf(fptr).Elem()
	orig := reflect.ValueOf(fn.Interface())
	wrapped := reflect.MakeFunc(fn.Type(), func(args []reflect.Value) []reflect.Value {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = fmt.Sprint(a.Interface())
		}
		out := orig.Call(args)
		res := make([]string, len(out))
		for i, o := range out {
			res[i] = fmt.Sprint(o.Interface())
		}
		*log = append(*log, fmt.Sprintf("%s(%s) -> %s", name, strings.Join(parts, ", "), strings.Join(res, ", ")))
		return out
	})
	fn.Set(wrapped)
}

func swapper(fptr interface{}) {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	fn := reflect.ValueOf(fptr).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
}

func main() {
	var log []string

	add := func(a, b int) int { return a + b }
	makeLogged(&add, "add", &log)
	fmt.Println(add(2, 3), add(10, -4))

	upper := strings.ToUpper
	makeLogged(&upper, "upper", &log)
	fmt.Println(upper("gopher"))

	div := func(a, b float64) (float64, bool) {
		if b == 0 {
			return 0, false
		}
		return a / b, true
	}
	makeLogged(&div, "div", &log)
	q, ok := div(7, 2)
	fmt.Println(q, ok)
	q, ok = div(1, 0)
	fmt.Println(q, ok)

	for _, l := range log {
		fmt.Println("log:", l)
	}

	var intSwap func(int, int) (int, int)
	swapper(&intSwap)
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	swapper(&strSwap)
	fmt.Println(strSwap("left", "right"))

	sum := reflect.ValueOf(func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	})
	out := sum.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println("variadic sum:", out[0].Int(), "variadic:", sum.Type().IsVariadic())
}
