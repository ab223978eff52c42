package main

import (
	"fmt"
	"reflect"
)

func Sum(numbers []int) int {
	sum := 0
	for _, number := range numbers {
		sum += number
	}
	return sum
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
			continue
		}
		sums = append(sums, Sum(numbers[1:]))
	}
	return sums
}

func Reduce[A any](collection []A, f func(A, A) A, initial A) A {
	result := initial
	for _, x := range collection {
		result = f(result, x)
	}
	return result
}

type Account struct {
	Name    string
	Balance float64
}

func checkSums(t string, got, want []int) {
	if !reflect.DeepEqual(got, want) {
		fmt.Printf("%s: got %v want %v\n", t, got, want)
		return
	}
	fmt.Printf("%s: ok %v\n", t, got)
}

func main() {
	checkSums("tails", SumAllTails([]int{1, 2}, []int{0, 9}), []int{2, 9})
	checkSums("empty", SumAllTails([]int{}, []int{3, 4, 5}), []int{0, 9})
	checkSums("nil vs empty", SumAllTails(), []int{})
	fmt.Println(Reduce([]int{1, 2, 3}, func(a, b int) int { return a * b }, 1))
	fmt.Println(Reduce([]string{"a", "b"}, func(a, b string) string { return a + b }, ">"))
	accs := []Account{{"a", 10}, {"b", 20.5}}
	total := Reduce(accs, func(a, b Account) Account { return Account{"total", a.Balance + b.Balance} }, Account{})
	fmt.Printf("%+v\n", total)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := make([]int, len(s))
	n := copy(u, s[2:])
	fmt.Println(u, n)
	var grid [2][3]int
	grid[1][2] = 7
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2, reflect.DeepEqual(grid, g2))
}
