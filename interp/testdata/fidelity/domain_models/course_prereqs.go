package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Course struct {
	Code    string
	Credits int
	Prereqs []string
}

type Catalog map[string]*Course

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "prerequisite cycle: " + strings.Join(e.Path, " -> ") }

var ErrMissing = errors.New("missing course")

func (c Catalog) Order() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order []string
	var stack []string
	var visit func(code string) error
	visit = func(code string) error {
		course, ok := c[code]
		if !ok {
			return fmt.Errorf("%w: %s (needed by %s)", ErrMissing, code, stack[len(stack)-1])
		}
		switch color[code] {
		case grey:
			i := 0
			for stack[i] != code {
				i++
			}
			return &CycleError{append(append([]string{}, stack[i:]...), code)}
		case black:
			return nil
		}
		color[code] = grey
		stack = append(stack, code)
		pre := append([]string(nil), course.Prereqs...)
		sort.Strings(pre)
		for _, p := range pre {
			if err := visit(p); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[code] = black
		order = append(order, code)
		return nil
	}
	codes := make([]string, 0, len(c))
	for k := range c {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	for _, k := range codes {
		if err := visit(k); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func semesters(c Catalog, order []string, maxCredits int) [][]string {
	done := map[string]int{}
	var plan [][]string
	for _, code := range order {
		earliest := 0
		for _, p := range c[code].Prereqs {
			if done[p]+1 > earliest {
				earliest = done[p] + 1
			}
		}
		for s := earliest; ; s++ {
			for len(plan) <= s {
				plan = append(plan, nil)
			}
			load := 0
			for _, x := range plan[s] {
				load += c[x].Credits
			}
			if load+c[code].Credits <= maxCredits {
				plan[s] = append(plan[s], code)
				done[code] = s
				break
			}
		}
	}
	return plan
}

func main() {
	cat := Catalog{}
	add := func(code string, cr int, pre ...string) { cat[code] = &Course{code, cr, pre} }
	add("CS101", 4)
	add("CS102", 4, "CS101")
	add("MATH1", 3)
	add("MATH2", 3, "MATH1")
	add("CS201", 4, "CS102", "MATH1")
	add("CS202", 3, "CS201")
	add("CS301", 4, "CS201", "MATH2")
	add("CS350", 3, "CS202", "CS301")
	order, err := cat.Order()
	fmt.Println(order, err)
	for i, s := range semesters(cat, order, 8) {
		fmt.Printf("semester %d: %v\n", i+1, s)
	}
	add("CS101", 4, "CS350")
	_, err = cat.Order()
	var ce *CycleError
	fmt.Println(err, errors.As(err, &ce), len(ce.Path))
	add("CS101", 4)
	add("CS400", 3, "CS999")
	_, err = cat.Order()
	fmt.Println(err, errors.Is(err, ErrMissing))
}
