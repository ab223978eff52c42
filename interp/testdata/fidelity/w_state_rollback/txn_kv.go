package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type value struct {
	s       string
	deleted bool
}

type Store struct {
	base   map[string]string
	layers []map[string]value
}

var ErrNoTxn = errors.New("no transaction")

func NewStore() *Store { return &Store{base: map[string]string{}} }

func (s *Store) Begin() { s.layers = append(s.layers, map[string]value{}) }

func (s *Store) Set(k, v string) {
	if n := len(s.layers); n > 0 {
		s.layers[n-1][k] = value{s: v}
		return
	}
	s.base[k] = v
}

func (s *Store) Delete(k string) {
	if n := len(s.layers); n > 0 {
		s.layers[n-1][k] = value{deleted: true}
		return
	}
	delete(s.base, k)
}

func (s *Store) Get(k string) (string, bool) {
	for i := len(s.layers) - 1; i >= 0; i-- {
		if v, ok := s.layers[i][k]; ok {
			return v.s, !v.deleted
		}
	}
	v, ok := s.base[k]
	return v, ok
}

func (s *Store) Rollback() error {
	if len(s.layers) == 0 {
		return fmt.Errorf("rollback: %w", ErrNoTxn)
	}
	s.layers = s.layers[:len(s.layers)-1]
	return nil
}

func (s *Store) Commit() error {
	n := len(s.layers)
	if n == 0 {
		return fmt.Errorf("commit: %w", ErrNoTxn)
	}
	top := s.layers[n-1]
	s.layers = s.layers[:n-1]
	for k, v := range top {
		if v.deleted {
			s.Delete(k)
		} else {
			s.Set(k, v.s)
		}
	}
	return nil
}

func (s *Store) Dump() string {
	keys := map[string]bool{}
	for k := range s.base {
		keys[k] = true
	}
	for _, l := range s.layers {
		for k := range l {
			keys[k] = true
		}
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	var parts []string
	for _, k := range names {
		if v, ok := s.Get(k); ok {
			parts = append(parts, k+"="+v)
		}
	}
	return fmt.Sprintf("depth=%d {%s}", len(s.layers), strings.Join(parts, ","))
}

func main() {
	s := NewStore()
	s.Set("a", "1")
	s.Set("b", "2")
	script := []string{"begin", "set a 10", "del b", "begin", "set c 3", "get b", "rollback", "get c", "commit", "rollback", "begin", "set b 20", "commit", "commit"}
	for _, line := range script {
		f := strings.Fields(line)
		var err error
		switch f[0] {
		case "begin":
			s.Begin()
		case "set":
			s.Set(f[1], f[2])
		case "del":
			s.Delete(f[1])
		case "get":
			v, ok := s.Get(f[1])
			fmt.Printf("  get %s = %q %v\n", f[1], v, ok)
		case "commit":
			err = s.Commit()
		case "rollback":
			err = s.Rollback()
		}
		if err != nil {
			fmt.Printf("%-10s error: %v (no txn: %t)\n", line, err, errors.Is(err, ErrNoTxn))
			continue
		}
		fmt.Printf("%-10s %s\n", line, s.Dump())
	}
	fmt.Printf("%v %+v\n", s.base, value{"x", true})
}
