package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	k := 0
	for {
		k++
		if k > 4 {
			break
		}
	}
	fmt.Println(k)

	arr := [5]int{5, 4, 3, 2, 1}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)

	for i, j := 0, len(arr)-1; i < j; i, j = i+1, j-1 {
		arr[i], arr[j] = arr[j], arr[i]
	}
	fmt.Println(arr)

	for i := range 3 {
		defer fmt.Print(i)
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
}
