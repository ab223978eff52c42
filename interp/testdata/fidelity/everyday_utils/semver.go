package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

func ParseVersion(s string) (Version, error) {
	var v Version
	s = strings.TrimPrefix(s, "v")
	core, pre, _ := strings.Cut(s, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("semver %q: want 3 parts, got %d", s, len(parts))
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return v, fmt.Errorf("semver %q: part %d: %w", s, i, err)
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

func (v Version) Compare(o Version) int {
	if c := v.Major - o.Major; c != 0 {
		return sign(c)
	}
	if c := v.Minor - o.Minor; c != 0 {
		return sign(c)
	}
	if c := v.Patch - o.Patch; c != 0 {
		return sign(c)
	}
	switch {
	case v.Pre == o.Pre:
		return 0
	case v.Pre == "":
		return 1
	case o.Pre == "":
		return -1
	}
	return strings.Compare(v.Pre, o.Pre)
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

type Constraint struct {
	Op string
	V  Version
}

func (c Constraint) Allows(v Version) bool {
	r := v.Compare(c.V)
	switch c.Op {
	case ">=":
		return r >= 0
	case "<":
		return r < 0
	case "^":
		return r >= 0 && v.Major == c.V.Major
	case "~":
		return r >= 0 && v.Major == c.V.Major && v.Minor == c.V.Minor
	}
	return r == 0
}

func main() {
	raw := []string{"v1.2.3", "1.10.0", "v1.2.10", "v2.0.0-rc.1", "v2.0.0", "v1.2.3-alpha", "v0.9.9", "1.2", "v1.x.0"}
	var vs []Version
	for _, r := range raw {
		v, err := ParseVersion(r)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	fmt.Printf("%v %s %+v\n", vs[0], vs[len(vs)-1], vs[1])
	cs := []Constraint{{"^", Version{1, 2, 0, ""}}, {"~", Version{1, 2, 0, ""}}, {">=", Version{2, 0, 0, "rc.0"}}, {"<", Version{1, 0, 0, ""}}}
	for _, c := range cs {
		var ok []string
		for _, v := range vs {
			if c.Allows(v) {
				ok = append(ok, v.String())
			}
		}
		fmt.Printf("%s%v: %s\n", c.Op, c.V, strings.Join(ok, " "))
	}
	latest := slices.MaxFunc(vs, func(a, b Version) int { return a.Compare(b) })
	fmt.Println("latest:", latest, slices.IndexFunc(vs, func(v Version) bool { return v.Pre != "" }))
}
