package main

import (
	"fmt"
	"strconv"
)

type Node interface{ String() string }

type Lit struct{ V int }
type Ident struct{ Name string }
type Op struct {
	Sym  string
	A, B Node
}
type Neg struct{ X Node }

func (l Lit) String() string   { return strconv.Itoa(l.V) }
func (i Ident) String() string { return i.Name }
func (o Op) String() string    { return fmt.Sprintf("(%v %s %v)", o.A, o.Sym, o.B) }
func (n Neg) String() string   { return fmt.Sprintf("-%v", n.X) }

type Stats struct{ Folded, Simplified int }

func (s *Stats) fold(n Node) Node {
	switch n := n.(type) {
	case Op:
		a, b := s.fold(n.A), s.fold(n.B)
		la, aok := a.(Lit)
		lb, bok := b.(Lit)
		if aok && bok {
			s.Folded++
			switch n.Sym {
			case "+":
				return Lit{la.V + lb.V}
			case "-":
				return Lit{la.V - lb.V}
			case "*":
				return Lit{la.V * lb.V}
			case "/":
				if lb.V != 0 {
					return Lit{la.V / lb.V}
				}
				s.Folded--
			}
		}
		switch {
		case n.Sym == "*" && (aok && la.V == 0 || bok && lb.V == 0):
			s.Simplified++
			return Lit{0}
		case n.Sym == "*" && aok && la.V == 1:
			s.Simplified++
			return b
		case (n.Sym == "*" || n.Sym == "/") && bok && lb.V == 1:
			s.Simplified++
			return a
		case n.Sym == "+" && aok && la.V == 0:
			s.Simplified++
			return b
		case (n.Sym == "+" || n.Sym == "-") && bok && lb.V == 0:
			s.Simplified++
			return a
		}
		return Op{n.Sym, a, b}
	case Neg:
		x := s.fold(n.X)
		switch x := x.(type) {
		case Lit:
			s.Folded++
			return Lit{-x.V}
		case Neg:
			s.Simplified++
			return x.X
		}
		return Neg{x}
	}
	return n
}

func main() {
	x, y := Ident{"x"}, Ident{"y"}
	trees := []Node{
		Op{"+", Lit{2}, Op{"*", Lit{3}, Lit{4}}},
		Op{"*", x, Op{"-", Lit{5}, Lit{4}}},
		Op{"+", Op{"*", Lit{0}, y}, Op{"+", x, Lit{0}}},
		Neg{Neg{Op{"/", y, Lit{1}}}},
		Op{"/", Lit{7}, Op{"-", Lit{2}, Lit{2}}},
		Neg{Op{"-", Lit{1}, Lit{8}}},
	}
	var st Stats
	for i, t := range trees {
		out := st.fold(t)
		fmt.Printf("%d: %-28v => %v  [%T]\n", i, t, out, out)
	}
	fmt.Printf("%+v\n", st)
	fmt.Println(trees[0], []Node{x, Lit{9}})
}
