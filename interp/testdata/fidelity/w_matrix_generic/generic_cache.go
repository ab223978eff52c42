package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

type Loader[K comparable, V any] func(K) (V, error)

type Cache[K comparable, V any] struct {
	load   Loader[K, V]
	data   map[K]V
	hits   int
	misses int
	errs   map[K]error
}

func NewCache[K comparable, V any](load Loader[K, V]) *Cache[K, V] {
	return &Cache[K, V]{load: load, data: make(map[K]V), errs: make(map[K]error)}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		c.errs[k] = err
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d errs=%d", c.hits, c.misses, len(c.data), len(c.errs))
}

type User struct {
	ID   int
	Name string
}

var ErrNotFound = errors.New("not found")

func main() {
	users := map[int]string{1: "ann", 2: "bob", 3: "cid"}
	uc := NewCache(func(id int) (User, error) {
		n, ok := users[id]
		if !ok {
			return User{}, ErrNotFound
		}
		return User{id, n}, nil
	})
	for _, id := range []int{1, 2, 1, 4, 3, 1, 4} {
		u, err := uc.Get(id)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Printf("%d -> %+v\n", id, u)
	}
	fmt.Println(uc.Stats())
	sq := NewCache[string, int](func(s string) (int, error) {
		n, err := strconv.Atoi(s)
		return n * n, err
	})
	for _, s := range []string{"3", "x", "3", "12"} {
		v, err := sq.Get(s)
		fmt.Printf("%q %d %v\n", s, v, err)
	}
	keys := make([]string, 0)
	for k := range sq.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, sq.Stats(), sq.data)
	var ne *strconv.NumError
	fmt.Println(errors.As(sq.errs["x"], &ne), ne.Func, ne.Num)
	fmt.Printf("%T %T\n", uc, sq.load)
}
