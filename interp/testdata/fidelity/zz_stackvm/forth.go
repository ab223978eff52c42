package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	if len(old) == 0 {
		panic("stack empty")
	}
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Word func(f *Forth)

type Forth struct {
	S     Stack
	dict  map[string]Word
	user  map[string][]string
	out   []string
	depth int
}

func New() *Forth {
	f := &Forth{dict: map[string]Word{}, user: map[string][]string{}}
	bin := func(op func(a, b int) int) Word {
		return func(f *Forth) { b, a := f.S.Pop(), f.S.Pop(); f.S.Push(op(a, b)) }
	}
	f.dict["+"] = bin(func(a, b int) int { return a + b })
	f.dict["-"] = bin(func(a, b int) int { return a - b })
	f.dict["*"] = bin(func(a, b int) int { return a * b })
	f.dict["/"] = bin(func(a, b int) int { return a / b })
	f.dict["mod"] = bin(func(a, b int) int { return a % b })
	f.dict["dup"] = func(f *Forth) { v := f.S.Pop(); f.S.Push(v); f.S.Push(v) }
	f.dict["drop"] = func(f *Forth) { f.S.Pop() }
	f.dict["swap"] = func(f *Forth) { b, a := f.S.Pop(), f.S.Pop(); f.S.Push(b); f.S.Push(a) }
	f.dict["over"] = func(f *Forth) { b, a := f.S.Pop(), f.S.Pop(); f.S.Push(a); f.S.Push(b); f.S.Push(a) }
	f.dict["."] = func(f *Forth) { f.out = append(f.out, strconv.Itoa(f.S.Pop())) }
	return f
}

func (f *Forth) exec(tokens []string) {
	f.depth++
	defer func() { f.depth-- }()
	if f.depth > 50 {
		panic("recursion too deep")
	}
	for i := 0; i < len(tokens); i++ {
		t := strings.ToLower(tokens[i])
		if t == ":" {
			end := i + 1
			for end < len(tokens) && tokens[end] != ";" {
				end++
			}
			if end == len(tokens) {
				panic("unterminated definition")
			}
			name := strings.ToLower(tokens[i+1])
			if _, err := strconv.Atoi(name); err == nil {
				panic("cannot redefine number " + name)
			}
			body := make([]string, 0, end-i-2)
			for _, b := range tokens[i+2 : end] {
				if def, ok := f.user[strings.ToLower(b)]; ok {
					body = append(body, def...)
				} else {
					body = append(body, b)
				}
			}
			f.user[name] = body
			i = end
			continue
		}
		if def, ok := f.user[t]; ok {
			f.exec(def)
		} else if w, ok := f.dict[t]; ok {
			w(f)
		} else if n, err := strconv.Atoi(t); err == nil {
			f.S.Push(n)
		} else {
			panic(fmt.Sprintf("undefined word %q", t))
		}
	}
}

func (f *Forth) Eval(line string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("forth: %v", r)
			f.depth = 0
		}
	}()
	f.exec(strings.Fields(line))
	return nil
}

func main() {
	f := New()
	lines := []string{
		"1 2 3 + + .",
		": square dup * ;",
		"7 square .",
		": foo 5 ;",
		": bar foo ;",
		": foo 6 ;",
		"bar foo . .",
		"10 3 mod . 10 3 / .",
		"1 2 over . . .",
		"+",
		"5 frob",
		": 5 6 ;",
		"1 0 /",
		": loop loop ; loop",
		"42 .",
	}
	for _, l := range lines {
		err := f.Eval(l)
		fmt.Printf("%-24s -> out=%v stack=%v", l, f.out, f.S)
		if err != nil {
			fmt.Printf(" error: %v", err)
		}
		fmt.Println()
		f.out = nil
	}
}
