// A JSON-like value tree with named map and slice types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Object map[string]any
type Array []any
type Null struct{}

func render(v any, indent string) string {
	switch x := v.(type) {
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "%s  %q: %s,\n", indent, k, render(x[k], indent+"  "))
		}
		b.WriteString(indent + "}")
		return b.String()
	case Array:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = render(e, indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case Null:
		return "null"
	case string:
		return fmt.Sprintf("%q", x)
	case float64:
		return fmt.Sprint(x)
	case bool:
		return fmt.Sprint(x)
	case map[string]any:
		return "<plain map>"
	case []any:
		return "<plain slice>"
	}
	return fmt.Sprintf("<%T>", v)
}

func count(v any) (objects, arrays int) {
	switch x := v.(type) {
	case Object:
		objects++
		for _, e := range x {
			o, a := count(e)
			objects, arrays = objects+o, arrays+a
		}
	case Array:
		arrays++
		for _, e := range x {
			o, a := count(e)
			objects, arrays = objects+o, arrays+a
		}
	}
	return
}

func main() {
	doc := Object{
		"name":    "gopad",
		"version": 1.5,
		"tags":    Array{"go", "jupyter", Null{}},
		"owner":   Object{"login": "ann", "admin": true},
		"raw":     map[string]any{"x": 1},
		"list":    []any{1, 2},
	}
	fmt.Println(render(doc, ""))
	o, a := count(doc)
	fmt.Println("objects:", o, "arrays:", a)

	var v any = doc["tags"]
	_, isArray := v.(Array)
	_, isSlice := v.([]any)
	fmt.Println(isArray, isSlice)
	fmt.Printf("%T %T %T\n", doc["tags"], doc["raw"], doc["owner"])
	fmt.Println(doc["tags"].(Array)[2] == Null{})
}
