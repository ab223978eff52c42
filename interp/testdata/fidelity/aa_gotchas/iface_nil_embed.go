package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
}

type memStore map[string]string

func (m memStore) Get(k string) (string, error) {
	v, ok := m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}

var ErrMissing = errors.New("missing")

// cachedStore embeds the interface and overrides Get.
type cachedStore struct {
	Store
	hits map[string]int
}

func (c *cachedStore) Get(k string) (string, error) {
	c.hits[k]++
	return c.Store.Get(k)
}

type loggingStore struct {
	Store
	log *strings.Builder
}

func (l loggingStore) Get(k string) (string, error) {
	v, err := l.Store.Get(k)
	fmt.Fprintf(l.log, "get(%s)=%q,%v;", k, v, err)
	return v, err
}

type upper struct{ io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	var sb strings.Builder
	base := memStore{"a": "1", "b": "2"}
	cs := &cachedStore{Store: base, hits: map[string]int{}}
	var s Store = loggingStore{cs, &sb}
	for _, k := range []string{"a", "x", "a", "b"} {
		v, err := s.Get(k)
		fmt.Println(k, v, err, errors.Is(err, ErrMissing))
	}
	fmt.Println(sb.String())
	fmt.Println(cs.hits)

	var empty cachedStore
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.hits = map[string]int{}
		empty.Get("k")
	}()
	data, _ := io.ReadAll(upper{strings.NewReader("hello, reader")})
	fmt.Println(string(data))
	var r io.Reader = upper{strings.NewReader("x")}
	_, isWriter := r.(io.Writer)
	_, isUpper := r.(upper)
	fmt.Println(isWriter, isUpper)
	var st Store
	fmt.Println(st == nil, Store(base) != nil)
	var ms memStore
	st = ms
	_, err := st.Get("q")
	fmt.Println(st == nil, err)
}
