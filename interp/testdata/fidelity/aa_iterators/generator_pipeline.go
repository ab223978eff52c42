package main

import (
	"fmt"
	"iter"
	"strings"
)

type Event struct {
	At   int
	Kind string
	User string
}

func Parse(log string) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for i, line := range strings.Split(strings.TrimSpace(log), "\n") {
			var e Event
			_, err := fmt.Sscanf(line, "%d %s %s", &e.At, &e.Kind, &e.User)
			if err != nil {
				err = fmt.Errorf("line %d: %w", i+1, err)
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

func Sessions(events iter.Seq2[Event, error]) iter.Seq[string] {
	return func(yield func(string) bool) {
		open := map[string]int{}
		for e, err := range events {
			if err != nil {
				if !yield("skip: " + err.Error()) {
					return
				}
				continue
			}
			switch e.Kind {
			case "login":
				open[e.User] = e.At
			case "logout":
				start, ok := open[e.User]
				if !ok {
					continue
				}
				delete(open, e.User)
				if !yield(fmt.Sprintf("%s: %d..%d (%ds)", e.User, start, e.At, e.At-start)) {
					return
				}
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

const log = `
100 login ann
105 login bob
130 logout ann
oops
140 login cy
150 logout bob
151 logout zed
190 logout cy
200 login ann
260 logout ann
`

func main() {
	for i, s := range Enumerate(Sessions(Parse(log))) {
		fmt.Println(i, s)
	}
	fmt.Println("-- first two only")
	for i, s := range Enumerate(Sessions(Parse(log))) {
		if i == 2 {
			break
		}
		fmt.Println(s)
	}
	total := 0
	for e, err := range Parse(log) {
		if err == nil && e.Kind == "login" {
			total++
		}
	}
	fmt.Println("logins:", total)
}
