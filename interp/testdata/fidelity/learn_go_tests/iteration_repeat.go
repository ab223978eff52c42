package main

import (
	"fmt"
	"strings"
)

const repeatCount = 5

func Repeat(character string, count int) string {
	var repeated string
	for i := 0; i < count; i++ {
		repeated += character
	}
	return repeated
}

func Sum(numbers []int) int {
	sum := 0
	for _, number := range numbers {
		sum += number
	}
	return sum
}

func SumAll(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		sums = append(sums, Sum(numbers))
	}
	return sums
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
		} else {
			tail := numbers[1:]
			sums = append(sums, Sum(tail))
		}
	}
	return sums
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type check struct {
	name string
	got  any
	want any
}

func main() {
	checks := []check{
		{"repeat a", Repeat("a", repeatCount), "aaaaa"},
		{"repeat matches strings.Repeat", Repeat("xy", 3), strings.Repeat("xy", 3)},
		{"sum 1..5", Sum([]int{1, 2, 3, 4, 5}), 15},
		{"sum empty", Sum(nil), 0},
	}
	for _, c := range checks {
		status := "PASS"
		if c.got != c.want {
			status = "FAIL"
		}
		fmt.Printf("%s %-32s got=%v want=%v\n", status, c.name, c.got, c.want)
	}
	all := SumAll([]int{1, 2}, []int{0, 9})
	fmt.Println("SumAll:", all, equal(all, []int{3, 9}))
	tails := SumAllTails([]int{}, []int{3, 4, 5}, []int{7})
	fmt.Println("SumAllTails:", tails, equal(tails, []int{0, 9, 0}))
	fmt.Printf("%v %d %T\n", SumAll(), len(SumAll()), SumAll())
	var nums [5]int
	for i := range nums {
		nums[i] = (i + 1) * 10
	}
	fmt.Println(Sum(nums[:]), Sum(nums[1:3]), nums)
}
