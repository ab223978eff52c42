package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	comparable
	Key() string
}

type User struct {
	ID    int
	Email string
}

func (u User) Key() string { return fmt.Sprintf("user:%d", u.ID) }

type Product struct {
	SKU   string
	Price float64
}

func (p Product) Key() string { return "product:" + p.SKU }

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate")

type NotFoundError struct {
	Kind, Key string
}

func (e *NotFoundError) Error() string        { return e.Kind + " " + e.Key + " not found" }
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

type Repo[T Entity] struct {
	kind  string
	items map[string]T
	log   []string
}

func NewRepo[T Entity](kind string) *Repo[T] {
	return &Repo[T]{kind: kind, items: map[string]T{}}
}

func (r *Repo[T]) Insert(v T) error {
	k := v.Key()
	if _, exists := r.items[k]; exists {
		return fmt.Errorf("insert %s: %w", k, ErrDuplicate)
	}
	r.items[k] = v
	r.log = append(r.log, "insert "+k)
	return nil
}

func (r *Repo[T]) Get(key string) (T, error) {
	v, ok := r.items[key]
	if !ok {
		return v, &NotFoundError{r.kind, key}
	}
	return v, nil
}

func (r *Repo[T]) Find(pred func(T) bool) []T {
	var out []T
	for _, v := range r.items {
		if pred(v) {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

func (r *Repo[T]) Contains(v T) bool {
	got, ok := r.items[v.Key()]
	return ok && got == v
}

func main() {
	users := NewRepo[User]("user")
	for i, e := range []string{"a@x.io", "b@y.io", "c@x.io"} {
		if err := users.Insert(User{i + 1, e}); err != nil {
			fmt.Println(err)
		}
	}
	err := users.Insert(User{2, "dup@z.io"})
	fmt.Println(err, errors.Is(err, ErrDuplicate))

	u, err := users.Get("user:2")
	fmt.Printf("%+v %v\n", u, err)
	u, err = users.Get("user:9")
	fmt.Printf("%+v %v %v\n", u, err, errors.Is(err, ErrNotFound))
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("kind:", nf.Kind)
	}
	xs := users.Find(func(u User) bool { return strings.HasSuffix(u.Email, "@x.io") })
	fmt.Println(xs)
	fmt.Println(users.Contains(User{1, "a@x.io"}), users.Contains(User{1, "other"}))

	products := NewRepo[Product]("product")
	products.Insert(Product{"p1", 9.99})
	products.Insert(Product{"p2", 120})
	products.Insert(Product{"p1", 1})
	cheap := products.Find(func(p Product) bool { return p.Price < 50 })
	fmt.Printf("%v %d\n", cheap, len(products.items))
	_, err = products.Get("product:zz")
	fmt.Println(err)
	fmt.Println(strings.Join(users.log, "; "))
	fmt.Println(strings.Join(products.log, "; "))
}
