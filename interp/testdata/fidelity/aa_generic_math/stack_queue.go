package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] { return &Queue[T]{buf: make([]T, capacity)} }

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, max(1, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for i, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false, i
			}
		}
	}
	return st.Len() == 0, len(s)
}

func rpn(expr string) (int, error) {
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		var n int
		if _, err := fmt.Sscan(tok, &n); err == nil {
			st.Push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("stack underflow at %q", tok)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		default:
			return 0, fmt.Errorf("unknown op %q", tok)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, s := range []string{"{[()()]}", "([)]", "((", "a(b)c[d]{e}"} {
		ok, at := balanced(s)
		fmt.Printf("%-12q balanced=%-5t at=%d\n", s, ok, at)
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3 ^"} {
		v, err := rpn(e)
		fmt.Println(e, "=>", v, err)
	}
	q := NewQueue[string](2)
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	x, _ := q.Dequeue()
	q.Enqueue("d")
	q.Enqueue("e")
	var rest []string
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		rest = append(rest, v)
	}
	fmt.Println(x, rest, len(q.buf), q.size)
	var ps Stack[*Stack[int]]
	ps.Push(&Stack[int]{}, &Stack[int]{items: []int{7}})
	top, _ := ps.Peek()
	fmt.Println(ps.Len(), top.items, top.Len())
}
