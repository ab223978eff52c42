package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m := map[any]string{}
	m[1] = "int"
	m["1"] = "string"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m), m[1], m["1"], m[[2]int{1, 2}])

	var k any = []int{1}
	m[k] = "slice"
	fmt.Println("not reached")
}
