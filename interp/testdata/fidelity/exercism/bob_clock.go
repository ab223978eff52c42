package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Bob answers.
func Hey(remark string) string {
	remark = strings.TrimSpace(remark)
	question := strings.HasSuffix(remark, "?")
	hasLetter := strings.IndexFunc(remark, unicode.IsLetter) >= 0
	yelling := hasLetter && strings.ToUpper(remark) == remark
	switch {
	case remark == "":
		return "Fine. Be that way!"
	case yelling && question:
		return "Calm down, I know what I'm doing!"
	case yelling:
		return "Whoa, chill out!"
	case question:
		return "Sure."
	default:
		return "Whatever."
	}
}

// Clock handles times without dates.
type Clock struct {
	minutes int
}

const day = 24 * 60

func New(h, m int) Clock {
	t := (h*60 + m) % day
	if t < 0 {
		t += day
	}
	return Clock{t}
}

func (c Clock) Add(m int) Clock      { return New(0, c.minutes+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.minutes-m) }
func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", c.minutes/60, c.minutes%60)
}

func main() {
	remarks := []string{
		"Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "FCECDFCAAB", "Does this cryogenic chamber make me look fat?",
		"You are, what, like 15?", "fffbbcbeab?", "Hi there!", "It's OK if you don't want to go work for NASA.",
		"WHAT'S GOING ON?", "1, 2, 3 GO!", "1, 2, 3", "4?", "ZOMG THE %^*@#$(*^ ZOMBIES ARE COMING!!11!!1!",
		"I HATE THE DENTIST", "Ending with ? means a question.", ":) ?", "Wait! Hang on. Are you going to be OK?",
		"", "          ", "\t\t\t\t\t\t\t\t\t\t", "\nDoes this cryogenic chamber make me look fat?\nNo.",
		"         hmmmmmmm...", "Okay if like my  spacebar  quite a bit?   ",
	}
	for _, r := range remarks {
		fmt.Printf("%-50q => %s\n", r, Hey(r))
	}
	cases := []struct{ h, m int }{{8, 0}, {11, 9}, {24, 0}, {25, 0}, {100, 0}, {1, 60}, {0, 160},
		{0, 1723}, {-1, 15}, {-25, 0}, {-91, 0}, {1, -40}, {1, -160}, {-121, -5810}}
	for _, c := range cases {
		fmt.Printf("New(%d, %d) = %v\n", c.h, c.m, New(c.h, c.m))
	}
	c := New(10, 0)
	fmt.Println(c.Add(3), c.Add(61), c.Add(3500), c.Subtract(30), c.Subtract(3000))
	fmt.Println(New(15, 37) == New(-9, 37), New(17, 3) == New(17, 2))
	m := map[Clock]string{New(0, 0): "midnight", New(24, 0).Add(720): "noon"}
	fmt.Println(m[New(12, 0)], m[New(48, 0)], len(m))
	fmt.Printf("%v %s %d %+v\n", c, c, c, c)
}
