package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", e)
				return
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	n := Must(strconv.Atoi("123"))
	fmt.Println(n + 1)

	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindStringSubmatch("mail bob@example.com now"))

	v, err := Try(func() int { return Must(strconv.Atoi("12a")) })
	fmt.Println(v, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)

	s, err := Try(func() string { panic("plain string") })
	fmt.Printf("%q %v\n", s, err)

	f, err := Try(func() float64 { return Must(strconv.ParseFloat("2.5", 64)) * 2 })
	fmt.Println(f, err)
}
