package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Vertex struct {
	Lat, Long float64
}

var m = map[string]Vertex{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func printSorted(m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, m[k])
	}
	fmt.Println()
}

func Sqrt(x float64) float64 {
	z := x / 2
	for i := 0; ; i++ {
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-12 {
			fmt.Printf("  converged after %d steps\n", i+1)
			return next
		}
		z = next
	}
}

func main() {
	fmt.Println(m["Google"])
	fmt.Println(len(m))

	mm := make(map[string]int)
	mm["Answer"] = 42
	fmt.Println("The value:", mm["Answer"])
	mm["Answer"] = 48
	fmt.Println("The value:", mm["Answer"])
	delete(mm, "Answer")
	fmt.Println("The value:", mm["Answer"])
	v, ok := mm["Answer"]
	fmt.Println("The value:", v, "Present?", ok)

	printSorted(WordCount("I am learning Go!"))
	printSorted(WordCount("The quick brown fox jumped over the lazy dog."))
	printSorted(WordCount("I ate a donut. Then I ate another donut."))
	printSorted(WordCount("A man a plan a canal panama."))

	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	for _, x := range []float64{2, 3, 100, 0.25} {
		got := Sqrt(x)
		fmt.Printf("Sqrt(%g) = %.10f, math.Sqrt = %.10f, diff %.2e\n", x, got, math.Sqrt(x), math.Abs(got-math.Sqrt(x)))
	}

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested["x"]["y"], nested["x"]["z"], len(nested["q"]))
	fmt.Println(nested)
}
