package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseResult struct {
	Values []int
	Bad    int
}

func parseAll(in []string) (res ParseResult, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseAll(%d items): %w", len(in), err)
			res.Bad = -res.Bad
		}
	}()
	var errs []error
	for _, s := range in {
		v, e := strconv.Atoi(s)
		if e != nil {
			res.Bad++
			errs = append(errs, e)
			continue
		}
		res.Values = append(res.Values, v)
	}
	return res, errors.Join(errs...)
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 10
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += strconv.Itoa(n) }(i)
	}
	return "start:"
}

type closer struct{ name string }

func (c closer) Close() error {
	if c.name == "bad" {
		return errors.New("close " + c.name + " failed")
	}
	return nil
}

func useAll(names ...string) (err error) {
	for _, n := range names {
		c := closer{n}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func main() {
	r, err := parseAll([]string{"1", "x", "3", "4.5"})
	fmt.Printf("%+v\n%v\n", r, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num, errors.Is(err, strconv.ErrSyntax))
	r, err = parseAll([]string{"7"})
	fmt.Println(r, err)
	fmt.Println(counter())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(order())
	fmt.Println(useAll("a", "bad", "c"), useAll("ok"))
}
