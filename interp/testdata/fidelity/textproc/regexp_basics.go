package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@example.com, bob@test.com; nobody@site.org"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindAllString(text, -1))
	fmt.Println(re.FindStringSubmatch(text))

	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		fmt.Println(m)
	}
	fmt.Println(re.ReplaceAllString(text, "$2:$1"))
	fmt.Println(re.ReplaceAllStringFunc(text, func(s string) string { return "<" + s + ">" }))
	fmt.Println(re.NumSubexp(), re.String())

	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
}
