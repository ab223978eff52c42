// Mixins: timestamps, soft delete and validation embedded into models,
// with a generic repository over an interface constraint.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Versioned struct{ Version int }

func (v *Versioned) Bump() { v.Version++ }

type SoftDelete struct{ Deleted bool }

func (s *SoftDelete) Delete()     { s.Deleted = true }
func (s SoftDelete) IsLive() bool { return !s.Deleted }

type Entity interface {
	Key() string
	Bump()
	IsLive() bool
	Validate() error
}

type Product struct {
	Versioned
	SoftDelete
	SKU   string
	Price int
}

func (p *Product) Key() string { return p.SKU }
func (p *Product) Validate() error {
	var errs []error
	if !strings.HasPrefix(p.SKU, "P-") {
		errs = append(errs, fmt.Errorf("sku %q: want prefix P-", p.SKU))
	}
	if p.Price <= 0 {
		errs = append(errs, errors.New("price must be positive"))
	}
	return errors.Join(errs...)
}

type Repo[E Entity] struct {
	items map[string]E
}

func NewRepo[E Entity]() *Repo[E] { return &Repo[E]{items: map[string]E{}} }

func (r *Repo[E]) Save(e E) error {
	if err := e.Validate(); err != nil {
		return fmt.Errorf("save %s: %w", e.Key(), err)
	}
	e.Bump()
	r.items[e.Key()] = e
	return nil
}

func (r *Repo[E]) Live() []E {
	var out []E
	for _, e := range r.items {
		if e.IsLive() {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

func main() {
	repo := NewRepo[*Product]()
	ps := []*Product{
		{SKU: "P-2", Price: 300},
		{SKU: "P-1", Price: 150},
		{SKU: "X-9", Price: 0},
		{SKU: "P-3", Price: -5},
	}
	for _, p := range ps {
		if err := repo.Save(p); err != nil {
			fmt.Println("error:", strings.ReplaceAll(err.Error(), "\n", " / "))
		}
	}
	ps[0].Delete()
	repo.Save(ps[1])
	for _, p := range repo.Live() {
		fmt.Printf("%s v%d %d live=%v\n", p.SKU, p.Version, p.Price, p.IsLive())
	}
	fmt.Println(len(repo.items), ps[0].Version, ps[0].Deleted)
	fmt.Printf("%+v\n", *ps[1])
}
