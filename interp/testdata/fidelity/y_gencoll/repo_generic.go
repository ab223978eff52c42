package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Entity interface {
	ID() string
	Validate() error
}

var ErrNotFound = errors.New("not found")
var ErrInvalid = errors.New("invalid")

type Repo[T Entity] struct {
	items map[string]T
	order []string
	hooks []func(T)
}

func NewRepo[T Entity]() *Repo[T] { return &Repo[T]{items: map[string]T{}} }

func (r *Repo[T]) Save(v T) error {
	if err := v.Validate(); err != nil {
		return fmt.Errorf("save %s: %w: %w", v.ID(), ErrInvalid, err)
	}
	if _, ok := r.items[v.ID()]; !ok {
		r.order = append(r.order, v.ID())
	}
	r.items[v.ID()] = v
	for _, h := range r.hooks {
		h(v)
	}
	return nil
}

func (r *Repo[T]) Get(id string) (T, error) {
	v, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %q: %w", id, ErrNotFound)
	}
	return v, nil
}

func (r *Repo[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, id := range r.order {
			if !yield(r.items[id]) {
				return
			}
		}
	}
}

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

type User struct {
	Email string
	Age   int
}

func (u User) ID() string { return strings.ToLower(u.Email) }
func (u User) Validate() error {
	var errs []error
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, fmt.Errorf("email %q", u.Email))
	}
	if u.Age < 0 {
		errs = append(errs, fmt.Errorf("age %d", u.Age))
	}
	return errors.Join(errs...)
}

type Doc struct {
	Path string
	Body []string
}

func (d *Doc) ID() string { return d.Path }
func (d *Doc) Validate() error {
	if d.Path == "" {
		return errors.New("empty path")
	}
	return nil
}

func main() {
	users := NewRepo[User]()
	var audit []string
	users.hooks = append(users.hooks, func(u User) { audit = append(audit, "saved "+u.ID()) })
	for _, u := range []User{{"Ann@x.io", 30}, {"bob", 20}, {"cy@y.io", -1}, {"ANN@x.io", 31}, {"dee@z.io", 45}} {
		if err := users.Save(u); err != nil {
			fmt.Println(err, "| invalid:", errors.Is(err, ErrInvalid))
		}
	}
	u, err := users.Get("ann@x.io")
	fmt.Println(u, err)
	_, err = users.Get("zed")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	adults := slices.Collect(Where(users.All(), func(u User) bool { return u.Age > 40 }))
	fmt.Println(adults, audit)
	docs := NewRepo[*Doc]()
	docs.Save(&Doc{"a.md", []string{"hi"}})
	fmt.Println(docs.Save(&Doc{}))
	d, _ := docs.Get("a.md")
	d.Body = append(d.Body, "more")
	d2, _ := docs.Get("a.md")
	fmt.Println(d2.Body, d == d2)
	var e Entity = u
	fmt.Printf("%T %v %T\n", e, e.ID(), docs)
	for v := range docs.All() {
		fmt.Println(v.Path, len(v.Body))
	}
}
