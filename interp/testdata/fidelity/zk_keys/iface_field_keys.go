package main

import (
	"fmt"
	"sort"
)

type Kind uint8

const (
	KindUser Kind = iota + 1
	KindGroup
)

func (k Kind) String() string { return map[Kind]string{KindUser: "user", KindGroup: "group"}[k] }

type Ref struct {
	Kind any
	ID   int
}

func main() {
	perms := map[Ref][]string{}
	perms[Ref{KindUser, 1}] = append(perms[Ref{KindUser, 1}], "read")
	perms[Ref{KindUser, 1}] = append(perms[Ref{KindUser, 1}], "write")
	perms[Ref{KindGroup, 1}] = append(perms[Ref{KindGroup, 1}], "read")
	perms[Ref{"legacy", 7}] = []string{"admin"}
	fmt.Println(len(perms))
	fmt.Println(perms[Ref{KindUser, 1}], perms[Ref{KindGroup, 1}], perms[Ref{Kind(1), 1}])
	fmt.Println(perms[Ref{uint8(1), 1}] == nil)
	var out []string
	for r, p := range perms {
		out = append(out, fmt.Sprintf("%v#%d=%v", r.Kind, r.ID, p))
	}
	sort.Strings(out)
	for _, s := range out {
		fmt.Println(s)
	}
}
