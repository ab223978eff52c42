package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	for _, c := range []byte("go on") {
		fmt.Print(kind(c), ",")
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	case x > 1:
		fmt.Println("not reached")
	}
	switch {
	}
	n := 3
	switch n {
	case 1, 2:
	case 3:
		if n == 3 {
			break
		}
		fmt.Println("skipped")
	}
	fmt.Println("done")
}
