package main

import (
	"fmt"
	"sort"
	"strings"
)

var (
	registry   = map[string]Handler{}
	order      []string
	callCount  int
	defaultMsg = strings.ToUpper(prefix) + ": ready"
	prefix     = "app"
	primes     = sieve(30)
	primeSet   = toSet(primes)
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Handler func(args []string) string

func register(name string, h Handler) {
	registry[name] = h
	order = append(order, name)
}

func init() {
	register("echo", func(a []string) string { return strings.Join(a, " ") })
	register("count", func(a []string) string { return fmt.Sprint(len(a)) })
}

func init() {
	register("upper", func(a []string) string { return strings.ToUpper(strings.Join(a, " ")) })
	fmt.Println("init done,", len(registry), "handlers")
}

func sieve(n int) []int {
	var out []int
	comp := make([]bool, n+1)
	for i := 2; i <= n; i++ {
		if !comp[i] {
			out = append(out, i)
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return out
}

func toSet(xs []int) map[int]bool {
	m := make(map[int]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func dispatch(line string) string {
	callCount++
	parts := strings.Fields(line)
	h, ok := registry[parts[0]]
	if !ok {
		return "unknown command " + parts[0]
	}
	return h(parts[1:])
}

func main() {
	fmt.Println(defaultMsg)
	fmt.Println("registered in order:", order)
	for _, l := range []string{"echo hello world", "count a b c", "upper go is fun", "nope x"} {
		fmt.Printf("%-18q => %s\n", l, dispatch(l))
	}
	fmt.Println("calls:", callCount)
	fmt.Println(primes, primeSet[7], primeSet[9])
	fmt.Println(KB, MB, GB/MB)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
