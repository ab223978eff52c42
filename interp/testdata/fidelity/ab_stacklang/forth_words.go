package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	if len(old) == 0 {
		panic(ErrUnderflow)
	}
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = strconv.Itoa(v)
	}
	return "<" + strconv.Itoa(len(s)) + "> " + strings.Join(parts, " ")
}

var ErrUnderflow = errors.New("stack underflow")

type UnknownWord string

func (u UnknownWord) Error() string { return "unknown word: " + string(u) }

type Word func(vm *VM)

type VM struct {
	stack Stack
	dict  map[string]Word
	out   strings.Builder
	depth int
}

func binary(f func(a, b int) int) Word {
	return func(vm *VM) {
		b, a := vm.stack.Pop(), vm.stack.Pop()
		vm.stack.Push(f(a, b))
	}
}

func NewVM() *VM {
	vm := &VM{dict: map[string]Word{}}
	vm.dict["+"] = binary(func(a, b int) int { return a + b })
	vm.dict["-"] = binary(func(a, b int) int { return a - b })
	vm.dict["*"] = binary(func(a, b int) int { return a * b })
	vm.dict["/"] = binary(func(a, b int) int { return a / b })
	vm.dict["="] = binary(func(a, b int) int {
		if a == b {
			return -1
		}
		return 0
	})
	vm.dict["mod"] = binary(func(a, b int) int { return a % b })
	vm.dict["dup"] = func(vm *VM) { v := vm.stack.Pop(); vm.stack.Push(v); vm.stack.Push(v) }
	vm.dict["drop"] = func(vm *VM) { vm.stack.Pop() }
	vm.dict["swap"] = func(vm *VM) { b, a := vm.stack.Pop(), vm.stack.Pop(); vm.stack.Push(b); vm.stack.Push(a) }
	vm.dict["over"] = func(vm *VM) {
		b, a := vm.stack.Pop(), vm.stack.Pop()
		vm.stack.Push(a)
		vm.stack.Push(b)
		vm.stack.Push(a)
	}
	vm.dict["."] = func(vm *VM) { fmt.Fprintf(&vm.out, "%d ", vm.stack.Pop()) }
	vm.dict["emit"] = func(vm *VM) { vm.out.WriteRune(rune(vm.stack.Pop())) }
	vm.dict["cr"] = func(vm *VM) { vm.out.WriteByte('\n') }
	return vm
}

func (vm *VM) compile(body []string) Word {
	words := append([]string(nil), body...)
	return func(vm *VM) {
		vm.depth++
		defer func() { vm.depth-- }()
		if vm.depth > 50 {
			panic(fmt.Errorf("recursion too deep at %v", words))
		}
		vm.execTokens(words)
	}
}

func (vm *VM) execTokens(toks []string) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t == ":":
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			name := strings.ToLower(toks[i+1])
			vm.dict[name] = vm.compile(toks[i+2 : end])
			i = end
		case t == "if":
			depth, j, elseAt := 1, i+1, -1
			for ; j < len(toks); j++ {
				switch toks[j] {
				case "if":
					depth++
				case "else":
					if depth == 1 {
						elseAt = j
					}
				case "then":
					depth--
				}
				if depth == 0 {
					break
				}
			}
			cond := vm.stack.Pop() != 0
			switch {
			case cond && elseAt >= 0:
				vm.execTokens(toks[i+1 : elseAt])
			case cond:
				vm.execTokens(toks[i+1 : j])
			case elseAt >= 0:
				vm.execTokens(toks[elseAt+1 : j])
			}
			i = j
		default:
			if n, err := strconv.Atoi(t); err == nil {
				vm.stack.Push(n)
				continue
			}
			w, ok := vm.dict[strings.ToLower(t)]
			if !ok {
				panic(UnknownWord(t))
			}
			w(vm)
		}
	}
}

func (vm *VM) Run(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("panic: %v", x)
			}
		}
	}()
	vm.execTokens(strings.Fields(src))
	return nil
}

func main() {
	vm := NewVM()
	progs := []string{
		"1 2 3 + * .",
		": sq dup * ; : cube dup sq * ; 3 cube . 4 sq .",
		": abs dup 0 swap - over over - 0 swap - drop swap drop ; -7 abs .",
		": sign dup 0 = if drop 0 else 0 swap - 0 = if 1 else -1 then then ; 5 sign . 0 sign .",
		"72 emit 105 emit cr",
		"1 0 /",
		"drop drop",
		"1 2 frob",
		": loop loop ; loop",
		": fact dup 1 = if else dup 1 - fact * then ; 10 fact .",
		"10 3 mod . 17 over .",
	}
	for _, p := range progs {
		vm.out.Reset()
		err := vm.Run(p)
		var uw UnknownWord
		switch {
		case errors.As(err, &uw):
			fmt.Printf("%-28.28s => unknown %q\n", p, string(uw))
		case errors.Is(err, ErrUnderflow):
			fmt.Printf("%-28.28s => underflow\n", p)
		case err != nil:
			fmt.Printf("%-28.28s => error: %v\n", p, err)
		default:
			fmt.Printf("%-28.28s => %q\n", p, vm.out.String())
		}
		fmt.Println("   stack", vm.stack)
	}
}
