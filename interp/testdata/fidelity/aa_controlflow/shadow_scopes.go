package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func lookup(key string) (int, error) {
	table := map[string]string{"a": "1", "b": "two", "c": "3"}
	if v, ok := table[key]; !ok {
		return 0, errors.New("missing " + key)
	} else if n, err := strconv.Atoi(v); err != nil {
		return 0, fmt.Errorf("key %s: %w", key, err)
	} else {
		return n, nil
	}
}

func process(keys []string) (total int, err error) {
	for _, k := range keys {
		n, err := lookup(k) // shadows the named result
		if err != nil {
			fmt.Println("  skip:", err)
			continue
		}
		total += n
	}
	return total, err
}

func main() {
	fmt.Println(process([]string{"a", "b", "c", "d"}))
	x := 1
	{
		x := x + 10
		x++
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)
	if x := "string now"; len(x) > 3 {
		fmt.Println("if x:", x)
	} else {
		fmt.Println("else x:", x)
	}
	level := level + "/main"
	func() {
		level := level + "/closure"
		fmt.Println(level)
	}()
	fmt.Println(level)
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("zz")
		fmt.Println("inner err:", err != nil)
	}
	fmt.Println("outer err:", err)
	var fmtCount = 0
	for fmtCount := 0; fmtCount < 3; fmtCount++ {
		_ = fmtCount
	}
	fmt.Println("fmtCount:", fmtCount)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int32 = string
	var s int32 = "shadowed type"
	fmt.Println(s)
}
