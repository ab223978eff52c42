package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Set(key, val string) error
	Keys() []string
}

var ErrNotFound = errors.New("not found")

type MemStore struct{ m map[string]string }

func NewMem() *MemStore { return &MemStore{m: map[string]string{}} }

func (s *MemStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (s *MemStore) Set(k, v string) error { s.m[k] = v; return nil }
func (s *MemStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ReadOnly embeds the interface and overrides Set.
type ReadOnly struct{ Store }

func (ReadOnly) Set(k, v string) error { return fmt.Errorf("set %q: read-only", k) }

// Counting embeds the interface and counts calls, delegating.
type Counting struct {
	Store
	gets, sets int
}

func (c *Counting) Get(k string) (string, error) { c.gets++; return c.Store.Get(k) }
func (c *Counting) Set(k, v string) error        { c.sets++; return c.Store.Set(k, v) }

// Prefixed rewrites keys.
type Prefixed struct {
	Store
	P string
}

func (p Prefixed) Get(k string) (string, error) { return p.Store.Get(p.P + k) }
func (p Prefixed) Set(k, v string) error        { return p.Store.Set(p.P+k, v) }

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }

func fill(s Store, kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := s.Set(kv[i], kv[i+1]); err != nil {
			fmt.Println("  error:", err)
		}
	}
}

func main() {
	mem := NewMem()
	cnt := &Counting{Store: mem}
	pre := Prefixed{Store: cnt, P: "app."}
	ro := ReadOnly{pre}

	fill(pre, "name", "gopad", "lang", "go")
	fill(ro, "x", "1")
	fmt.Println(mem.Keys(), ro.Keys())
	for _, k := range []string{"name", "missing"} {
		v, err := ro.Get(k)
		fmt.Printf("%s => %q err=%v notfound=%v\n", k, v, err, errors.Is(err, ErrNotFound))
	}
	fmt.Println("gets", cnt.gets, "sets", cnt.sets)

	var stores = []Store{mem, cnt, pre, ro}
	for _, s := range stores {
		_, isRO := s.(ReadOnly)
		_, isCnt := s.(*Counting)
		fmt.Printf("%T ro=%v cnt=%v\n", s, isRO, isCnt)
	}
	var sb strings.Builder
	var wc io.WriteCloser = nopWriteCloser{&sb}
	fmt.Fprintf(wc, "written %d", 42)
	fmt.Println(wc.Close(), sb.String())
	var empty ReadOnly
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Keys()
	}()
}
