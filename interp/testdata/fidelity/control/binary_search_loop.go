package main

import "fmt"

func search(xs []int, target int) (int, int) {
	lo, hi, steps := 0, len(xs)-1, 0
	for lo <= hi {
		steps++
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid, steps
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1, steps
}

func main() {
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i * 3
	}
	for _, t := range []int{0, 297, 150, 151, -3} {
		i, s := search(xs, t)
		fmt.Printf("%d -> %d in %d steps\n", t, i, s)
	}
}
