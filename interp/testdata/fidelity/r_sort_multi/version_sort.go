package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

func Parse(s string) (Version, error) {
	s = strings.TrimPrefix(s, "v")
	main, pre, _ := strings.Cut(s, "-")
	parts := strings.Split(main, ".")
	if len(parts) != 3 {
		return Version{}, fmt.Errorf("bad version %q", s)
	}
	var nums [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Version{}, fmt.Errorf("bad part %q: %w", p, err)
		}
		nums[i] = n
	}
	return Version{nums[0], nums[1], nums[2], pre}, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

func Compare(a, b Version) int {
	if c := cmp.Compare(a.Major, b.Major); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Minor, b.Minor); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Patch, b.Patch); c != 0 {
		return c
	}
	switch {
	case a.Pre == b.Pre:
		return 0
	case a.Pre == "":
		return 1
	case b.Pre == "":
		return -1
	}
	return strings.Compare(a.Pre, b.Pre)
}

func main() {
	raw := []string{"v1.10.0", "v1.2.3", "v1.2.3-beta", "v0.9.12", "v1.2.3-alpha", "v2.0.0", "v1.2", "v1.x.0", "v1.10.0"}
	var vs []Version
	for _, r := range raw {
		v, err := Parse(r)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Compare)
	fmt.Println(vs)
	vs = slices.CompactFunc(vs, func(a, b Version) bool { return Compare(a, b) == 0 })
	fmt.Println(len(vs), vs[len(vs)-1])
	latest := slices.MaxFunc(vs, Compare)
	fmt.Printf("latest %v %s %+v\n", latest, latest, latest)
	i, ok := slices.BinarySearchFunc(vs, Version{1, 2, 3, ""}, Compare)
	fmt.Println(i, ok)
	fmt.Println(slices.IsSortedFunc(vs, Compare))
}
