package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Calculator struct {
	stack []float64
	trace []string
}

func (c *Calculator) push(x float64) { c.stack = append(c.stack, x) }
func (c *Calculator) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, errors.New("stack empty")
	}
	x := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return x, nil
}

func (c *Calculator) binary(f func(a, b float64) float64) func() error {
	return func() error {
		b, err := c.pop()
		if err != nil {
			return err
		}
		a, err := c.pop()
		if err != nil {
			return err
		}
		c.push(f(a, b))
		return nil
	}
}

func (c *Calculator) Dup() error {
	x, err := c.pop()
	if err != nil {
		return err
	}
	c.push(x)
	c.push(x)
	return nil
}

func (c *Calculator) Swap() error {
	if len(c.stack) < 2 {
		return fmt.Errorf("swap needs 2, have %d", len(c.stack))
	}
	n := len(c.stack)
	c.stack[n-1], c.stack[n-2] = c.stack[n-2], c.stack[n-1]
	return nil
}

func (c *Calculator) Clear() error { c.stack = c.stack[:0]; return nil }

func main() {
	c := &Calculator{}
	cmds := map[string]func() error{
		"+":     c.binary(func(a, b float64) float64 { return a + b }),
		"-":     c.binary(func(a, b float64) float64 { return a - b }),
		"*":     c.binary(func(a, b float64) float64 { return a * b }),
		"/":     c.binary(func(a, b float64) float64 { return a / b }),
		"dup":   c.Dup,
		"swap":  c.Swap,
		"clear": c.Clear,
	}
	names := make([]string, 0, len(cmds))
	for k := range cmds {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("commands:", names)
	programs := []string{"3 4 + dup *", "10 2 swap /", "1 +", "5 clear 7 8 swap -", "2 nope"}
	for _, prog := range programs {
		var err error
		for _, tok := range strings.Fields(prog) {
			if x, perr := strconv.ParseFloat(tok, 64); perr == nil {
				c.push(x)
				continue
			}
			cmd, ok := cmds[tok]
			if !ok {
				err = fmt.Errorf("unknown command %q", tok)
				break
			}
			if err = cmd(); err != nil {
				err = fmt.Errorf("%s: %w", tok, err)
				break
			}
		}
		fmt.Printf("%-20s stack=%v err=%v\n", prog, c.stack, err)
		c.Clear()
	}
	ops := []func() error{c.Clear, c.Dup}
	fmt.Println(ops[1]() != nil, len(c.stack))
	m := (*Calculator).Swap
	c.push(1)
	c.push(2)
	fmt.Println(m(c), c.stack)
}
