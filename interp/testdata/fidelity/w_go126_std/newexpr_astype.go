package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type Config struct {
	Name    string
	Retries *int
	Verbose *bool
	Ratio   *float64
}

func (c Config) String() string {
	r, v := "default", "default"
	if c.Retries != nil {
		r = fmt.Sprint(*c.Retries)
	}
	if c.Verbose != nil {
		v = fmt.Sprint(*c.Verbose)
	}
	return fmt.Sprintf("%s(retries=%s verbose=%s)", c.Name, r, v)
}

type QuotaError struct {
	User  string
	Limit int
}

func (e *QuotaError) Error() string { return fmt.Sprintf("user %s over quota %d", e.User, e.Limit) }

func check(user string, used int) error {
	if used > 10 {
		return fmt.Errorf("check %s: %w", user, &QuotaError{user, 10})
	}
	return nil
}

func retries(n int) int { return n * 2 }

func main() {
	a := Config{Name: "a", Retries: new(3), Verbose: new(true)}
	b := Config{Name: "b", Retries: new(retries(4))}
	c := Config{Name: "c", Ratio: new(0.75)}
	fmt.Println(a, b, c)
	fmt.Println(*a.Retries+*b.Retries, *c.Ratio)
	x := 5
	p := new(x)
	*p = 9
	fmt.Println(x, *p)
	s := new([]string{"u", "v"})
	*s = append(*s, "w")
	fmt.Println(*s, len(*s))

	for _, u := range []struct {
		name string
		used int
	}{{"ann", 3}, {"bob", 12}} {
		err := check(u.name, u.used)
		if qe, ok := errors.AsType[*QuotaError](err); ok {
			fmt.Printf("quota: %v limit=%d (%T)\n", qe, qe.Limit, qe)
		} else {
			fmt.Println("ok:", u.name, err)
		}
	}
	_, err := os.Open(os.TempDir() + "/definitely-missing-w-probe.txt")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error op:", pe.Op, errors.Is(err, fs.ErrNotExist))
	}
}
