package main

import (
	"errors"
	"fmt"
	"strings"
)

type Container interface {
	Put(v any)
	Take() (any, error)
	Len() int
}

var ErrEmpty = errors.New("container is empty")

type Stack struct{ items []any }
type Queue struct{ items []any }

func (s *Stack) Put(v any) { s.items = append(s.items, v) }
func (s *Stack) Take() (any, error) {
	if len(s.items) == 0 {
		return nil, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

func (q *Queue) Put(v any) { q.items = append(q.items, v) }
func (q *Queue) Take() (any, error) {
	if len(q.items) == 0 {
		return nil, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}
func (q *Queue) Len() int { return len(q.items) }

func (s *Stack) String() string { return fmt.Sprintf("Stack%v", s.items) }

func drain(c Container) string {
	var parts []string
	for c.Len() > 0 {
		v, _ := c.Take()
		switch x := v.(type) {
		case int:
			parts = append(parts, fmt.Sprintf("int:%d", x))
		case string:
			parts = append(parts, "str:"+x)
		case []int:
			parts = append(parts, fmt.Sprintf("ints:%v", x))
		case nil:
			parts = append(parts, "nil")
		case error:
			parts = append(parts, "err:"+x.Error())
		default:
			parts = append(parts, fmt.Sprintf("%T:%v", x, x))
		}
	}
	return strings.Join(parts, ", ")
}

func main() {
	for _, c := range []Container{&Stack{}, &Queue{}} {
		c.Put(1)
		c.Put("two")
		c.Put([]int{3})
		c.Put(nil)
		c.Put(errors.New("five"))
		c.Put(6.5)
		c.Put(map[string]int{"seven": 7})
		fmt.Printf("%T has %d\n", c, c.Len())
		if s, ok := c.(fmt.Stringer); ok {
			fmt.Println("stringer:", s)
		}
		fmt.Println(drain(c))
		_, err := c.Take()
		fmt.Println(err, errors.Is(err, ErrEmpty))
	}
	var c Container
	fmt.Println(c == nil)
	var sp *Stack
	c = sp
	fmt.Println(c == nil, c.(*Stack) == nil)
}
