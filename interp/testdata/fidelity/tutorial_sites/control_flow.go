package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func describe(n int) {
	fmt.Printf("%d:", n)
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" small")
	case 2, 3, 4:
		fmt.Print(" few")
		if n == 3 {
			break
		}
		fmt.Print(" (not three)")
	default:
		fmt.Print(" many")
	}
	fmt.Println()
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		describe(i)
	}
	grid := [][]int{{1, 2, -1, 7}, {3, 7, 9}, {200, 5}, {5}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 5))
	fmt.Println(collatz(27), collatz(1), collatz(6))

	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Print(x, " ")
	}
	fmt.Println(x)

	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, ",")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println("n", n)
	switch y := n * 2; {
	case y > 10:
		fmt.Println("big", y)
	default:
		fmt.Println("small", y)
	}
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	b := arr
	b[0] = 100
	fmt.Println(arr, b, arr == b, len(arr))
	for i, c := range "héllo" {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
}
