package main

import "fmt"

type Temp float64

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", v, v*2)
	case string:
		return fmt.Sprintf("string %q of length %d", v, len(v))
	case bool:
		return fmt.Sprintf("bool %t", v)
	case []int:
		return fmt.Sprintf("slice of %d ints", len(v))
	case Temp:
		return fmt.Sprintf("temp %.1f", float64(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type name struct{ s string }

func (n name) String() string { return "name:" + n.s }

func main() {
	values := []interface{}{nil, 21, "hi", true, []int{1, 2}, Temp(36.6), fmt.Errorf("bad"), name{"x"}, 3.5}
	for _, v := range values {
		fmt.Println(describe(v))
	}
}
