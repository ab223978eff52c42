package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fibsUpTo(n int) []int {
	fibs := []int{1, 2}
	for {
		next := fibs[len(fibs)-1] + fibs[len(fibs)-2]
		if next > n {
			break
		}
		fibs = append(fibs, next)
	}
	return fibs
}

func zeckendorf(n int) string {
	if n == 0 {
		return "0"
	}
	fibs := fibsUpTo(n)
	var sb strings.Builder
	started := false
	for i := len(fibs) - 1; i >= 0; i-- {
		if fibs[i] <= n {
			sb.WriteByte('1')
			n -= fibs[i]
			started = true
		} else if started {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func lookAndSay(s string) string {
	var out strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out.WriteString(strconv.Itoa(j - i))
		out.WriteByte(s[i])
		i = j
	}
	return out.String()
}

type Seq func(yield func(int, string) bool)

func lookAndSaySeq(seed string) Seq {
	return func(yield func(int, string) bool) {
		s := seed
		for i := 0; ; i++ {
			if !yield(i, s) {
				return
			}
			s = lookAndSay(s)
		}
	}
}

func main() {
	for i := 0; i <= 20; i++ {
		fmt.Printf("%2d: %7s\n", i, zeckendorf(i))
	}
	for _, n := range []int{100, 1000, 12345} {
		z := zeckendorf(n)
		if strings.Contains(z, "11") {
			fmt.Println("bad", n)
		}
		fmt.Printf("%d -> %s (%d digits)\n", n, z, len(z))
	}
	for i, s := range lookAndSaySeq("1") {
		if i >= 10 {
			break
		}
		fmt.Printf("%d %s\n", i, s)
	}
	lengths := []int{}
	for i, s := range lookAndSaySeq("3") {
		if i == 15 {
			break
		}
		lengths = append(lengths, len(s))
	}
	fmt.Println("lengths from 3:", lengths)
}
