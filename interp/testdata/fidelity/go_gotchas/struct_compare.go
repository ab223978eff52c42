package main

import (
	"fmt"
	"reflect"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

type Config struct {
	Name  string
	Ports []int
}

type Key struct {
	a interface{}
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	if v.Patch != o.Patch {
		return v.Patch < o.Patch
	}
	return v.Pre != "" && (o.Pre == "" || v.Pre < o.Pre)
}

func main() {
	v1 := Version{1, 2, 3, ""}
	v2 := Version{Major: 1, Minor: 2, Patch: 3}
	v3 := Version{1, 2, 3, "rc1"}
	fmt.Println(v1 == v2, v1 == v3, v3.Less(v1), v1.Less(v3))
	fmt.Println(&v1 == &v2, *(&v1) == v2)

	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)

	type Named struct{ A int }
	fmt.Println(Named(anon1) == Named{1})

	c1 := Config{"a", []int{80}}
	c2 := Config{"a", []int{80}}
	fmt.Println(reflect.DeepEqual(c1, c2))
	c2.Ports = nil
	c3 := Config{"a", []int{}}
	fmt.Println(reflect.DeepEqual(c2, c3), reflect.DeepEqual(c2, Config{Name: "a"}))

	k1 := Key{1}
	k2 := Key{1}
	k3 := Key{"1"}
	fmt.Println(k1 == k2, k1 == k3)
	m := map[Key]int{k1: 10}
	m[k2] += 5
	fmt.Println(m[Key{1}], len(m))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad1 := Key{[]int{1}}
		bad2 := Key{[]int{1}}
		fmt.Println(bad1 == bad2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		mm := map[interface{}]bool{}
		mm[map[string]int{}] = true
	}()

	versions := []Version{{1, 10, 0, ""}, {1, 2, 0, ""}, {1, 2, 0, "beta"}, {0, 9, 9, ""}}
	for i := 0; i < len(versions); i++ {
		for j := i + 1; j < len(versions); j++ {
			if versions[j].Less(versions[i]) {
				versions[i], versions[j] = versions[j], versions[i]
			}
		}
	}
	for _, v := range versions {
		fmt.Printf("%+v\n", v)
	}
	var p1, p2 *Version
	fmt.Println(p1 == p2, p1 == nil)
	p1 = &Version{}
	p2 = &Version{}
	fmt.Println(p1 == p2, *p1 == *p2)
	type Empty struct{}
	e1, e2 := Empty{}, Empty{}
	fmt.Println(e1 == e2, [0]int{} == [0]int{})
	ch := make(chan int)
	ch2 := ch
	fmt.Println(ch == ch2, ch == make(chan int))
}
