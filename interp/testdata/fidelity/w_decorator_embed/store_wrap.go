package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Put(key, val string) error
	Keys() []string
}

var ErrMissing = errors.New("missing key")

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}

func (s *memStore) Put(k, v string) error { s.m[k] = v; return nil }

func (s *memStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// loggingStore overrides Put and Get, and inherits Keys from the embedded Store.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Put(k, v string) error {
	l.log = append(l.log, "put "+k)
	return l.Store.Put(k, v)
}

func (l *loggingStore) Get(k string) (string, error) {
	v, err := l.Store.Get(k)
	l.log = append(l.log, fmt.Sprintf("get %s ok=%t", k, err == nil))
	return v, err
}

// readOnly embeds a Store but refuses writes.
type readOnly struct{ Store }

var ErrReadOnly = errors.New("read-only store")

func (readOnly) Put(k, v string) error { return fmt.Errorf("put %s: %w", k, ErrReadOnly) }

type upper struct{ Store }

func (u upper) Get(k string) (string, error) {
	v, err := u.Store.Get(k)
	return strings.ToUpper(v), err
}

func fill(s Store, kv ...string) error {
	var errs []error
	for i := 0; i+1 < len(kv); i += 2 {
		if err := s.Put(kv[i], kv[i+1]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	base := &memStore{m: map[string]string{}}
	ls := &loggingStore{Store: base}
	fmt.Println(fill(ls, "b", "bee", "a", "ant"))
	ro := readOnly{ls}
	err := fill(ro, "c", "cat", "d", "dog")
	fmt.Printf("%v\n%t\n", err, errors.Is(err, ErrReadOnly))
	var s Store = upper{ro}
	for _, k := range []string{"a", "z", "b"} {
		v, err := s.Get(k)
		fmt.Printf("%s=%q err=%v missing=%t\n", k, v, err, errors.Is(err, ErrMissing))
	}
	fmt.Println(s.Keys(), ls.log)
	fmt.Printf("%T %T %T\n", s, ro.Store, ls.Store)
	if _, ok := s.(interface{ Put(string, string) error }); ok {
		fmt.Println("upper still has Put:", s.Put("e", "eel"))
	}
	fmt.Println(len(base.m), base.m)
}
