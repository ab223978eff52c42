package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Next() Weekday { return (d + 1) % 7 }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) Has(q Perm) bool { return p&q == q }
func (p *Perm) Set(q Perm)     { *p |= q }
func (p *Perm) Clear(q Perm)   { *p &^= q }

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := map[Perm]string{Read: "read", Write: "write", Exec: "exec", Admin: "admin"}
	for bit := Read; bit <= Admin; bit <<= 1 {
		if p&bit != 0 {
			parts = append(parts, names[bit])
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

type User struct {
	Name  string
	Perms Perm
	Off   Weekday
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d:%v:%t ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Weekday(9), Weekday(-1), Saturday.Next(), Wednesday+2)
	fmt.Printf("%s %q %x %08b\n", Friday, Monday, Saturday, Write|Exec)

	var p Perm
	fmt.Println(p)
	p.Set(Read)
	p.Set(Exec)
	fmt.Println(p, p.Has(Read), p.Has(Read|Write))
	p.Set(Admin | Write)
	p.Clear(Exec)
	fmt.Println(p, uint8(p))
	fmt.Println(Perm(0xff))

	users := []User{{"ann", Read | Write, Monday}, {"bob", Read, Saturday}, {"cy", Read | Write | Exec | Admin, Sunday}}
	for _, u := range users {
		fmt.Printf("%-4s %-22v off=%v\n", u.Name, u.Perms, u.Off)
	}
	fmt.Println(users[0])
	fmt.Printf("%+v\n", users[1])
	counts := make(map[bool]int)
	for _, u := range users {
		counts[u.Off.Weekend()]++
	}
	fmt.Println(counts)
	days := []Weekday{Friday, Monday, Sunday}
	fmt.Println(days, len(dayNames))
	fmt.Printf("%v %d\n", days, days)
}
