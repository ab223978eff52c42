package main

import (
	"fmt"
	"sort"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Delete
	_
	Approve
	Admin = Read | Write | Delete | Approve
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Delete, "delete"}, {Approve, "approve"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	if p == Admin {
		return "admin"
	}
	var parts []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
			p &^= pn.p
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(p)))
	}
	return strings.Join(parts, "|")
}

type Role struct {
	Name  string
	Perms Perm
}

type User struct {
	Name  string
	Roles []*Role
	Deny  Perm
}

func (u User) Effective() (p Perm) {
	defer func() { p &^= u.Deny }()
	for _, r := range u.Roles {
		p |= r.Perms
	}
	return p
}

func (u User) Can(p Perm) bool { return u.Effective()&p == p }

func main() {
	viewer := &Role{"viewer", Read}
	editor := &Role{"editor", Read | Write}
	manager := &Role{"manager", Read | Approve}
	root := &Role{"root", Admin}

	users := []User{
		{"ana", []*Role{viewer}, 0},
		{"ben", []*Role{editor, manager}, 0},
		{"cy", []*Role{root}, Delete},
		{"dee", nil, 0},
		{"eve", []*Role{editor}, Write},
	}
	fmt.Printf("Read=%d Write=%d Delete=%d Approve=%d Admin=%d (%b)\n", Read, Write, Delete, Approve, Admin, Admin)
	for _, u := range users {
		e := u.Effective()
		fmt.Printf("%-4s %-24v %08b can approve=%-5t edit=%t\n", u.Name, e, uint16(e), u.Can(Approve), u.Can(Read|Write))
	}

	editor.Perms |= Delete // roles are shared by pointer
	fmt.Println("ben after editor change:", users[1].Effective())

	byPerm := map[Perm][]string{}
	for _, u := range users {
		for _, pn := range permNames {
			if u.Can(pn.p) {
				byPerm[pn.p] = append(byPerm[pn.p], u.Name)
			}
		}
	}
	perms := make([]Perm, 0, len(byPerm))
	for p := range byPerm {
		perms = append(perms, p)
	}
	sort.Slice(perms, func(i, j int) bool { return perms[i] < perms[j] })
	for _, p := range perms {
		fmt.Printf("%-8v %v\n", p, byPerm[p])
	}
	fmt.Println(Perm(0), Perm(8), Perm(0x108), Admin&^Approve)
	fmt.Printf("%v %s %d %x %q\n", Write|Approve, Delete, Delete, Admin, Read)
}
