package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

type Opcode uint8

const (
	NOP Opcode = iota
	LDI
	ADD
	SUB
	JNZ
	OUT
	HLT
	MOV
)

var mnemonics = map[string]Opcode{"nop": NOP, "ldi": LDI, "add": ADD, "sub": SUB, "jnz": JNZ, "out": OUT, "hlt": HLT, "mov": MOV}

type AsmError struct {
	Line int
	Msg  string
}

func (e *AsmError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseReg(s string) (uint8, bool) {
	if len(s) == 2 && s[0] == 'r' && s[1] >= '0' && s[1] <= '3' {
		return s[1] - '0', true
	}
	return 0, false
}

func assemble(src string) ([]uint16, error) {
	labels := map[string]int{}
	type pending struct {
		line  int
		parts []string
	}
	var prog []pending
	sc := bufio.NewScanner(strings.NewReader(src))
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			labels[strings.TrimSuffix(line, ":")] = len(prog)
			continue
		}
		parts := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' })
		prog = append(prog, pending{ln, parts})
	}
	words := make([]uint16, 0, len(prog))
	for _, p := range prog {
		op, ok := mnemonics[strings.ToLower(p.parts[0])]
		if !ok {
			return nil, &AsmError{p.line, "unknown mnemonic " + p.parts[0]}
		}
		w := uint16(op) << 12
		args := p.parts[1:]
		switch op {
		case LDI:
			r, ok := parseReg(args[0])
			if !ok {
				return nil, &AsmError{p.line, "bad register " + args[0]}
			}
			n, err := strconv.ParseUint(args[1], 0, 8)
			if err != nil {
				return nil, &AsmError{p.line, err.Error()}
			}
			w |= uint16(r)<<10 | uint16(n)
		case ADD, SUB, MOV:
			a, _ := parseReg(args[0])
			b, _ := parseReg(args[1])
			w |= uint16(a)<<10 | uint16(b)<<8
		case JNZ:
			r, _ := parseReg(args[0])
			target, ok := labels[args[1]]
			if !ok {
				return nil, &AsmError{p.line, "undefined label " + args[1]}
			}
			w |= uint16(r)<<10 | uint16(target)
		case OUT:
			r, _ := parseReg(args[0])
			w |= uint16(r) << 10
		}
		words = append(words, w)
	}
	return words, nil
}

func run(code []uint16) []uint8 {
	var regs [4]uint8
	var out []uint8
	for pc := 0; pc < len(code) && pc >= 0; {
		w := code[pc]
		op, ra, rb, imm := Opcode(w>>12), (w>>10)&3, (w>>8)&3, uint8(w)
		pc++
		switch op {
		case LDI:
			regs[ra] = imm
		case ADD:
			regs[ra] += regs[rb]
		case SUB:
			regs[ra] -= regs[rb]
		case MOV:
			regs[ra] = regs[rb]
		case JNZ:
			if regs[ra] != 0 {
				pc = int(imm)
			}
		case OUT:
			out = append(out, regs[ra])
		case HLT:
			return out
		}
	}
	return out
}

const fibSrc = `
; print fibonacci numbers until r3 counts down
    ldi r0, 0
    ldi r1, 1
    ldi r3, 13
    ldi r2, 1
loop:
    out r0
    mov r2, r0     ; tmp = a
    add r2, r1     ; tmp = a+b
    mov r0, r1
    mov r1, r2
    ldi r2, 1
    sub r3, r2
    jnz r3, loop
    hlt
`

func main() {
	code, err := assemble(fibSrc)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, w := range code {
		fmt.Printf("%02d: %04x %016b\n", i, w, w)
	}
	fmt.Println(run(code))

	for _, bad := range []string{"foo r1", "ldi r9, 1", "ldi r1, 300", "jnz r0, nowhere"} {
		_, err := assemble(bad)
		var ae *AsmError
		if e, ok := err.(*AsmError); ok {
			ae = e
		}
		fmt.Printf("%-18q -> %v (line=%d)\n", bad, err, ae.Line)
	}
	wrap, _ := assemble("ldi r0, 250\nldi r1, 10\nadd r0, r1\nout r0\nsub r1, r0\nout r1")
	fmt.Println(run(wrap))
}
