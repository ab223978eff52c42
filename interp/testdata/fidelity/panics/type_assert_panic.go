package main

import "fmt"

func describe(v any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	n := v.(int)
	return fmt.Sprint("int ", n)
}

func main() {
	fmt.Println(describe(42))
	fmt.Println(describe("hello"))
	fmt.Println(describe(nil))
	fmt.Println(describe(3.5))
}
