package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Ordinal interface {
	Integer | Unsigned
}

type StringLike interface {
	~string | ~[]byte
}

type UserID int64
type Port uint16
type Path string

func Clamp[T Ordinal](v, lo, hi T) T { return min(max(v, lo), hi) }

func Abs[T Integer](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func Len[S StringLike](s S) int { return len(s) }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Sum[S ~[]E, E Ordinal](s S) (total E) {
	for _, v := range s {
		total += v
	}
	return
}

type IDs []UserID

func (ids IDs) Max() UserID {
	m := ids[0]
	for _, v := range ids[1:] {
		m = max(m, v)
	}
	return m
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type Shape interface {
	Area() float64
	comparable
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func CountDistinct[T Shape](xs []T) (int, float64) {
	seen := map[T]bool{}
	var area float64
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			area += x.Area()
		}
	}
	return len(seen), area
}

func main() {
	fmt.Println(Clamp(Port(70000%65536), 1024, 8080), Clamp[int8](-100, -10, 10), Clamp(UserID(5), 1, 3))
	fmt.Println(Abs(-7), Abs(int8(-128)), Abs(UserID(-42)))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), Len(Path("/usr/bin")))
	p := Upper(Path("/tmp/x"))
	fmt.Printf("%v %T\n", p, p)
	ids := IDs{10, 42, 7}
	fmt.Printf("%v %T %v\n", Sum(ids), Sum(ids), ids.Max())
	fmt.Println(Sum([]Port{65535, 1}), Sum([]uint8{200, 100}))
	strs := Map(ids, func(id UserID) string { return fmt.Sprintf("u%03d", id) })
	fmt.Println(strs, len(strs))
	n, a := CountDistinct([]Rect{{1, 2}, {3, 4}, {1, 2}, {0.5, 0.5}})
	fmt.Println(n, a)
}
