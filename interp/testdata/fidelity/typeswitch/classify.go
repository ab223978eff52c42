package main

import "fmt"

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case string:
		return fmt.Sprintf("string of %d bytes", len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type color int

func (c color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	for _, v := range []any{nil, 1, int64(2), 2.5, "héllo", []int{1, 2}, fmt.Errorf("bad"), color(1), struct{}{}, int8(3)} {
		fmt.Println(classify(v))
	}
}
