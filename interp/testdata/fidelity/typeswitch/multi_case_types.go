package main

import "fmt"

func size(v any) int {
	switch x := v.(type) {
	case int8, uint8:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case int64, uint64, float64, int, uint:
		return 8
	case string:
		return len(x)
	case []byte:
		return len(x)
	}
	return -1
}

func main() {
	vals := []any{int8(1), uint16(2), rune('a'), float32(1), 1.0, 42, "four", []byte{1, 2, 3}, true}
	total := 0
	for _, v := range vals {
		s := size(v)
		fmt.Printf("%T:%d ", v, s)
		total += s
	}
	fmt.Println()
	fmt.Println("total", total)
}
