package main

import (
	"fmt"
	"sort"
	"strings"
)

type Post struct {
	Title       string
	Description string
	Tags        []string
	Body        string
}

const (
	titleSeparator       = "Title: "
	descriptionSeparator = "Description: "
	tagsSeparator        = "Tags: "
)

type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

func newPost(file, content string) (Post, error) {
	lines := strings.Split(content, "\n")
	if len(lines) < 4 {
		return Post{}, ParseError{file, len(lines), "too few lines"}
	}
	readMeta := func(i int, prefix string) (string, error) {
		if !strings.HasPrefix(lines[i], prefix) {
			return "", ParseError{file, i + 1, "expected " + strings.TrimSpace(prefix)}
		}
		return strings.TrimPrefix(lines[i], prefix), nil
	}
	title, err := readMeta(0, titleSeparator)
	if err != nil {
		return Post{}, err
	}
	desc, err := readMeta(1, descriptionSeparator)
	if err != nil {
		return Post{}, err
	}
	tags, err := readMeta(2, tagsSeparator)
	if err != nil {
		return Post{}, err
	}
	body := strings.Join(lines[4:], "\n")
	return Post{title, desc, strings.Split(tags, ", "), strings.TrimSpace(body)}, nil
}

func main() {
	fs := map[string]string{
		"hello-world.md": "Title: Hello, TDD world!\nDescription: lol\nTags: tdd, go\n---\nHello\nWorld",
		"second.md":      "Title: Post 2\nDescription: Description 2\nTags: rust, borrow-checker\n---\nB\nL\nM",
		"broken.md":      "Title: Broken\nTags: oops\nDescription: swapped\n---\nbody",
		"short.md":       "Title: x",
	}
	names := make([]string, 0, len(fs))
	for n := range fs {
		names = append(names, n)
	}
	sort.Strings(names)
	var posts []Post
	var errs []error
	for _, n := range names {
		p, err := newPost(n, fs[n])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		posts = append(posts, p)
	}
	for _, p := range posts {
		fmt.Printf("%+v\n", p)
		fmt.Printf("  %q has %d tags, body %d bytes\n", p.Title, len(p.Tags), len(p.Body))
	}
	for _, e := range errs {
		if pe, ok := e.(ParseError); ok {
			fmt.Printf("parse error in %s at line %d: %v\n", pe.File, pe.Line, e)
		}
	}
	want := Post{Title: "Post 2", Description: "Description 2", Tags: []string{"rust", "borrow-checker"}, Body: "B\nL\nM"}
	fmt.Println("matches expected:", fmt.Sprint(posts[1]) == fmt.Sprint(want))
	fmt.Printf("%#v\n", posts[0].Tags)
}
