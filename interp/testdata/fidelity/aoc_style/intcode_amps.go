package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

const prog1 = "3,15,3,16,1002,16,10,16,1,16,15,15,4,15,99,0,0"
const prog2 = "3,26,1001,26,-4,26,3,27,1002,27,2,27,1,27,26,27,4,27,1001,28,-1,28,1005,28,6,99,0,0,5"

func load(s string) []int {
	var mem []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		mem = append(mem, n)
	}
	return mem
}

func run(mem []int, in <-chan int, out chan<- int) {
	defer close(out)
	pc := 0
	param := func(i int) int {
		mode := mem[pc] / 100
		for j := 1; j < i; j++ {
			mode /= 10
		}
		if mode%10 == 1 {
			return mem[pc+i]
		}
		return mem[mem[pc+i]]
	}
	for {
		switch op := mem[pc] % 100; op {
		case 1, 2, 7, 8:
			a, b := param(1), param(2)
			var v int
			switch op {
			case 1:
				v = a + b
			case 2:
				v = a * b
			case 7:
				if a < b {
					v = 1
				}
			case 8:
				if a == b {
					v = 1
				}
			}
			mem[mem[pc+3]] = v
			pc += 4
		case 3:
			mem[mem[pc+1]] = <-in
			pc += 2
		case 4:
			out <- param(1)
			pc += 2
		case 5, 6:
			if (param(1) != 0) == (op == 5) {
				pc = param(2)
			} else {
				pc += 3
			}
		case 99:
			return
		default:
			panic(fmt.Sprintf("bad opcode %d at %d", op, pc))
		}
	}
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var res [][]int
	for i := range xs {
		rest := append(append([]int(nil), xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest) {
			res = append(res, append([]int{xs[i]}, p...))
		}
	}
	return res
}

// chain wires five amplifiers; with feedback the last output loops to the first.
func chain(src string, phases []int, feedback bool) int {
	n := len(phases)
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int, 2)
	}
	var wg sync.WaitGroup
	for i, ph := range phases {
		chans[i] <- ph
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			run(load(src), chans[i], chans[i+1])
		}(i)
	}
	chans[0] <- 0
	last := 0
	for v := range chans[n] {
		last = v
		if feedback {
			select {
			case chans[0] <- v:
			default:
			}
		}
	}
	wg.Wait()
	return last
}

func best(src string, phases []int, feedback bool) (int, []int) {
	top, arg := -1, []int(nil)
	for _, p := range permutations(phases) {
		if v := chain(src, p, feedback); v > top {
			top, arg = v, p
		}
	}
	return top, arg
}

func main() {
	fmt.Println("permutations of 5:", len(permutations([]int{0, 1, 2, 3, 4})))
	v, p := best(prog1, []int{0, 1, 2, 3, 4}, false)
	fmt.Println("max thruster signal:", v, "from", p)
	v, p = best(prog2, []int{5, 6, 7, 8, 9}, true)
	fmt.Println("with feedback:", v, "from", p)
}
