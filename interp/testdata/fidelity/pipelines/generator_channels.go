package main

import "fmt"

func primes(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		var found []int
		for n := 2; ; n++ {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if !isPrime {
				continue
			}
			found = append(found, n)
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func pairs(in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		prev, ok := <-in
		if !ok {
			return
		}
		for n := range in {
			out <- [2]int{prev, n}
			prev = n
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ps := primes(done)
	var first []int
	for i := 0; i < 15; i++ {
		first = append(first, <-ps)
	}
	close(done)
	fmt.Println(first)

	src := make(chan int)
	go func() {
		for _, p := range first {
			src <- p
		}
		close(src)
	}()
	twins := 0
	for pr := range pairs(src) {
		if pr[1]-pr[0] == 2 {
			twins++
			fmt.Print(pr, " ")
		}
	}
	fmt.Println("\ntwin pairs:", twins)
}
