package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Calculator struct {
	Memory float64
}

func (c *Calculator) Add(a, b float64) float64 { c.Memory = a + b; return c.Memory }
func (c *Calculator) Mul(a, b float64) float64 { c.Memory = a * b; return c.Memory }
func (c *Calculator) Sub(a, b float64) float64 { c.Memory = a - b; return c.Memory }
func (c Calculator) Recall() float64           { return c.Memory }
func (c Calculator) Describe(prefix string) string {
	return fmt.Sprintf("%s: memory=%.2f", prefix, c.Memory)
}

func invoke(obj interface{}, name string, args ...interface{}) ([]reflect.Value, error) {
	m := reflect.ValueOf(obj).MethodByName(name)
	if !m.IsValid() {
		return nil, fmt.Errorf("no method %q", name)
	}
	if m.Type().NumIn() != len(args) {
		return nil, fmt.Errorf("%s wants %d args, got %d", name, m.Type().NumIn(), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	return m.Call(in), nil
}

func main() {
	calc := &Calculator{}
	t := reflect.TypeOf(calc)
	fmt.Println("pointer method set size:", t.NumMethod())
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, t.Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println("methods:", names)
	fmt.Println("value method set size:", reflect.TypeOf(*calc).NumMethod())

	script := []struct {
		op   string
		args []interface{}
	}{
		{"Add", []interface{}{2.0, 3.0}},
		{"Mul", []interface{}{4.0, 2.5}},
		{"Sub", []interface{}{10.0, 0.25}},
		{"Recall", nil},
		{"Describe", []interface{}{"calc"}},
		{"Div", []interface{}{1.0, 2.0}},
		{"Add", []interface{}{1.0}},
	}
	for _, s := range script {
		out, err := invoke(calc, s.op, s.args...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s%v = %v\n", s.op, s.args, out[0].Interface())
	}
	fmt.Println("final memory:", calc.Memory)
}
