package main

import (
	"fmt"
	"sort"
)

type Connected struct{}
type Disconnected struct{}
type Message struct{ Body string }

func main() {
	counts := map[any]int{}
	events := []any{Connected{}, Message{"hi"}, Message{"yo"}, Disconnected{}, Connected{}, Message{"hi"}, Disconnected{}, Connected{}}
	for _, e := range events {
		counts[e]++
	}
	fmt.Println(len(counts), counts[Connected{}], counts[Disconnected{}], counts[Message{"hi"}], counts[struct{}{}])
	var lines []string
	for e, n := range counts {
		switch e := e.(type) {
		case Connected:
			lines = append(lines, fmt.Sprintf("connected %d", n))
		case Disconnected:
			lines = append(lines, fmt.Sprintf("disconnected %d", n))
		case Message:
			lines = append(lines, fmt.Sprintf("message %q %d", e.Body, n))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
