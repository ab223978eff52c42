package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	Street string
	City   string
	Zip    string
}

type Employee struct {
	Name    string
	Age     int
	Salary  float64
	Active  bool
	Home    Address
	Skills  []string
	Manager *Employee
}

func walk(v reflect.Value, depth int) {
	indent := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			fmt.Printf("%s%s (%s):", indent, t.Field(i).Name, f.Kind())
			if f.Kind() == reflect.Struct || f.Kind() == reflect.Slice || f.Kind() == reflect.Ptr {
				fmt.Println()
				walk(f, depth+1)
			} else {
				fmt.Printf(" %v\n", f.Interface())
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			fmt.Printf("%s[%d] %v\n", indent, i, v.Index(i).Interface())
		}
		if v.Len() == 0 {
			fmt.Printf("%s(empty)\n", indent)
		}
	case reflect.Ptr:
		if v.IsNil() {
			fmt.Printf("%s<nil>\n", indent)
			return
		}
		walk(v.Elem(), depth)
	default:
		fmt.Printf("%s%v\n", indent, v.Interface())
	}
}

func countKinds(v reflect.Value, counts map[reflect.Kind]int) {
	counts[v.Kind()]++
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			countKinds(v.Field(i), counts)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			countKinds(v.Index(i), counts)
		}
	case reflect.Ptr:
		if !v.IsNil() {
			countKinds(v.Elem(), counts)
		}
	}
}

func main() {
	boss := &Employee{Name: "Grace", Age: 60, Salary: 200000, Active: true,
		Home: Address{"1 Navy Way", "Arlington", "22201"}}
	e := Employee{
		Name: "Linus", Age: 30, Salary: 95000.5, Active: true,
		Home:    Address{"12 Kernel St", "Portland", "97201"},
		Skills:  []string{"C", "Git", "Go"},
		Manager: boss,
	}
	walk(reflect.ValueOf(e), 0)

	counts := map[reflect.Kind]int{}
	countKinds(reflect.ValueOf(e), counts)
	for _, k := range []reflect.Kind{reflect.Struct, reflect.String, reflect.Int, reflect.Float64, reflect.Bool, reflect.Slice, reflect.Ptr} {
		fmt.Printf("%-8s %d\n", k, counts[k])
	}
}
