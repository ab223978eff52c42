package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Resource struct {
	name     string
	failOpen bool
	failStop bool
	log      *[]string
}

func (r *Resource) Open() error {
	if r.failOpen {
		return fmt.Errorf("open %s: %w", r.name, errors.ErrUnsupported)
	}
	*r.log = append(*r.log, "open "+r.name)
	return nil
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if r.failStop {
		return fmt.Errorf("close %s: %w", r.name, io.ErrClosedPipe)
	}
	return nil
}

func startAll(rs []*Resource) (err error) {
	var opened []io.Closer
	defer func() {
		if err == nil {
			return
		}
		for i := len(opened) - 1; i >= 0; i-- {
			if cerr := opened[i].Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}
	}()
	for _, r := range rs {
		if err := r.Open(); err != nil {
			return fmt.Errorf("startAll: %w", err)
		}
		opened = append(opened, r)
	}
	return nil
}

func process(lines []string) (count int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("process stopped at line %d: %v", count+1, r)
		}
	}()
	for _, l := range lines {
		if l == "" {
			panic("empty line")
		}
		count++
	}
	return count, nil
}

func main() {
	for _, scenario := range [][]bool{{false, false, false}, {false, false, true}, {false, true, false}} {
		var log []string
		rs := []*Resource{
			{name: "db", log: &log, failStop: true},
			{name: "cache", log: &log},
			{name: "queue", log: &log, failOpen: scenario[2]},
		}
		rs[1].failOpen = scenario[1]
		err := startAll(rs)
		fmt.Printf("scenario %v\n  log: %s\n", scenario, strings.Join(log, ", "))
		if err != nil {
			fmt.Printf("  err: %s\n", strings.ReplaceAll(err.Error(), "\n", " | "))
			fmt.Println("  unsupported:", errors.Is(err, errors.ErrUnsupported), "closed pipe:", errors.Is(err, io.ErrClosedPipe))
		}
	}
	n, err := process([]string{"a", "b", "", "d"})
	fmt.Println(n, err)
	n, err = process([]string{"x"})
	fmt.Println(n, err)
}
