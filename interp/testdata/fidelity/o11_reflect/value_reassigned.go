// A reflect.Value variable assigned again from reflect.ValueOf of a
// value of a type declared over a basic type: its Type() names the
// declared type, as after the first assignment (the class seen in
// minaandrawos/Mastering-Go-Programming, "Section 5/5.6-2.go", whose
// local myFloat printed as float64 after `v = reflect.ValueOf(x3)`).
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Tags []string

func describe(xs ...any) {
	var v reflect.Value
	for _, x := range xs {
		v = reflect.ValueOf(x)
		fmt.Println("held:", v.Type(), v.Kind())
	}
	v = reflect.ValueOf(Celsius(3))
	fmt.Println("after the loop:", v.Type())
}

func main() {
	var x1 float32 = 5.8
	v := reflect.ValueOf(x1)
	fmt.Println("type:", v.Type(), v.Kind() == reflect.Float32)

	type myFloat float64
	var x3 myFloat = 5.87
	v = reflect.ValueOf(x3)
	fmt.Println(v.Type(), "kind is float64?", v.Kind() == reflect.Float64)

	w := reflect.ValueOf(Celsius(21.5))
	fmt.Println(w.Type(), w.Float())
	w = reflect.ValueOf(Tags{"a", "b"})
	fmt.Println(w.Type(), w.Len())
	w = reflect.ValueOf(42)
	fmt.Println(w.Type())

	if x3 > 1 {
		w = reflect.ValueOf(Celsius(-4))
		fmt.Println("in a branch:", w.Type(), w.Type().Name())
	}
	for i := 0; i < 2; i++ {
		u := reflect.ValueOf(Tags{"x"})
		fmt.Println(i, u.Type())
		u = reflect.ValueOf(x3)
		fmt.Println(i, u.Type(), u.Type().String())
	}
	describe(Celsius(1), 2.5, Tags{})
}
