package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Stage interface {
	Name() string
	Process(s string) (string, bool)
}

type TrimStage struct{}

func (TrimStage) Name() string { return "trim" }
func (TrimStage) Process(s string) (string, bool) {
	t := strings.TrimSpace(s)
	return t, t != ""
}

type MaxLen int

func (m MaxLen) Name() string { return fmt.Sprintf("maxlen(%d)", int(m)) }
func (m MaxLen) Process(s string) (string, bool) {
	if len(s) > int(m) {
		return s[:m], true
	}
	return s, true
}

type Filter struct {
	Label string
	Keep  func(string) bool
}

func (f Filter) Name() string                    { return "filter:" + f.Label }
func (f Filter) Process(s string) (string, bool) { return s, f.Keep(s) }

type FuncStage func(string) string

func (FuncStage) Name() string                      { return "func" }
func (f FuncStage) Process(s string) (string, bool) { return f(s), true }

func Run(stages []Stage, input string) (string, string) {
	cur := input
	for _, st := range stages {
		next, ok := st.Process(cur)
		if !ok {
			return "", "dropped at " + st.Name()
		}
		cur = next
	}
	return cur, "ok"
}

func main() {
	stages := []Stage{
		TrimStage{},
		Filter{"no-digits", func(s string) bool { return !strings.ContainsFunc(s, unicode.IsDigit) }},
		FuncStage(strings.ToUpper),
		MaxLen(8),
	}

	for _, in := range []string{"  hello world  ", "   ", "abc123", "go"} {
		out, status := Run(stages, in)
		fmt.Printf("%-18q -> %-12q %s\n", in, out, status)
	}

	for _, s := range stages {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()
}
