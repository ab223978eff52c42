package main

import (
	"fmt"
	"sort"
	"strings"
)

const page = `<html>
<body>
  <h1>Hello!</h1>
  <a href="/other-page">A link to <b>another</b> page</a>
  <div>
    <a href="https://www.twitter.com/joncalhoun">
      Check me out on twitter
      <i class="fa fa-twitter" aria-hidden="true"></i>
    </a>
    <a href='/github'>Gophercises is on <strong>Github</strong>!</a>
    <!-- <a href="/commented">not a link</a> -->
  </div>
  <a href="/other-page">Duplicate</a>
</body>
</html>`

type Link struct {
	Href string
	Text string
}

type token struct {
	kind  string // "open", "close", "text", "comment"
	name  string
	attrs map[string]string
	data  string
}

func tokenize(s string) []token {
	var toks []token
	for len(s) > 0 {
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			toks = append(toks, token{kind: "comment", data: s[4:end]})
			s = s[end+3:]
			continue
		}
		if s[0] == '<' {
			end := strings.IndexByte(s, '>')
			inner := s[1:end]
			s = s[end+1:]
			if strings.HasPrefix(inner, "/") {
				toks = append(toks, token{kind: "close", name: inner[1:]})
				continue
			}
			toks = append(toks, parseTag(inner))
			continue
		}
		end := strings.IndexByte(s, '<')
		if end < 0 {
			end = len(s)
		}
		toks = append(toks, token{kind: "text", data: s[:end]})
		s = s[end:]
	}
	return toks
}

func parseTag(inner string) token {
	t := token{kind: "open", attrs: map[string]string{}}
	fields := strings.Fields(inner)
	t.name = fields[0]
	for _, f := range fields[1:] {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		t.attrs[k] = strings.Trim(v, `"'`)
	}
	return t
}

func Parse(doc string) []Link {
	var links []Link
	var cur *Link
	var text []string
	for _, t := range tokenize(doc) {
		switch {
		case t.kind == "open" && t.name == "a":
			cur = &Link{Href: t.attrs["href"]}
			text = nil
		case t.kind == "close" && t.name == "a" && cur != nil:
			cur.Text = strings.Join(strings.Fields(strings.Join(text, " ")), " ")
			links = append(links, *cur)
			cur = nil
		case t.kind == "text" && cur != nil:
			text = append(text, t.data)
		}
	}
	return links
}

func main() {
	toks := tokenize(page)
	kinds := map[string]int{}
	for _, t := range toks {
		kinds[t.kind]++
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%-8s %3d\n", k, kinds[k])
	}
	links := Parse(page)
	for _, l := range links {
		fmt.Printf("%+v\n", l)
	}
	fmt.Printf("%#v\n", links[0])
	seen := map[string]bool{}
	var uniq []string
	for _, l := range links {
		if !seen[l.Href] {
			seen[l.Href] = true
			uniq = append(uniq, l.Href)
		}
	}
	fmt.Printf("%d links, %d unique: %q\n", len(links), len(uniq), uniq)
}
