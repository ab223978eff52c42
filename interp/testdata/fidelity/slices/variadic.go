package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func modify(xs ...int) { xs[0] = -1 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))

	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))

	logf("%d items, %s", 3, "ok")
	logf("no args")
	modify(nums...)
	fmt.Println(nums)

	args := []any{1, "two", 3.0}
	fmt.Println(args...)
	fmt.Println(args)
}
