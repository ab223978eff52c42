package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *node[T]
	tail *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushBack(v T) *List[T] {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T]    { return Opt[T]{v, true} }
func None[T any]() Opt[T]       { return Opt[T]{} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) Or(def T) T {
	if o.ok {
		return o.v
	}
	return def
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Find[T any](l *List[T], pred func(T) bool) Opt[T] {
	res := None[T]()
	done := false
	l.Each(func(_ int, v T) {
		if !done && pred(v) {
			res, done = Some(v), true
		}
	})
	return res
}

func main() {
	l := &List[int]{}
	l.PushBack(1).PushBack(2).PushBack(3).PushBack(4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())
	sq := MapList(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq)
	pairs := &List[Pair[string, float64]]{}
	pairs.PushBack(Pair[string, float64]{"pi", 3.14}).PushBack(Pair[string, float64]{"e", 2.72})
	fmt.Println(pairs)
	fmt.Println(Find(l, func(x int) bool { return x%2 == 1 }), Find(l, func(x int) bool { return x > 10 }))
	o := Find(pairs, func(p Pair[string, float64]) bool { return p.Key == "e" })
	v, ok := o.Get()
	fmt.Println(v, ok, o, None[string]().Or("default"))
	fmt.Printf("%v %+v %T\n", Some(42), Some("x"), Some(1.5))
	var empty List[bool]
	empty.Reverse()
	fmt.Println(empty.String(), empty.size)
}
