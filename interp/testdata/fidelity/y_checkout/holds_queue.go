package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Patron struct {
	Name     string
	Priority bool
}

type HoldQueue struct {
	title string
	q     *list.List
}

func NewHoldQueue(title string) *HoldQueue { return &HoldQueue{title, list.New()} }

func (h *HoldQueue) Place(p Patron) {
	if !p.Priority {
		h.q.PushBack(p)
		return
	}
	for e := h.q.Front(); e != nil; e = e.Next() {
		if !e.Value.(Patron).Priority {
			h.q.InsertBefore(p, e)
			return
		}
	}
	h.q.PushBack(p)
}

func (h *HoldQueue) Cancel(name string) bool {
	for e := h.q.Front(); e != nil; e = e.Next() {
		if e.Value.(Patron).Name == name {
			h.q.Remove(e)
			return true
		}
	}
	return false
}

func (h *HoldQueue) Next() (Patron, bool) {
	e := h.q.Front()
	if e == nil {
		return Patron{}, false
	}
	return h.q.Remove(e).(Patron), true
}

func (h *HoldQueue) String() string {
	var names []string
	for e := h.q.Front(); e != nil; e = e.Next() {
		p := e.Value.(Patron)
		if p.Priority {
			names = append(names, p.Name+"*")
		} else {
			names = append(names, p.Name)
		}
	}
	return fmt.Sprintf("%s: [%s]", h.title, strings.Join(names, " "))
}

func main() {
	h := NewHoldQueue("Dune")
	for _, p := range []Patron{{"ann", false}, {"bob", false}, {"cy", true}, {"dee", false}, {"eve", true}} {
		h.Place(p)
		fmt.Println(h)
	}
	fmt.Println("cancel bob:", h.Cancel("bob"), "cancel zed:", h.Cancel("zed"))
	fmt.Println(h)
	for {
		p, ok := h.Next()
		if !ok {
			break
		}
		fmt.Printf("notify %+v\n", p)
	}
	fmt.Printf("%v len=%d\n", h, h.q.Len())
	var v any = Patron{"x", true}
	switch p := v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", p)
	case Patron:
		fmt.Printf("patron %v %T\n", p, p)
	}
}
