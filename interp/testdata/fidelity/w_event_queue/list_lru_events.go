package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Kind int

const (
	Open Kind = iota + 1
	Edit
	Close
)

var kindNames = map[Kind]string{Open: "open", Edit: "edit", Close: "close"}

func (k Kind) String() string { return kindNames[k] }

type Entry struct {
	Doc  string
	Kind Kind
	Rev  int
}

type Recent struct {
	cap   int
	order *list.List
	index map[string]*list.Element
}

func NewRecent(n int) *Recent {
	return &Recent{cap: n, order: list.New(), index: map[string]*list.Element{}}
}

func (r *Recent) Touch(e Entry) (evicted string) {
	if el, ok := r.index[e.Doc]; ok {
		el.Value = e
		r.order.MoveToFront(el)
		return ""
	}
	r.index[e.Doc] = r.order.PushFront(e)
	if r.order.Len() > r.cap {
		last := r.order.Back()
		r.order.Remove(last)
		old := last.Value.(Entry)
		delete(r.index, old.Doc)
		return old.Doc
	}
	return ""
}

func (r *Recent) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for el := r.order.Front(); el != nil; el = el.Next() {
		if el != r.order.Front() {
			sb.WriteString(" ")
		}
		e := el.Value.(Entry)
		fmt.Fprintf(&sb, "%s@%d:%v", e.Doc, e.Rev, e.Kind)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	r := NewRecent(3)
	events := []Entry{
		{"a.go", Open, 1}, {"b.go", Open, 1}, {"a.go", Edit, 2},
		{"c.go", Open, 1}, {"d.go", Open, 1}, {"b.go", Edit, 2}, {"a.go", Close, 3},
	}
	for _, e := range events {
		ev := r.Touch(e)
		if ev != "" {
			fmt.Printf("%-24v evicted %q\n", r, ev)
		} else {
			fmt.Printf("%v\n", r)
		}
	}
	front := r.order.Front().Value
	fmt.Printf("%v %+v %T\n", front, front, front)
	fmt.Println(r.order.Len(), len(r.index))
	back := r.order.Back()
	for el := back; el != nil; el = el.Prev() {
		e := el.Value.(Entry)
		fmt.Print(e.Kind, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", Edit, Close, Kind(9))
}
