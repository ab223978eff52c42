package main

import (
	"errors"
	"fmt"
	"strings"
)

type Resource struct {
	name   string
	failOn string
	closed bool
	log    *[]string
}

func (r *Resource) Write(s string) error {
	if r.closed {
		return fmt.Errorf("%s: write after close", r.name)
	}
	if strings.Contains(s, r.failOn) && r.failOn != "" {
		return fmt.Errorf("%s: write %q: %w", r.name, s, ErrDiskFull)
	}
	*r.log = append(*r.log, r.name+"<-"+s)
	return nil
}

func (r *Resource) Close() error {
	r.closed = true
	*r.log = append(*r.log, r.name+" closed")
	if r.name == "flaky" {
		return errors.New("flaky: close failed")
	}
	return nil
}

var ErrDiskFull = errors.New("disk full")

func process(names []string, data []string, failOn string) (err error) {
	var log []string
	defer func() {
		fmt.Println("  log:", strings.Join(log, ", "))
	}()
	for _, n := range names {
		r := &Resource{name: n, failOn: failOn, log: &log}
		defer func() {
			if cerr := r.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
		for _, d := range data {
			if werr := r.Write(d); werr != nil {
				return fmt.Errorf("process: %w", werr)
			}
		}
	}
	return nil
}

func main() {
	cases := []struct {
		names  []string
		failOn string
	}{
		{[]string{"a", "b"}, ""},
		{[]string{"a", "flaky"}, ""},
		{[]string{"a", "b"}, "y"},
		{[]string{"flaky"}, "x"},
	}
	for i, c := range cases {
		fmt.Printf("case %d:\n", i)
		err := process(c.names, []string{"x", "y"}, c.failOn)
		if err == nil {
			fmt.Println("  ok")
			continue
		}
		fmt.Printf("  error: %q\n", err.Error())
		fmt.Println("  disk full:", errors.Is(err, ErrDiskFull))
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  joined parts:", len(j.Unwrap()))
		}
	}
}
