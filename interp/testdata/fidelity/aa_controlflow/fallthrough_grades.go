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
)

func permsFor(role string) Perm {
	var p Perm
	switch role {
	case "admin":
		p |= Exec
		fallthrough
	case "editor":
		p |= Write
		fallthrough
	case "viewer":
		p |= Read
	case "banned":
	default:
		p = Read
	}
	return p
}

func (p Perm) String() string {
	var sb strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		if score%10 >= 5 {
			return "D+"
		}
		fallthrough
	case 5:
		return "D"
	default:
		if s < 0 {
			return "invalid"
		}
	}
	return "F"
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		if v == "" {
			return "empty string"
		}
		return "string " + v
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	for _, r := range []string{"admin", "editor", "viewer", "banned", "guest"} {
		fmt.Printf("%-7s %v %03b\n", r, permsFor(r), uint8(permsFor(r)))
	}
	for _, s := range []int{100, 93, 85, 71, 67, 62, 55, 12, -5} {
		fmt.Print(s, ":", grade(s), " ")
	}
	fmt.Println()
	for _, x := range []any{nil, 3, int64(4), "", "hi", fmt.Errorf("bad"), Read | Exec, 2.5, []int{1}} {
		fmt.Println(classify(x))
	}
	n := 3
	switch {
	case n > 2:
		fmt.Println("n > 2")
		fallthrough
	case n > 100:
		fmt.Println("fell into n > 100")
	case n > 1:
		fmt.Println("not reached")
	}
}
