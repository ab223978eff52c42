// Methods on a type over int, found and called through reflect.
package main

import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == 0 || d == 6 }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func main() {
	d := Weekday(5)
	t := reflect.TypeOf(d)
	fmt.Println(t.Name(), t.Kind(), t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(" ", t.Method(i).Name)
	}
	v := reflect.ValueOf(d)
	for _, name := range []string{"String", "Weekend", "Next"} {
		out := v.MethodByName(name).Call(nil)
		fmt.Printf("%s() = %v\n", name, out[0].Interface())
	}
	next := t.Method(0).Func.Call([]reflect.Value{v})[0]
	fmt.Println("via Func:", next.Interface())
	f := v.Method(2).Interface().(func() bool)
	fmt.Println("bound Weekend:", f())
}
