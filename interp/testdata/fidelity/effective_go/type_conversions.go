package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sequence []int

func (s Sequence) String() string {
	s = append(Sequence(nil), s...)
	sort.IntSlice(s).Sort()
	return fmt.Sprint([]int(s))
}

type Temperature float64
type Celsius = Temperature

type Name string

func (n Name) Upper() Name { return Name(strings.ToUpper(string(n))) }

type Op func(int, int) int

func (o Op) Apply(xs ...int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = o(acc, x)
	}
	return acc
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	s := Sequence{3, 1, 2}
	fmt.Println(s, []int(s), len(s))
	var c Celsius = 21.5
	fmt.Printf("%v %T %.1f\n", c, c, float64(c))
	n := Name("gopher")
	fmt.Println(n.Upper(), n, string(n.Upper())+"!")
	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply(1, 2, 3, 4), mul.Apply(1, 2, 3, 4))
	ops := map[string]Op{"add": add, "mul": mul, "max": func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(5,7,2) = %d\n", k, ops[k].Apply(5, 7, 2))
	}
	fib := Matrix{{1, 1}, {1, 0}}
	p := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		p = p.Mul(fib)
	}
	fmt.Println(p, p[0][1])
	bs := []byte("hello")
	bs[0] = 'H'
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(bs), string(rs), len("héllo"), len(rs))
	var x uint8 = 250
	x += 10
	fmt.Println(x, int8(x), uint16(x)<<8, float32(1)/3)
}
