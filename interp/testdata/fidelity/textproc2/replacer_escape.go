package main

import (
	"fmt"
	"html"
	"strings"
)

var htmlEscaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&quot;",
	"'", "&#39;",
)

var leet = strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0", "s", "5", "t", "7")

func expandTemplate(tmpl string, vars map[string]string) string {
	var pairs []string
	for _, k := range []string{"name", "item", "count", "day"} {
		if v, ok := vars[k]; ok {
			pairs = append(pairs, "{{"+k+"}}", v)
		}
	}
	return strings.NewReplacer(pairs...).Replace(tmpl)
}

func main() {
	inputs := []string{
		`<a href="x">Tom & Jerry's</a>`,
		"5 > 3 && 2 < 4",
		"plain text",
	}
	for _, in := range inputs {
		esc := htmlEscaper.Replace(in)
		fmt.Println(esc)
		fmt.Println("  html pkg agrees:", esc == html.EscapeString(in), "roundtrip:", html.UnescapeString(esc) == in)
	}
	fmt.Println(leet.Replace("the quick brown fox sits on stones"))

	tmpl := "Dear {{name}}, your {{count}} {{item}}(s) ship on {{day}}. Thanks, {{name}}! {{unknown}}"
	fmt.Println(expandTemplate(tmpl, map[string]string{"name": "Ada", "item": "widget", "count": "3", "day": "Monday"}))
	fmt.Println(expandTemplate(tmpl, map[string]string{"name": "Bo"}))

	// overlapping olds: earlier pairs win at the same position
	r := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r.Replace("aaaaaa"), r.Replace("aaaa"), r.Replace("baab"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))

	var sb strings.Builder
	n, err := leet.WriteString(&sb, "testing io writer")
	fmt.Println(sb.String(), n, err)
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"), strings.Replace("oink oink oink", "oink", "moo", 2))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		return r + 1
	}, "HAL 9000"))
}
