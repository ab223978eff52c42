package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Limits  map[string]int
	Backend *Backend
	Extra   interface{}
}

type Backend struct {
	Host    string
	Retries uint8
}

func dump(sb *strings.Builder, v reflect.Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch v.Kind() {
	case reflect.Invalid:
		sb.WriteString("nil")
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		if v.Kind() == reflect.Ptr {
			sb.WriteString("&")
		}
		dump(sb, v.Elem(), indent)
	case reflect.Struct:
		sb.WriteString(v.Type().Name() + " {\n")
		for i := 0; i < v.NumField(); i++ {
			sb.WriteString(pad + "  " + v.Type().Field(i).Name + ": ")
			dump(sb, v.Field(i), indent+1)
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case reflect.Slice, reflect.Array:
		sb.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteString(", ")
			}
			dump(sb, v.Index(i), indent)
		}
		sb.WriteString("]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		sb.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(sb, "%v: ", k)
			dump(sb, v.MapIndex(k), indent)
		}
		sb.WriteString("}")
	case reflect.String:
		fmt.Fprintf(sb, "%q", v.String())
	default:
		fmt.Fprintf(sb, "%v", v)
	}
}

func Dump(x interface{}) string {
	var sb strings.Builder
	dump(&sb, reflect.ValueOf(x), 0)
	return sb.String()
}

func main() {
	cfg := Config{
		Name: "api", Port: 8080, Debug: true, Ratio: 0.75,
		Tags:    []string{"prod", "eu"},
		Limits:  map[string]int{"rps": 100, "burst": 20, "conns": 5},
		Backend: &Backend{Host: "db.local", Retries: 3},
		Extra:   []int{1, 2},
	}
	fmt.Println(Dump(cfg))
	fmt.Println(Dump(Config{Name: "empty"}))
	fmt.Println(Dump([]interface{}{1, "two", 3.0, nil, true}))
	fmt.Println(Dump(map[string]Backend{"b": {"h2", 1}, "a": {"h1", 0}}))
}
