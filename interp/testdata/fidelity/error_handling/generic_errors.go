package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError[K comparable] struct {
	Kind string
	Key  K
}

func (e *NotFoundError[K]) Error() string { return fmt.Sprintf("%s %v not found", e.Kind, e.Key) }

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

type Store[K comparable, V any] struct {
	kind string
	data map[K]V
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.data[k]
	if !ok {
		return v, &NotFoundError[K]{s.kind, k}
	}
	return v, nil
}

func main() {
	users := &Store[int, string]{"user", map[int]string{1: "ann", 2: "bob"}}
	skus := &Store[string, float64]{"sku", map[string]float64{"A1": 9.99}}

	for _, id := range []int{1, 3} {
		name, err := users.Get(id)
		var nf *NotFoundError[int]
		if errors.As(err, &nf) {
			fmt.Println("missing", nf.Kind, nf.Key)
			continue
		}
		fmt.Println("found", name)
	}
	_, err := skus.Get("Z9")
	var nfs *NotFoundError[string]
	fmt.Println(errors.As(fmt.Errorf("lookup: %w", err), &nfs), nfs.Key)
	var wrong *NotFoundError[int]
	fmt.Println(errors.As(err, &wrong))

	v, err := Try(func() int { return Must(strconv.Atoi("42")) })
	fmt.Println(v, err)
	v, err = Try(func() int { return Must(strconv.Atoi("4x2")) })
	fmt.Println(v, err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func)
	s, err := Try(func() string { return Must(users.Get(9)) })
	fmt.Printf("%q %v\n", s, err)
	var nf2 *NotFoundError[int]
	fmt.Println(errors.As(err, &nf2) && nf2.Key == 9)
	_, err = Try(func() bool { panic("plain string") })
	fmt.Println(err)
}
