package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Weekday int
type Names []string
type Handler func(string) error

type Animal interface{ Sound() string }
type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

func classify(x interface{}) string {
	if x == nil {
		return "nil interface"
	}
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("signed %s (%s) = %d", t, t.Kind(), v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("unsigned %s = %d, bits=%d", t, v.Uint(), t.Bits())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("float %s = %g", t, v.Float())
	case reflect.String:
		return fmt.Sprintf("string of len %d", v.Len())
	case reflect.Slice:
		return fmt.Sprintf("slice of %s, len %d", t.Elem(), v.Len())
	case reflect.Array:
		return fmt.Sprintf("array [%d]%s", t.Len(), t.Elem())
	case reflect.Map:
		return fmt.Sprintf("map %s -> %s, %d entries", t.Key(), t.Elem(), v.Len())
	case reflect.Func:
		return fmt.Sprintf("func with %d in, %d out", t.NumIn(), t.NumOut())
	case reflect.Chan:
		return fmt.Sprintf("chan of %s, dir %s, cap %d", t.Elem(), t.ChanDir(), v.Cap())
	case reflect.Ptr:
		return fmt.Sprintf("pointer to %s", t.Elem().Kind())
	case reflect.Struct:
		return fmt.Sprintf("struct %s with %d fields", t.Name(), t.NumField())
	}
	return "other: " + t.Kind().String()
}

func main() {
	values := []interface{}{
		42, int8(-3), uint16(65535), byte('A'), 3.14, float32(0.5),
		Celsius(36.6), Weekday(3), "héllo", []int{1, 2, 3}, Names{"a", "b"},
		[4]byte{}, map[string]bool{"x": true}, func(a, b int) int { return a + b },
		Handler(nil), make(chan int, 5), make(<-chan string), &Dog{"rex"}, Dog{"fido"},
		struct{}{}, nil, complex(1, 2),
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
	animalType := reflect.TypeOf((*Animal)(nil)).Elem()
	fmt.Println("Dog implements Animal:", reflect.TypeOf(Dog{}).Implements(animalType))
	fmt.Println("*Dog implements Animal:", reflect.TypeOf(&Dog{}).Implements(animalType))
	fmt.Println("int implements Animal:", reflect.TypeOf(0).Implements(animalType))
	fmt.Println("Celsius convertible to float64:", reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)))
}
