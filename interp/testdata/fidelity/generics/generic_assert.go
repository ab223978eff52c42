package main

import "fmt"

type Box[T any] struct{ V T }

func Unbox[T any](v any) (T, bool) {
	b, ok := v.(Box[T])
	return b.V, ok
}

func Convert[From, To any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Registry[T any] struct{ items map[string]T }

func (r *Registry[T]) Register(name string, v T) *Registry[T] {
	if r.items == nil {
		r.items = make(map[string]T)
	}
	r.items[name] = v
	return r
}

func (r *Registry[T]) Lookup(name string) (T, error) {
	v, ok := r.items[name]
	if !ok {
		var zero T
		return zero, fmt.Errorf("%q not registered (have %d)", name, len(r.items))
	}
	return v, nil
}

func main() {
	var x any = Box[int]{42}
	n, ok := Unbox[int](x)
	fmt.Println(n, ok)

	s, ok := Unbox[string](x)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(Convert([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))

	var r Registry[func(int) int]
	r.Register("double", func(i int) int { return 2 * i }).Register("neg", func(i int) int { return -i })
	f, err := r.Lookup("double")
	fmt.Println(f(21), err)

	_, err = r.Lookup("triple")
	fmt.Println(err)
}
