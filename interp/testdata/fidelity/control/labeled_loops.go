package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Printf("negative at (%d,%d)\n", i, j)
				break search
			}
		}
	}
	count := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue rows
			}
			count++
		}
	}
	fmt.Println("odd prefix count:", count)
}
