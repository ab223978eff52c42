package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "0x1F", "1e3", "abc", "99999999999999999999", " 5"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	i, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i, err)

	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)

	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)

	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)

	_, err = strconv.ParseBool("yes")
	fmt.Println(err)

	b2, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(b2)
}
