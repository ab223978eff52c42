package main

import (
	"fmt"
	"sort"
	"strings"
)

type Owner struct {
	name  string
	email string
}

func (o *Owner) Name() string     { return o.name }
func (o *Owner) SetName(n string) { o.name = strings.TrimSpace(n) }
func (o Owner) Email() string     { return o.email }
func (o *Owner) SetEmail(e string) error {
	if !strings.Contains(e, "@") {
		return fmt.Errorf("invalid email %q", e)
	}
	o.email = strings.ToLower(e)
	return nil
}

type Registry struct {
	owners map[string]*Owner
	order  []string
}

func (r *Registry) Add(o *Owner) bool {
	if r.owners == nil {
		r.owners = make(map[string]*Owner)
	}
	if _, dup := r.owners[o.Name()]; dup {
		return false
	}
	r.owners[o.Name()] = o
	r.order = append(r.order, o.Name())
	return true
}

func (r Registry) Len() int { return len(r.order) }

func (r *Registry) Each(f func(i int, o *Owner)) {
	for i, n := range r.order {
		f(i, r.owners[n])
	}
}

type byEmail []*Owner

func (b byEmail) Len() int           { return len(b) }
func (b byEmail) Less(i, j int) bool { return b[i].Email() < b[j].Email() }
func (b byEmail) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var reg Registry
	inputs := [][2]string{{" Ann ", "ANN@example.com"}, {"bob", "bob-at-example"}, {"Cy", "cy@Example.org"}, {"Ann", "dup@x.y"}}
	for _, in := range inputs {
		o := new(Owner)
		o.SetName(in[0])
		if err := o.SetEmail(in[1]); err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("add %q: %v\n", o.Name(), reg.Add(o))
	}
	fmt.Println("owners:", reg.Len())
	var all []*Owner
	reg.Each(func(i int, o *Owner) {
		fmt.Printf("%d %s <%s>\n", i, o.Name(), o.Email())
		all = append(all, o)
	})
	sort.Sort(sort.Reverse(byEmail(all)))
	for _, o := range all {
		fmt.Print(o.Email(), " ")
	}
	fmt.Println()
	copyOwner := *all[0]
	copyOwner.SetName("changed")
	fmt.Println(all[0].Name(), copyOwner.Name())
	fmt.Printf("%+v\n", copyOwner)
}
