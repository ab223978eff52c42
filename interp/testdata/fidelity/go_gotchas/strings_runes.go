package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i := 0; i < 4; i++ {
		fmt.Printf("%d:%x(%c) ", i, s[i], s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	fmt.Println(s[1:3], s[7:10], []byte(s[1:3]))
	fmt.Printf("%q\n", s[1:2])
	fmt.Println(reverseRunes(s))
	fmt.Println(utf8.ValidString(reverseBytes(s)), utf8.ValidString(reverseRunes(s)))

	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("[%d %U] ", i, r)
	}
	fmt.Println(len(bad), utf8.RuneCountInString(bad))
	fmt.Printf("%q %+q %x % x\n", bad, "世", "世", "世")

	var r rune = 'A' + 2
	var by byte = 'a'
	fmt.Println(r, by, string(r), string(rune(by)), 'x'-'a')
	fmt.Printf("%T %T %v\n", r, by, 'A' < 'a')

	str := "go"
	str += "pher"
	fmt.Println(str[0] == 'g', str[2:], strings.Title("hello go") == "Hello Go")
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return r - 32
	}, "gopher go"))

	b := []byte("abc")
	sb := string(b)
	b[0] = 'X'
	fmt.Println(sb, string(b))

	fmt.Println(string(rune(65)), fmt.Sprint(65), strings.Repeat("ab", 3))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToUpper("straße"))
	fmt.Println(utf8.RuneLen('世'), utf8.RuneLen('a'), []rune("世界")[1] == '界')

	multi := `raw\nstring "quoted"`
	fmt.Println(multi, len(multi))
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], counts['z'])
	fmt.Println(strings.Compare("a", "b"), "abc" < "abd", "Z" < "a", "" < " ")
}
