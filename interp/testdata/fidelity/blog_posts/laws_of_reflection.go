package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
)

// From "The Laws of Reflection".

type MyInt int

type T struct {
	A int
	B string `tag:"bee" json:"b,omitempty"`
	c bool
}

func (t T) Hello(name string) string { return "hello " + name + " from " + t.B }

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("value:", v.String())
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())

	var y uint8 = 'x'
	vy := reflect.ValueOf(y)
	fmt.Println("type:", vy.Type())
	fmt.Println("kind is uint8: ", vy.Kind() == reflect.Uint8)
	y = uint8(vy.Uint())

	var mi MyInt = 7
	vm := reflect.ValueOf(mi)
	fmt.Println(vm.Type(), vm.Kind(), vm.Int())

	var r io.Reader = os.Stdin
	var w io.Writer
	w = r.(io.Writer)
	_ = w
	fmt.Printf("%T\n", r)
	var empty interface{}
	empty = os.Stdout
	fmt.Println(reflect.TypeOf(empty))

	y2 := v.Interface().(float64)
	fmt.Println(y2)
	fmt.Printf("value is %7.1e\n", v.Interface())

	fmt.Println("settability of v:", v.CanSet())
	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type())
	fmt.Println("settability of p:", p.CanSet())
	ve := p.Elem()
	fmt.Println("settability of v:", ve.CanSet())
	ve.SetFloat(7.1)
	fmt.Println(ve.Interface())
	fmt.Println(x)

	t := T{23, "skidoo", true}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		sf := typeOfT.Field(i)
		if !sf.IsExported() {
			fmt.Printf("%d: %s %s (unexported)\n", i, sf.Name, f.Type())
			continue
		}
		fmt.Printf("%d: %s %s = %v tag=%q json=%q\n", i, sf.Name, f.Type(), f.Interface(), sf.Tag.Get("tag"), sf.Tag.Get("json"))
	}
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	fmt.Println("t is now", t)
	fmt.Println(typeOfT.Name(), typeOfT.Kind(), typeOfT.NumMethod(), typeOfT.Method(0).Name)
	res := reflect.ValueOf(t).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("gopher")})
	fmt.Println(strings.ToUpper(res[0].String()))
	sl := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 4)
	sl = reflect.Append(sl, reflect.ValueOf(1), reflect.ValueOf(2))
	fmt.Println(sl.Interface(), sl.Len(), sl.Cap())
	mp := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	fmt.Println(mp.Len(), mp.MapIndex(reflect.ValueOf("b")), reflect.DeepEqual([]int{1}, []int{1}))
}
