package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(path string) string

func (f HandlerFunc) Serve(path string) string { return f(path) }

type Handler interface{ Serve(string) string }

type Middleware func(Handler) Handler

func Logging(prefix string, log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(p string) string {
			*log = append(*log, prefix+p)
			return next.Serve(p)
		})
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Predicate func(int) bool

func (p Predicate) And(q Predicate) Predicate { return func(n int) bool { return p(n) && q(n) } }
func (p Predicate) Or(q Predicate) Predicate  { return func(n int) bool { return p(n) || q(n) } }
func (p Predicate) Not() Predicate            { return func(n int) bool { return !p(n) } }

func (p Predicate) Filter(xs []int) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type ByKey func(a, b string) bool

type sorter struct {
	items []string
	less  ByKey
}

func (s sorter) Len() int           { return len(s.items) }
func (s sorter) Less(i, j int) bool { return s.less(s.items[i], s.items[j]) }
func (s sorter) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

func (k ByKey) Sort(items []string) { sort.Sort(sorter{items, k}) }

type Router map[string]HandlerFunc

func (r Router) Serve(p string) string {
	if h, ok := r[p]; ok {
		return h(p)
	}
	return "404 " + p
}

func main() {
	var log []string
	hello := HandlerFunc(func(p string) string { return "hello from " + p })
	h := Chain(hello, Logging("A:", &log), Logging("B:", &log))
	fmt.Println(h.Serve("/x"))
	fmt.Println(log)

	r := Router{"/": func(string) string { return "home" }, "/about": HandlerFunc(strings.ToUpper)}
	var hh Handler = r
	for _, p := range []string{"/", "/about", "/nope"} {
		fmt.Println(hh.Serve(p))
	}
	fmt.Printf("%T %T\n", hh, hello)

	even := Predicate(func(n int) bool { return n%2 == 0 })
	big := Predicate(func(n int) bool { return n > 5 })
	nums := []int{1, 2, 3, 4, 6, 7, 8, 10}
	fmt.Println(even.And(big).Filter(nums))
	fmt.Println(even.Or(big).Not().Filter(nums))
	fmt.Println(Predicate.Filter(big, nums))

	words := []string{"pear", "Fig", "apple", "kiwi"}
	ByKey(func(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) }).Sort(words)
	fmt.Println(words)
	var byLower ByKey = func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) }
	byLower.Sort(words)
	fmt.Println(words)

	var handler Handler = HandlerFunc(func(p string) string { return "fn:" + p })
	if hf, ok := handler.(HandlerFunc); ok {
		fmt.Println("is HandlerFunc:", hf("direct"))
	}
	_, isRouter := handler.(Router)
	fmt.Println(isRouter)
}
