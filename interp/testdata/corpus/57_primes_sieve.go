package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(isPrime(97), isPrime(91))
	count := 0
	for i := 0; i < 10000; i++ {
		if isPrime(i) {
			count++
		}
	}
	fmt.Println(count)
}
