package main

import "fmt"

// Number is a Peano natural: nil is zero, and a pointer to n is n+1.
type Number *Number

func zero() *Number { return nil }

func isZero(x *Number) bool { return x == nil }

func succ(x *Number) *Number {
	e := new(Number)
	*e = x
	return e
}

func pred(x *Number) *Number { return *x }

func add(x, y *Number) *Number {
	if isZero(y) {
		return x
	}
	return add(succ(x), pred(y))
}

func mul(x, y *Number) *Number {
	if isZero(x) || isZero(y) {
		return zero()
	}
	return add(mul(x, pred(y)), x)
}

func fact(n *Number) *Number {
	if isZero(n) {
		return succ(zero())
	}
	return mul(fact(pred(n)), n)
}

func gen(n int) *Number {
	if n > 0 {
		return succ(gen(n - 1))
	}
	return zero()
}

func count(x *Number) int {
	if isZero(x) {
		return 0
	}
	return count(*x) + 1
}

func main() {
	for i := 0; i <= 5; i++ {
		fmt.Printf("%d! = %d\n", i, count(fact(gen(i))))
	}
	fmt.Println(count(add(gen(7), gen(8))), count(mul(gen(6), gen(7))))
	two := gen(2)
	fmt.Println(isZero(pred(pred(two))), *pred(two) == nil, count(*two))
	var n Number = gen(1)
	fmt.Printf("%T %v\n", n, count(n))
}
