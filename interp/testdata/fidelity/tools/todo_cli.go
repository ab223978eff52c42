package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Todo struct {
	Text string
	Done bool
}

type List struct{ items []Todo }

func (l *List) Run(cmd string) (string, error) {
	verb, arg, _ := strings.Cut(cmd, " ")
	switch verb {
	case "add":
		if arg == "" {
			return "", errors.New("add: missing text")
		}
		l.items = append(l.items, Todo{Text: arg})
		return fmt.Sprintf("added #%d", len(l.items)), nil
	case "done":
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 || n > len(l.items) {
			return "", fmt.Errorf("done: bad item %q", arg)
		}
		l.items[n-1].Done = true
		return "ok", nil
	case "list":
		var b strings.Builder
		for i, t := range l.items {
			mark := " "
			if t.Done {
				mark = "x"
			}
			fmt.Fprintf(&b, "%d [%s] %s\n", i+1, mark, t.Text)
		}
		return strings.TrimRight(b.String(), "\n"), nil
	}
	return "", fmt.Errorf("unknown command %q", verb)
}

func main() {
	var l List
	for _, c := range []string{"add buy milk", "add write report", "done 1", "done 9", "add", "list", "frobnicate"} {
		out, err := l.Run(c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(out)
	}
}
