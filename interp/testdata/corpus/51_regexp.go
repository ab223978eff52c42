package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: bob@example.com, alice@test.com; invalid@x"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println("user:", m[1], "domain:", m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "$1 at $2"))
	fmt.Println(re.FindStringIndex(text))

	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.FindAllString("a1 b22 c333", 2))
	fmt.Println(digits.Split("x1y22z", -1))
	fmt.Println(digits.ReplaceAllStringFunc("a1b2", func(s string) string { return "<" + s + ">" }))

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Println(name, "=", m[i])
		}
	}
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	ok, _ := regexp.MatchString(`^[a-z]+$`, "hello")
	fmt.Println(ok)
}
