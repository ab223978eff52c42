package main

import "fmt"

type Kind int

const (
	KNone Kind = iota
	KSmall
	KMedium = iota * 10
	KLarge
	_
	KHuge
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "even"
	default:
		return "odd"
	}
	return "big even"
}

func findPair(nums []int, target int) (int, int) {
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(KNone, KSmall, KMedium, KLarge, KHuge)
	fmt.Println(KB, MB, GB)
	for _, n := range []int{-5, 0, 1, 4, 7, 200} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(findPair([]int{8, 1, 5, 3, 9}, 8))

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()

	x := 10
	if x := 5; x > 3 {
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	switch y := x / 3; y {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("fell into four")
	}
	var total int
	for n := range 10 {
		if n%3 == 0 {
			continue
		}
		total += n
		if total > 20 {
			break
		}
	}
	fmt.Println(total)
	for i, r := range "aé😀" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
