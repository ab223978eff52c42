package main

import (
	"errors"
	"fmt"
	"sort"
)

type Entity interface {
	comparable
	GetID() int
}

type Base struct {
	ID      int
	Version int
}

func (b Base) GetID() int { return b.ID }
func (b *Base) Touch()    { b.Version++ }

type User struct {
	Base
	Name  string
	Email string
}

type Product struct {
	Base
	SKU   string
	Price float64
}

var ErrNotFound = errors.New("not found")

type Repo[T Entity] struct {
	items map[int]T
	log   []string
}

func NewRepo[T Entity]() *Repo[T] { return &Repo[T]{items: map[int]T{}} }

func (r *Repo[T]) Save(item T) {
	r.items[item.GetID()] = item
	r.log = append(r.log, fmt.Sprintf("save %d", item.GetID()))
}

func (r *Repo[T]) Find(id int) (T, error) {
	it, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	return it, nil
}

func (r *Repo[T]) All() []T {
	out := make([]T, 0, len(r.items))
	for _, v := range r.items {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].GetID() < out[j].GetID() })
	return out
}

type Audited[T Entity] struct {
	*Repo[T]
	saves int
}

func (a *Audited[T]) Save(item T) {
	a.saves++
	a.Repo.Save(item)
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T)  { l.items = append(l.items, v) }
func (l *List[T]) Len() int  { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }

type Stack[T any] struct {
	List[T]
	name string
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if s.Len() == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	users := NewRepo[*User]()
	u1 := &User{Base: Base{ID: 1}, Name: "Ann", Email: "ann@x.io"}
	users.Save(u1)
	users.Save(&User{Base: Base{ID: 2}, Name: "Ben"})
	u1.Touch()
	u1.Touch()
	got, err := users.Find(1)
	fmt.Println(got.Name, got.Version, got.GetID(), err)
	_, err = users.Find(7)
	fmt.Println(err, errors.Is(err, ErrNotFound))

	prods := &Audited[Product]{Repo: NewRepo[Product]()}
	for i, sku := range []string{"A-1", "B-2", "C-3"} {
		prods.Save(Product{Base: Base{ID: 10 - i}, SKU: sku, Price: float64(i) + 0.99})
	}
	p, _ := prods.Find(9)
	p.Touch()
	p2, _ := prods.Find(9)
	fmt.Println(p.SKU, p.Version, p2.Version, prods.saves, prods.log)
	for _, p := range prods.All() {
		fmt.Printf("%d:%s:%.2f ", p.ID, p.SKU, p.Price)
	}
	fmt.Println()

	s := &Stack[string]{name: "words"}
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s.name, s.Len(), s.At(0))
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s.Len())
	var ns Stack[[2]int]
	ns.Push([2]int{1, 2})
	top, _ := ns.Pop()
	fmt.Println(top, ns.items == nil, len(ns.items))
}
