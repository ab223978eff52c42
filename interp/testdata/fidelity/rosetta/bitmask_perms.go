package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec", "admin"}
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func powerSet(items []string) [][]string {
	n := len(items)
	var out [][]string
	for mask := 0; mask < 1<<n; mask++ {
		var set []string
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				set = append(set, items[i])
			}
		}
		out = append(out, set)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) < len(out[j]) })
	return out
}

func main() {
	users := map[string]Perm{"root": Read | Write | Exec | Admin, "dev": Read | Write | Exec, "guest": Read, "nobody": 0, "odd": Read | 0x40}
	names := make([]string, 0)
	for n := range users {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := users[n]
		fmt.Printf("%-7s %-22v %04b %d write=%t bits=%d\n", n, p, uint8(p), p, p.Has(Write), bits.OnesCount8(uint8(p)))
	}
	fmt.Println(Read|Exec, Admin, Perm(0))
	fmt.Printf("%v %s %d %x\n", Write, Write|Admin, Exec, Admin)
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	for _, s := range powerSet([]string{"a", "b", "c"}) {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
	for _, x := range []uint32{0, 1, 12, 255, 1 << 31} {
		fmt.Printf("%d: len=%d lead=%d trail=%d rev=%08x\n", x, bits.Len32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Reverse32(x))
	}
}
