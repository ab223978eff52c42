package main

import (
	"bufio"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

// Numbers yields parsed integers, one per line, with a per-line error.
func Numbers(input string) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		sc := bufio.NewScanner(strings.NewReader(input))
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimSpace(sc.Text())
			if text == "" || strings.HasPrefix(text, "#") {
				continue
			}
			n, err := strconv.Atoi(text)
			if err != nil {
				err = fmt.Errorf("line %d: %w", line, err)
			}
			if !yield(n, err) {
				return
			}
		}
	}
}

type Page struct {
	Items []string
	Next  int
}

var pages = map[int]Page{
	0: {[]string{"a", "b", "c"}, 1},
	1: {[]string{"d", "e"}, 2},
	2: {[]string{"f"}, -1},
}

var ErrRateLimited = errors.New("rate limited")

func fetch(token int, failAt int) (Page, error) {
	if token == failAt {
		return Page{}, ErrRateLimited
	}
	return pages[token], nil
}

// Items walks every page of a fake paginated API.
func Items(failAt int) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		token := 0
		for token >= 0 {
			p, err := fetch(token, failAt)
			if err != nil {
				yield("", fmt.Errorf("page %d: %w", token, err))
				return
			}
			for _, it := range p.Items {
				if !yield(it, nil) {
					return
				}
			}
			token = p.Next
		}
	}
}

func main() {
	input := "10\n20\n# comment\nthirty\n\n40\n5x\n"
	sum := 0
	for n, err := range Numbers(input) {
		if err != nil {
			fmt.Println("skip:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  bad text:", ne.Num)
			}
			continue
		}
		sum += n
	}
	fmt.Println("sum:", sum)

	for _, failAt := range []int{-1, 2, 0} {
		var got []string
		var err error
		for it, e := range Items(failAt) {
			if e != nil {
				err = e
				break
			}
			got = append(got, it)
		}
		fmt.Printf("failAt=%d got=%v err=%v limited=%t\n", failAt, got, err, errors.Is(err, ErrRateLimited))
	}
	for it := range Items(-1) {
		if it == "c" {
			fmt.Println("found c")
			break
		}
	}
}
