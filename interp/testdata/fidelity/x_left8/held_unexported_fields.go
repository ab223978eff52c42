package main

import "fmt"

// A rule engine whose nodes keep their children in unexported fields:
// fmt calls no String method inside an unexported field, at any depth.
type Kind int

func (k Kind) String() string { return [...]string{"AND", "OR", "NOT", "LEAF"}[k] }

type Rule interface{ Match(map[string]bool) bool }

type Leaf struct {
	Kind Kind
	Name string
}
type Bool struct {
	Kind        Kind
	Left, Right Rule
}
type guarded struct {
	kind Kind
	rule Rule
}

func (l Leaf) Match(m map[string]bool) bool    { return m[l.Name] }
func (b Bool) Match(m map[string]bool) bool    { return b.Left.Match(m) && b.Right.Match(m) }
func (g guarded) Match(m map[string]bool) bool { return g.rule.Match(m) }

func main() {
	r := Bool{0, Leaf{3, "admin"}, Bool{1, Leaf{3, "owner"}, Leaf{3, "editor"}}}
	fmt.Println(r)
	g := guarded{2, r}
	fmt.Println(g)
	fmt.Printf("%+v\n", guarded{2, guarded{0, r}})
	fmt.Println(g.Match(map[string]bool{"admin": true, "owner": true}))
}
