package main

import (
	"fmt"
	"sort"
	"strings"
)

type Keyed interface {
	comparable
	Key() string
}

type User struct {
	ID   int
	Name string
}

func (u User) Key() string { return fmt.Sprintf("u%03d", u.ID) }

type SKU string

func (s SKU) Key() string { return "sku-" + strings.ToLower(string(s)) }

type Index[T Keyed] struct {
	byKey map[string]T
	order []T
}

func NewIndex[T Keyed](items ...T) *Index[T] {
	ix := &Index[T]{byKey: map[string]T{}}
	for _, it := range items {
		ix.Add(it)
	}
	return ix
}

func (ix *Index[T]) Add(it T) bool {
	if _, ok := ix.byKey[it.Key()]; ok {
		return false
	}
	ix.byKey[it.Key()] = it
	ix.order = append(ix.order, it)
	return true
}

func (ix *Index[T]) Find(k string) (T, bool) { v, ok := ix.byKey[k]; return v, ok }

func (ix *Index[T]) Has(v T) bool {
	for _, x := range ix.order {
		if x == v {
			return true
		}
	}
	return false
}

func (ix *Index[T]) Keys() []string {
	ks := make([]string, 0, len(ix.byKey))
	for k := range ix.byKey {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Describer interface{ Describe() string }

func (ix *Index[T]) Describe() string {
	return fmt.Sprintf("Index[%T] with %d items", *new(T), len(ix.order))
}

func main() {
	users := NewIndex(User{1, "ann"}, User{2, "bob"}, User{1, "dup"})
	skus := NewIndex[SKU]("AB-1", "cd-2", "ab-1")
	fmt.Println(users.Keys(), skus.Keys())
	u, ok := users.Find("u002")
	fmt.Println(u, ok, users.Has(User{1, "ann"}), users.Has(User{1, "dup"}))
	s, ok := skus.Find("sku-ab-1")
	fmt.Printf("%q %v %v\n", s, ok, skus.Has("AB-1"))
	var ds []Describer = []Describer{users, skus}
	for _, d := range ds {
		fmt.Println(d.Describe())
	}
	fmt.Printf("%T %T\n", users, skus)
	switch d := ds[1].(type) {
	case *Index[User]:
		fmt.Println("users", len(d.order))
	case *Index[SKU]:
		fmt.Println("skus", d.order)
	}
}
