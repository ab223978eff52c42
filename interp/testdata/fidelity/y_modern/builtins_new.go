package main

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), cmp.Compare(v.Patch, o.Patch))
}

type ParseError struct {
	Input string
	Pos   int
}

func (e *ParseError) Error() string { return fmt.Sprintf("bad version %q at %d", e.Input, e.Pos) }

func parse(s string) (Version, error) {
	var v Version
	rest, ok := strings.CutPrefix(s, "v")
	if !ok {
		return v, &ParseError{s, 0}
	}
	n, err := fmt.Sscanf(rest, "%d.%d.%d", &v.Major, &v.Minor, &v.Patch)
	if err != nil {
		return v, fmt.Errorf("parse: %w", &ParseError{s, n + 1})
	}
	return v, nil
}

func main() {
	var vs []Version
	for _, s := range []string{"v1.2.3", "v1.10.0", "1.0.0", "v0.9.12", "v1.2", "v1.2.10"} {
		v, err := parse(s)
		if err != nil {
			if pe, ok := errors.AsType[*ParseError](err); ok {
				fmt.Println("skip:", err, "| pos", pe.Pos)
			}
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	fmt.Println(slices.MinFunc(vs, Version.Compare), slices.MaxFunc(vs, Version.Compare))
	i, found := slices.BinarySearchFunc(vs, Version{1, 2, 4}, Version.Compare)
	fmt.Println(i, found)
	fmt.Println(min(3, 1, 2), max(2.5, -1), min("pear", "apple"), max('a', 'b'))
	fmt.Println(math.IsNaN(min(math.NaN(), 1)), max(math.Inf(-1), -5), min(0.0, -0.0))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s[1:])
	fmt.Println(len(m), m, s, len(s))
	p := new(Version)
	*p = Version{2, 0, 0}
	fmt.Println(p, *p, p.Compare(vs[0]), cmp.Or("", "fallback"), cmp.Or(0, 0, 7))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(ps, func(x, y pair) int { return cmp.Compare(y.v, x.v) })
	fmt.Println(ps, slices.IsSortedFunc(ps, func(x, y pair) int { return cmp.Compare(y.v, x.v) }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.ContainsFunc(vs, func(v Version) bool { return v.Major == 0 }))
}
