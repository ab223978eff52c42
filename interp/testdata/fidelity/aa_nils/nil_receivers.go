package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Tags map[string][]string

func (t Tags) Get(k string) []string { return t[k] }
func (t Tags) Has(k string) bool     { _, ok := t[k]; return ok }

type Middleware func(string) string

func (m Middleware) Then(next Middleware) Middleware {
	if m == nil {
		return next
	}
	if next == nil {
		return m
	}
	return func(s string) string { return next(m(s)) }
}

type Opts struct {
	Name  string
	Tags  Tags
	Chain Middleware
	List  *Node
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "untyped nil"
	case *Node:
		return fmt.Sprintf("*Node(nil=%t)", x == nil)
	case Tags:
		return fmt.Sprintf("Tags(nil=%t,len=%d)", x == nil, len(x))
	case Middleware:
		return fmt.Sprintf("Middleware(nil=%t)", x == nil)
	case error:
		return "error " + x.Error()
	}
	return fmt.Sprintf("%T", v)
}

func main() {
	var list *Node
	fmt.Println(list.Len(), list.String(), list)
	list = &Node{1, &Node{2, nil}}
	fmt.Println(list.Len(), list)
	var o Opts
	fmt.Println(o.Tags.Get("x") == nil, o.Tags.Has("x"), len(o.Tags))
	up := Middleware(strings.ToUpper)
	chain := o.Chain.Then(up).Then(nil).Then(func(s string) string { return s + "!" })
	fmt.Println(chain("hi"))
	for _, v := range []any{nil, o.List, o.Tags, o.Chain, list, Tags{"a": nil}, errors.New("e")} {
		fmt.Println(describe(v))
	}
	fmt.Printf("%+v\n", o)
	var s fmt.Stringer = o.List
	fmt.Println(s == nil, s.String())
	m := map[string]Tags{}
	fmt.Println(m["none"].Has("x"), m["none"] == nil)
}
