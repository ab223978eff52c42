// A Result sum type built from named slices, arrays and a channel type.
package main

import "fmt"

type Ok []int
type Err [1]string
type Stream chan int

type Result interface{}

func divideAll(xs []int, d int) Result {
	if d == 0 {
		return Err{"division by zero"}
	}
	out := make(Ok, len(xs))
	for i, x := range xs {
		out[i] = x / d
	}
	return out
}

func stream(xs []int) Result {
	ch := make(Stream, len(xs))
	for _, x := range xs {
		ch <- x * x
	}
	close(ch)
	return ch
}

func consume(r Result) string {
	switch v := r.(type) {
	case Ok:
		return fmt.Sprint("ok ", []int(v))
	case Err:
		return "error: " + v[0]
	case Stream:
		sum := 0
		for x := range v {
			sum += x
		}
		return fmt.Sprint("stream sum ", sum)
	case []int:
		return "bare ints"
	}
	return "?"
}

func main() {
	rs := []Result{
		divideAll([]int{10, 20, 30}, 10),
		divideAll([]int{1}, 0),
		stream([]int{1, 2, 3}),
		[]int{7},
	}
	for _, r := range rs {
		fmt.Printf("%-11T %s\n", r, consume(r))
	}
	e, ok := rs[1].(Err)
	fmt.Println(e, ok, rs[1] == Result(Err{"division by zero"}))
	_, bad := rs[0].(Err)
	fmt.Println(bad)
}
