package main

import (
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Delete
	Share
	Admin
	Billing
	_
	Audit
)

const (
	None    Perm = 0
	Editor       = Read | Write | Share
	Owner        = Editor | Delete | Admin
	AllPerm      = Owner | Billing | Audit
)

var permNames = map[Perm]string{Read: "read", Write: "write", Delete: "delete", Share: "share", Admin: "admin", Billing: "billing", Audit: "audit"}

func (p Perm) String() string {
	if p == None {
		return "none"
	}
	var names []string
	for rest := p; rest != 0; rest &= rest - 1 {
		bit := rest & -rest
		if n, ok := permNames[bit]; ok {
			names = append(names, n)
		} else {
			names = append(names, fmt.Sprintf("bit%d", bits.TrailingZeros16(uint16(bit))))
		}
	}
	return strings.Join(names, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

var ErrUnknownPerm = errors.New("unknown permission")

func ParsePerm(s string) (Perm, error) {
	var p Perm
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ',' || r == ' ' }) {
		found := false
		for bit, n := range permNames {
			if strings.EqualFold(n, part) {
				p |= bit
				found = true
			}
		}
		switch strings.ToLower(part) {
		case "editor":
			p, found = p|Editor, true
		case "owner":
			p, found = p|Owner, true
		}
		if !found {
			return p, fmt.Errorf("%w: %q", ErrUnknownPerm, part)
		}
	}
	return p, nil
}

type Role struct {
	Name    string
	Grant   Perm
	Deny    Perm
	Inherit []string
}

type Policy map[string]Role

func (pol Policy) Effective(role string, seen map[string]bool) Perm {
	if seen[role] {
		return None
	}
	seen[role] = true
	r := pol[role]
	p := r.Grant
	for _, parent := range r.Inherit {
		p |= pol.Effective(parent, seen)
	}
	return p &^ r.Deny
}

func main() {
	fmt.Println(Read, Write, Editor, Owner, AllPerm, None, Perm(1<<6), Perm(0xFFFF))
	fmt.Printf("%d %#x %08b %v\n", Owner, Owner, Editor, Owner.Has(Editor))
	for _, s := range []string{"read|write", "owner, billing", "Editor audit", "read|fly", ""} {
		p, err := ParsePerm(s)
		fmt.Printf("%-16q -> %-30v %3d err=%v unknown=%t\n", s, p, p, err, errors.Is(err, ErrUnknownPerm))
	}
	pol := Policy{
		"viewer":  {Name: "viewer", Grant: Read},
		"editor":  {Name: "editor", Grant: Write | Share, Inherit: []string{"viewer"}},
		"auditor": {Name: "auditor", Grant: Audit, Inherit: []string{"viewer"}, Deny: Share},
		"admin":   {Name: "admin", Grant: Admin | Delete | Billing, Inherit: []string{"editor", "auditor"}, Deny: Billing},
		"loop":    {Name: "loop", Grant: Share, Inherit: []string{"loop", "viewer"}},
	}
	names := make([]string, 0, len(pol))
	for n := range pol {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e := pol.Effective(n, map[string]bool{})
		fmt.Printf("%-8s %2d bits %-40v can delete=%t\n", n, bits.OnesCount16(uint16(e)), e, e.Has(Delete))
	}
	matrix := map[Perm][]string{}
	for _, n := range names {
		e := pol.Effective(n, map[string]bool{})
		for bit := Perm(1); bit != 0 && bit <= Audit; bit <<= 1 {
			if e.Has(bit) {
				matrix[bit] = append(matrix[bit], n)
			}
		}
	}
	fmt.Println(matrix)
	fmt.Printf("%v %s %x\n", []Perm{Read, Admin | Audit}, Perm(3), Perm(3))
}
