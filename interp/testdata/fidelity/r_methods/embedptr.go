package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
	Keys() []string
}

type memStore struct{ m map[string]string }

func newMem() *memStore { return &memStore{m: map[string]string{}} }

func (s *memStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *memStore) Set(k, v string)             { s.m[k] = v }
func (s *memStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// countingStore embeds a pointer: its method set includes all *memStore methods.
type countingStore struct {
	*memStore
	sets int
}

func (c *countingStore) Set(k, v string) {
	c.sets++
	c.memStore.Set(k, v)
}

// prefixStore embeds the interface itself and overrides one method.
type prefixStore struct {
	Store
	prefix string
}

func (p prefixStore) Set(k, v string) { p.Store.Set(p.prefix+k, v) }

type upperWriter struct {
	io.Writer
}

func (u upperWriter) Write(b []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(b))))
}

type countWriter struct {
	*strings.Builder
	n int
}

func (c *countWriter) Write(b []byte) (int, error) {
	c.n += len(b)
	return c.Builder.Write(b)
}

func fill(s Store) {
	for i, w := range []string{"a", "b", "c"} {
		s.Set(w, strings.Repeat(w, i+1))
	}
}

func main() {
	cs := &countingStore{memStore: newMem()}
	fill(cs)
	fmt.Println(cs.Keys(), cs.sets)
	v, ok := cs.Get("c")
	fmt.Println(v, ok)

	ps := prefixStore{newMem(), "p/"}
	fill(ps)
	fmt.Println(ps.Keys())
	var st Store = ps
	_, ok = st.(*memStore)
	fmt.Println("prefixStore is *memStore:", ok)
	inner, ok := ps.Store.(*memStore)
	fmt.Println(ok, len(inner.m))

	var sb strings.Builder
	uw := upperWriter{&sb}
	fmt.Fprintf(uw, "hello %s, %d\n", "world", 42)
	io.WriteString(uw, "done")
	fmt.Println(sb.String())

	cw := &countWriter{Builder: &strings.Builder{}}
	fmt.Fprint(cw, "abc", 123)
	io.Copy(cw, strings.NewReader(" more"))
	fmt.Println(cw.String(), cw.n, cw.Len())

	stores := []Store{cs, ps, newMem()}
	for _, s := range stores {
		s.Set("z", "last")
		fmt.Printf("%T %d\n", s, len(s.Keys()))
	}
	var w io.Writer = cw
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("!")
	}
	fmt.Println(cw.String(), cw.n)
}
