package main

import (
	"errors"
	"fmt"
)

func collect() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() int { return v })
	}
	return fs
}

func deferOrder() (out []string) {
	for i := range 3 {
		defer func() { out = append(out, fmt.Sprint("closure", i)) }()
		defer fmt.Sprint(i)
	}
	x := 1
	defer func(v int) { out = append(out, fmt.Sprint("arg", v, "now", x)) }(x)
	x = 99
	return []string{"start"}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

type closer struct {
	name string
	log  *[]string
}

func (c closer) Close() error {
	*c.log = append(*c.log, "close "+c.name)
	if c.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useAll(log *[]string) (err error) {
	for _, n := range []string{"a", "b", "c"} {
		c := closer{n, log}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	*log = append(*log, "working")
	return nil
}

func main() {
	for _, f := range collect() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(deferOrder())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	var log []string
	err := useAll(&log)
	fmt.Println(log, err)
	counter := 0
	inc := func() int { counter++; return counter }
	a, b, c := inc(), inc(), inc()
	fmt.Println(a, b, c, counter)
}
