package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Either[L, R any] struct {
	left   L
	right  R
	isLeft bool
}

func Left[L, R any](l L) Either[L, R]  { return Either[L, R]{left: l, isLeft: true} }
func Right[L, R any](r R) Either[L, R] { return Either[L, R]{right: r} }

func Fold[L, R, T any](e Either[L, R], onLeft func(L) T, onRight func(R) T) T {
	if e.isLeft {
		return onLeft(e.left)
	}
	return onRight(e.right)
}

func parseValue(s string) Either[string, float64] {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return Left[string, float64](fmt.Sprintf("not a number: %q", s))
	}
	return Right[string](f)
}

func Partition[L, R any](es []Either[L, R]) ([]L, []R) {
	var ls []L
	var rs []R
	for _, e := range es {
		if e.isLeft {
			ls = append(ls, e.left)
		} else {
			rs = append(rs, e.right)
		}
	}
	return ls, rs
}

func main() {
	inputs := strings.Split("3.5,abc,-2,1e3,,0x1p-2", ",")
	var es []Either[string, float64]
	for _, in := range inputs {
		es = append(es, parseValue(in))
	}

	for _, e := range es {
		fmt.Println(Fold(e,
			func(msg string) string { return "ERR " + msg },
			func(f float64) string { return "OK  " + strconv.FormatFloat(f, 'g', -1, 64) }))
	}

	errs, vals := Partition(es)
	fmt.Println(len(errs), vals)
}
