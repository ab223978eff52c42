package main

import (
	"fmt"
	"strconv"
)

func toFloat(v any) (float64, error) {
	switch n := v.(type) {
	case int:
		return float64(n), nil
	case int32:
		return float64(n), nil
	case int64:
		return float64(n), nil
	case uint8:
		return float64(n), nil
	case float32:
		return float64(n), nil
	case float64:
		return n, nil
	case string:
		return strconv.ParseFloat(n, 64)
	case bool:
		if n {
			return 1, nil
		}
		return 0, nil
	default:
		return 0, fmt.Errorf("cannot convert %T to float64", v)
	}
}

func main() {
	total := 0.0
	for _, v := range []any{1, int32(2), int64(3), uint8(4), float32(0.5), 2.25, "10", true, "x", []int{}} {
		f, err := toFloat(v)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += f
	}
	fmt.Println(total)
}
