package main

import (
	"fmt"
	"strings"
)

type Fetcher interface {
	Fetch(key string) (string, error)
}

type FetcherFunc func(string) (string, error)

func (f FetcherFunc) Fetch(k string) (string, error) { return f(k) }

type slowDB struct{ calls int }

func (db *slowDB) Fetch(key string) (string, error) {
	db.calls++
	if strings.HasPrefix(key, "bad") {
		return "", fmt.Errorf("db: no row for %q", key)
	}
	return strings.Repeat(key, 2), nil
}

type cached struct {
	inner  Fetcher
	store  map[string]string
	hits   int
	misses int
}

func WithCache(f Fetcher) *cached {
	return &cached{inner: f, store: map[string]string{}}
}

func (c *cached) Fetch(k string) (string, error) {
	if v, ok := c.store[k]; ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.inner.Fetch(k)
	if err == nil {
		c.store[k] = v
	}
	return v, err
}

func WithRetry(f Fetcher, n int) Fetcher {
	return FetcherFunc(func(k string) (string, error) {
		var err error
		for i := 0; i < n; i++ {
			var v string
			v, err = f.Fetch(k)
			if err == nil {
				return v, nil
			}
		}
		return "", fmt.Errorf("after %d tries: %w", n, err)
	})
}

func WithUpper(f Fetcher) Fetcher {
	return FetcherFunc(func(k string) (string, error) {
		v, err := f.Fetch(k)
		return strings.ToUpper(v), err
	})
}

type Logger struct {
	Fetcher
	lines []string
}

func (l *Logger) Fetch(k string) (string, error) {
	v, err := l.Fetcher.Fetch(k)
	l.lines = append(l.lines, fmt.Sprintf("fetch(%s)=%q,%v", k, v, err))
	return v, err
}

func main() {
	db := &slowDB{}
	c := WithCache(db)
	log := &Logger{Fetcher: WithRetry(c, 3)}
	f := WithUpper(log)
	for _, k := range []string{"a", "b", "a", "bad1", "a", "b", "c"} {
		v, err := f.Fetch(k)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println(k, "=>", v)
	}
	fmt.Printf("db calls=%d hits=%d misses=%d cached=%d\n", db.calls, c.hits, c.misses, len(c.store))
	for _, l := range log.lines {
		fmt.Println(l)
	}
	var plain Fetcher = FetcherFunc(func(k string) (string, error) { return "<" + k + ">", nil })
	fmt.Println(WithUpper(WithUpper(plain)).Fetch("x"))
}
