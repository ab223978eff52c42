package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mu": 12}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)

	n := map[int][]string{3: {"c"}, 1: {"a", "b"}}
	fmt.Println(n)

	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)

	f := map[float64]string{2.5: "x", -1: "y"}
	fmt.Println(f)

	type key struct{ a, b int }
	s := map[key]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}
	fmt.Println(s)

	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap["x"])
}
