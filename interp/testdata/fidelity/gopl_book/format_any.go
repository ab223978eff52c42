// format.Any in the style of gopl.io/ch12/format, and sexpr encoding (ch12/sexpr).
package main

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// Any formats any value as a string.
func Any(value interface{}) string {
	return formatAtom(reflect.ValueOf(value))
}

func formatAtom(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Chan, reflect.Func, reflect.Ptr, reflect.Slice, reflect.Map:
		return v.Type().String() + " 0x" + strconv.FormatUint(uint64(0), 16)
	default: // reflect.Array, reflect.Struct, reflect.Interface
		return v.Type().String() + " value"
	}
}

func encode(buf *bytes.Buffer, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Invalid:
		buf.WriteString("nil")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(buf, "%d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprintf(buf, "%d", v.Uint())
	case reflect.String:
		fmt.Fprintf(buf, "%q", v.String())
	case reflect.Bool:
		if v.Bool() {
			buf.WriteString("t")
		} else {
			buf.WriteString("nil")
		}
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(buf, "%g", v.Float())
	case reflect.Ptr:
		return encode(buf, v.Elem())
	case reflect.Array, reflect.Slice: // (value ...)
		buf.WriteByte('(')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				buf.WriteByte(' ')
			}
			if err := encode(buf, v.Index(i)); err != nil {
				return err
			}
		}
		buf.WriteByte(')')
	case reflect.Struct: // ((name value) ...)
		buf.WriteByte('(')
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				buf.WriteByte(' ')
			}
			fmt.Fprintf(buf, "(%s ", v.Type().Field(i).Name)
			if err := encode(buf, v.Field(i)); err != nil {
				return err
			}
			buf.WriteByte(')')
		}
		buf.WriteByte(')')
	case reflect.Interface:
		if v.IsNil() {
			buf.WriteString("nil")
			return nil
		}
		fmt.Fprintf(buf, "(%q ", v.Elem().Type().String())
		if err := encode(buf, v.Elem()); err != nil {
			return err
		}
		buf.WriteByte(')')
	default: // map, chan, func, complex
		return fmt.Errorf("unsupported type: %s", v.Type())
	}
	return nil
}

func Marshal(v interface{}) ([]byte, error) {
	var buf bytes.Buffer
	if err := encode(&buf, reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type Point struct{ X, Y int }
type Shape struct {
	Name   string
	Points []Point
	Closed bool
	Meta   interface{}
	Scale  float64
	ID     uint16
}

func main() {
	var x int64 = 1
	var d time.Duration = 1 * time.Nanosecond
	fmt.Println(Any(x))
	fmt.Println(Any(d))
	fmt.Println(Any([]int64{x}))
	fmt.Println(Any([]time.Duration{d}))
	fmt.Println(Any(Point{1, 2}), Any(nil), Any("q\"s"), Any(true), Any(uint8(200)))
	fmt.Println(Any(map[string]int{}), Any(&x), Any([2]bool{}))

	s := Shape{"tri", []Point{{0, 0}, {3, 0}, {0, 4}}, true, []string{"a", "b"}, 1.5, 7}
	b, err := Marshal(s)
	fmt.Println(string(b), err)
	b, err = Marshal(&Shape{Name: "empty"})
	fmt.Println(string(b), err)
	_, err = Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = Marshal(Shape{Meta: make(chan int)})
	fmt.Println(err)
	v := reflect.ValueOf(&s).Elem()
	v.Field(0).SetString("square")
	v.FieldByName("ID").SetUint(99)
	fmt.Println(s.Name, s.ID, v.Field(1).Len(), v.Type().Field(3).Type, v.NumField(), v.CanAddr())
	fmt.Println(reflect.ValueOf(s).Field(0).CanSet(), reflect.TypeOf(s).Name(), reflect.TypeOf(&s).Kind())
}
