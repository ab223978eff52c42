package main

import "fmt"

type Reading struct {
	Sensor string
	Values []float64
}

func summarize(r Reading) (lo, hi, avg float64) {
	if len(r.Values) == 0 {
		return 0, 0, 0
	}
	lo, hi = r.Values[0], r.Values[0]
	sum := 0.0
	for _, v := range r.Values {
		lo = min(lo, v)
		hi = max(hi, v)
		sum += v
	}
	return lo, hi, sum / float64(len(r.Values))
}

func clamp(x, lo, hi int) int {
	return min(max(x, lo), hi)
}

func main() {
	readings := []Reading{
		{"kitchen", []float64{21.5, 22.1, 20.9, 23.4}},
		{"garage", []float64{8.2, 7.9, 9.4}},
		{"attic", nil},
	}
	for _, r := range readings {
		lo, hi, avg := summarize(r)
		fmt.Printf("%-8s lo=%5.2f hi=%5.2f avg=%5.2f\n", r.Sensor, lo, hi, avg)
	}

	fmt.Println("min of ints:", min(3, 1, 2), "max of ints:", max(3, 1, 2))
	fmt.Println("min of strings:", min("pear", "apple", "fig"))
	fmt.Println("max of mixed consts:", max(1, 2.5, 2))

	for _, x := range []int{-5, 0, 7, 12, 100} {
		fmt.Printf("clamp(%d) = %d\n", x, clamp(x, 0, 10))
	}

	// range over an integer (Go 1.22)
	for i := range 5 {
		fmt.Print(i*i, " ")
	}
	fmt.Println()

	total := 0
	for range 10 {
		total += 3
	}
	fmt.Println("total:", total)

	var n uint8 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()

	// clear on maps and slices
	counts := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println("before clear:", len(counts))
	clear(counts)
	fmt.Println("after clear:", len(counts), counts)
	counts["z"] = 26
	fmt.Println("reused:", counts)

	buf := []int{1, 2, 3, 4, 5}
	clear(buf[1:4])
	fmt.Println("partially cleared:", buf, len(buf), cap(buf))

	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	clear(pts)
	fmt.Printf("%+v\n", pts)

	grid := [3][3]int{}
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = max(i, j) - min(i, j)
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
}
