package main

import (
	"fmt"
	"strings"
	"unicode"
)

var htmlish = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")

func classify(s string) map[string]int {
	counts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		default:
			counts["other"]++
		}
	}
	return counts
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			sb.WriteRune(unicode.ToLower(r))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func main() {
	fmt.Println(htmlish.Replace(`<a href="x">Tom & Jerry</a>`))

	leet := strings.NewReplacer("a", "4", "e", "3", "o", "0", "t", "7")
	for _, w := range []string{"gopher", "attenuate", "toolbox"} {
		fmt.Printf("%-10s => %s\n", w, leet.Replace(w))
	}

	var sb strings.Builder
	n, err := leet.WriteString(&sb, "total eclipse")
	fmt.Println(sb.String(), n, err)

	text := "Hello World 2024! 你好, Gophers."
	counts := classify(text)
	for _, k := range []string{"upper", "lower", "digit", "space", "punct", "han", "other"} {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	for _, id := range []string{"HTTPServer", "userID", "parseJSONBody", "X"} {
		fmt.Println(id, "->", camelToSnake(id))
	}

	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc\nd"))

	fmt.Println(unicode.ToTitle('ǆ'), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.IsLetter('é'), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.In('α', unicode.Greek, unicode.Latin), unicode.In('a', unicode.Greek))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL"))
	fmt.Println(strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"))
	fmt.Println(strings.Title("deprecated but common"))
	fmt.Println(strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'd'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('K'))
}
