package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	var validID = regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`)
	fmt.Println(validID.MatchString("adam[23]"))
	fmt.Println(validID.MatchString("eve[7]"))
	fmt.Println(validID.MatchString("Job[48]"))
	fmt.Println(validID.MatchString("snakey"))

	matched, err := regexp.MatchString(`foo.*`, "seafood")
	fmt.Println(matched, err)
	_, err = regexp.MatchString(`a(b`, "seafood")
	fmt.Println(err)

	re := regexp.MustCompile(`foo.?`)
	fmt.Printf("%q\n", re.FindString("seafood fool"))
	fmt.Printf("%q\n", re.FindString("meat"))
	fmt.Println(re.FindStringIndex("chicken"), re.FindStringIndex("food"))
	fmt.Printf("%q\n", re.FindAllString("seafood fool foot", -1))
	re2 := regexp.MustCompile(`a(x*)b(y|z)c`)
	fmt.Printf("%q\n", re2.FindStringSubmatch("-axxxbyc-"))
	fmt.Printf("%q\n", re2.FindStringSubmatch("-abzc-"))
	fmt.Println(re2.NumSubexp())
	re3 := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re3.ReplaceAllString("-ab-axxb-", "T"))
	fmt.Println(re3.ReplaceAllString("-ab-axxb-", "$1"))
	fmt.Println(re3.ReplaceAllString("-ab-axxb-", "$1W"))
	fmt.Println(re3.ReplaceAllString("-ab-axxb-", "${1}W"))
	re4 := regexp.MustCompile(`(?P<first>[a-zA-Z]+) (?P<last>[a-zA-Z]+)`)
	fmt.Println(re4.MatchString("Alan Turing"))
	fmt.Printf("%q\n", re4.SubexpNames())
	reversed := fmt.Sprintf("${%s} ${%s}", re4.SubexpNames()[2], re4.SubexpNames()[1])
	fmt.Println(reversed)
	fmt.Println(re4.ReplaceAllString("Alan Turing", reversed))
	fmt.Println(re4.SubexpIndex("last"))
	re5 := regexp.MustCompile(`[^aeiou\s]+`)
	fmt.Println(re5.ReplaceAllStringFunc("seafood fool", strings.ToUpper))
	s := regexp.MustCompile("a*").Split("abaabaccadaaae", 5)
	fmt.Printf("%q\n", s)
	content := []byte(`
	# comment line
	option1: value1
	option2: value2

	# another comment line
	option3: value3
`)
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := []byte("$key=$value\n")
	result := []byte{}
	for _, submatches := range pattern.FindAllSubmatchIndex(content, -1) {
		result = pattern.Expand(result, template, content, submatches)
	}
	fmt.Println(string(result))
	fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$`))
	prefix, complete := re.LiteralPrefix()
	fmt.Println(re.String(), prefix, complete)
	fmt.Printf("%v\n", regexp.MustCompile(`(\d+)-(\d+)`).FindAllStringSubmatch("10-20, 30-40", -1))
}
