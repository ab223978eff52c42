package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))

	s = s[:cap(s)]
	fmt.Println(s)

	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))

	t = append(t, 40)
	t = append(t, 50)
	fmt.Println(arr, t)

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "")

	p := &arr
	fmt.Println(p[1:3], len(p))

	ptrSlice := (*[3]int)(arr[:3])
	ptrSlice[0] = -1
	fmt.Println(arr[0], *ptrSlice)

	back := [3]int(arr[5:])
	fmt.Println(back)
}
