package main

import (
	"fmt"
	"sort"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, x := range []struct {
		p Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.p != 0 {
			parts = append(parts, x.n)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "")
}

type Role string

func main() {
	granted := map[any]bool{Read: true, Write: true, Role("admin"): true}
	granted[Read|Exec] = true
	check := []any{Read, Write, Exec, Read | Exec, uint8(1), Role("admin"), "admin", Perm(0)}
	for _, k := range check {
		fmt.Printf("%-6v %-10T %v\n", k, k, granted[k])
	}
	delete(granted, Write)
	var ks []string
	for k := range granted {
		switch k := k.(type) {
		case Perm:
			ks = append(ks, "perm:"+k.String())
		case Role:
			ks = append(ks, "role:"+string(k))
		default:
			ks = append(ks, fmt.Sprintf("other:%v", k))
		}
	}
	sort.Strings(ks)
	fmt.Println(len(granted), ks)
}
