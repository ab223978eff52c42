package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	var parts []string
	for _, f := range []struct {
		p    Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}} {
		if p&f.p != 0 {
			parts = append(parts, f.name)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "")
}

func main() {
	fmt.Println(Read, Write, Exec, Admin, uint8(Admin))

	p := Read | Exec
	fmt.Println(p, p&Write != 0, p|Write, p&^Read)

	var none Perm
	fmt.Println(none)
}
