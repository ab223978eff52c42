package main

import "fmt"

// Thunk is one step of a computation: it returns the next step, or nil when done.
type Thunk func() Thunk

func run(t Thunk) (steps int) {
	for t != nil {
		t = t()
		steps++
	}
	return steps
}

func countdown(n int, out *[]int) Thunk {
	return func() Thunk {
		*out = append(*out, n)
		if n == 0 {
			return nil
		}
		return countdown(n-1, out)
	}
}

// even and odd recurse into each other through thunks, so a million steps need no deep stack.
func even(n int, res *bool) Thunk {
	return func() Thunk {
		if n == 0 {
			*res = true
			return nil
		}
		return odd(n-1, res)
	}
}

func odd(n int, res *bool) Thunk {
	return func() Thunk {
		if n == 0 {
			*res = false
			return nil
		}
		return even(n-1, res)
	}
}

type Pipeline struct {
	steps []Thunk
	name  string
}

func main() {
	var out []int
	fmt.Println(run(countdown(5, &out)), out)

	for _, n := range []int{0, 7, 10, 12345} {
		var r bool
		steps := run(even(n, &r))
		fmt.Println(n, "even:", r, "steps:", steps)
	}

	p := Pipeline{name: "p"}
	for i := 0; i < 3; i++ {
		p.steps = append(p.steps, countdown(i, &out))
	}
	total := 0
	for _, s := range p.steps {
		total += run(s)
	}
	fmt.Println(total, out[len(out)-3:])
	var t Thunk
	fmt.Printf("%T %v %d\n", t, t == nil, run(t))
}
