package main

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

const page = `See [the docs](https://go.dev/doc/) and [the blog](https://go.dev/blog/?tag=generics#top).
Also [local notes](./notes.md) and a [broken link](http://%zz) here.
Reference style: [spec][1] and [tour][tour]. Image: ![gopher](img/gopher.png)

[1]: https://go.dev/ref/spec
[tour]: https://go.dev/tour/welcome/1
[unused]: https://example.com`

type Link struct {
	Text, Target string
	Image        bool
}

func (l Link) Kind() string {
	u, err := url.Parse(l.Target)
	switch {
	case err != nil:
		return "invalid"
	case u.IsAbs():
		return "external:" + u.Host
	default:
		return "relative"
	}
}

var (
	inlineRe = regexp.MustCompile(`(!?)\[([^\]]+)\]\(([^)]+)\)`)
	refRe    = regexp.MustCompile(`\[([^\]]+)\]\[([^\]]+)\]`)
	defRe    = regexp.MustCompile(`(?m)^\[([^\]]+)\]:\s*(\S+)$`)
)

func extract(src string) ([]Link, []string) {
	defs := map[string]string{}
	for _, m := range defRe.FindAllStringSubmatch(src, -1) {
		defs[m[1]] = m[2]
	}
	var links []Link
	for _, m := range inlineRe.FindAllStringSubmatch(src, -1) {
		links = append(links, Link{Text: m[2], Target: m[3], Image: m[1] == "!"})
	}
	used := map[string]bool{}
	for _, m := range refRe.FindAllStringSubmatch(src, -1) {
		used[m[2]] = true
		links = append(links, Link{Text: m[1], Target: defs[m[2]]})
	}
	var unused []string
	for k := range defs {
		if !used[k] {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	return links, unused
}

func main() {
	links, unused := extract(page)
	byKind := map[string][]string{}
	for i, l := range links {
		tag := ""
		if l.Image {
			tag = " (image)"
		}
		fmt.Printf("%d. %-14q -> %s%s\n", i+1, l.Text, l.Target, tag)
		byKind[l.Kind()] = append(byKind[l.Kind()], l.Text)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Printf("%-22s %v\n", k, byKind[k])
	}
	fmt.Println("unused refs:", unused)
	u, _ := url.Parse(links[1].Target)
	fmt.Println(u.Path, u.Query().Get("tag"), u.Fragment)
	fmt.Println(strings.Count(page, "]("), len(links))
}
