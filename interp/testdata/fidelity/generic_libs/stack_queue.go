package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

type task struct {
	id   int
	name string
}

func main() {
	for _, s := range []string{"(a[b]{c})", "(]", "((", "{[()()]}", ""} {
		fmt.Printf("%-12q balanced=%v\n", s, balanced(s))
	}

	var st Stack[float64]
	st.Push(1.5)
	st.Push(2.5)
	if top, ok := st.Peek(); ok {
		fmt.Println("peek:", top)
	}
	for {
		v, err := st.Pop()
		if err != nil {
			fmt.Println("stop:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Println("pop:", v)
	}

	q := &Queue[task]{}
	for i, n := range []string{"build", "test", "deploy"} {
		q.Enqueue(task{i + 1, n})
	}
	first, _ := q.Dequeue()
	fmt.Printf("first: %+v, remaining %d\n", first, q.Len())
	q.Enqueue(task{4, "notify"})
	for q.Len() > 0 {
		t, _ := q.Dequeue()
		fmt.Printf("run #%d %s\n", t.id, t.name)
	}
	_, ok := q.Dequeue()
	fmt.Println("empty dequeue ok:", ok)

	ss := Stack[[]string]{}
	ss.Push([]string{"a"})
	ss.Push(nil)
	v, _ := ss.Pop()
	fmt.Println(v == nil, len(v), ss.Len())
	fmt.Printf("%v %T\n", ss, ss)
}
