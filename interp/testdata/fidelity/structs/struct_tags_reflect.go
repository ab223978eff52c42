package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Flags struct {
	Verbose bool   `flag:"v" help:"print more"`
	Output  string `flag:"o" help:"output file"`
	Count   int    `flag:"n" help:"how many"`
}

func usage(v any) string {
	t := reflect.TypeOf(v)
	var b strings.Builder
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Fprintf(&b, "  -%s %-6s %s\n", f.Tag.Get("flag"), f.Type.Kind(), f.Tag.Get("help"))
	}
	return b.String()
}

func main() {
	fmt.Print(usage(Flags{}))

	f := Flags{Verbose: true, Count: 3}
	v := reflect.ValueOf(f)
	for i := 0; i < v.NumField(); i++ {
		fmt.Printf("%s=%v ", v.Type().Field(i).Name, v.Field(i).Interface())
	}
	fmt.Println()
}
