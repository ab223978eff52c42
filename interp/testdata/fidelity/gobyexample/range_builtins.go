package main

import "fmt"

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)

	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}

	kvs := map[string]string{"a": "apple", "b": "banana"}
	fmt.Println("len:", len(kvs), "a ->", kvs["a"], "b ->", kvs["b"])

	for i, c := range "go" {
		fmt.Println(i, c)
	}

	for i, r := range "héllo, 世界" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	for i := range 3 {
		fmt.Println("range int", i)
	}

	arr := [5]int{10, 20, 30, 40, 50}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr, len(arr))

	ch := make(chan string, 3)
	ch <- "one"
	ch <- "two"
	ch <- "three"
	close(ch)
	for s := range ch {
		fmt.Println("from chan:", s)
	}

	matrix := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	total := 0
	for r, row := range matrix {
		for c, v := range row {
			if r == c {
				total += v
			}
		}
	}
	fmt.Println("trace:", total)

	s := []string{"x", "y", "z"}
	for i := range s {
		s = append(s, s[i]+"!")
	}
	fmt.Println(s, len(s))

	var nilSlice []int
	count := 0
	for range nilSlice {
		count++
	}
	fmt.Println("nil slice iterations:", count)

	bytesSeen := 0
	for i := 0; i < len("héllo"); i++ {
		bytesSeen++
	}
	fmt.Println("bytes:", bytesSeen, "runes:", len([]rune("héllo")))
}
