package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty") // shadows the named result
		_ = err
		return n, nil
	}
	n, err = strconv.Atoi(s)
	return
}

func lookup(keys []string) (found string, err error) {
	for _, k := range keys {
		if v, err := strconv.Atoi(k); err == nil {
			found = fmt.Sprint("num:", v)
			continue
		}
		found += "/" + k
	}
	return found, err
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	fmt.Println(x)

	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("12x")
	fmt.Println(n, err)
	n, err = parse("77")
	fmt.Println(n, err)

	fmt.Println(lookup([]string{"a", "1", "b"}))

	var result int
	for i := 0; i < 3; i++ {
		result, ok := i*10, i%2 == 0
		_ = ok
		_ = result
	}
	fmt.Println("result still", result)

	count := 0
	inc := func() int {
		count := count + 1
		return count
	}
	fmt.Println(inc(), inc(), count)

	err = nil
	if true {
		_, err := strconv.Atoi("bad")
		fmt.Println("inner err:", err != nil)
	}
	fmt.Println("outer err:", err)

	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))

	type int32 = string
	var v int32 = "i am a string"
	fmt.Println(v)

	true := false
	fmt.Println(true, !true)

	nil := 5
	fmt.Println(nil + 1)

	a, b := 1, 2
	a, b = b, a
	c, a := 3, 100
	fmt.Println(a, b, c)

	switch y := x + "?"; y {
	case "main?":
		y := y + y
		fmt.Println(y)
	}
}
