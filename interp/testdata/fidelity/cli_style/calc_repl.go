package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Calc struct {
	stack []float64
	vars  map[string]float64
}

var errUnderflow = errors.New("stack underflow")

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }

func (c *Calc) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, errUnderflow
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) binary(op func(a, b float64) (float64, error)) error {
	b, err := c.pop()
	if err != nil {
		return err
	}
	a, err := c.pop()
	if err != nil {
		c.push(b)
		return err
	}
	r, err := op(a, b)
	if err != nil {
		c.push(a)
		c.push(b)
		return err
	}
	c.push(r)
	return nil
}

func (c *Calc) Eval(tok string) error {
	switch tok {
	case "+":
		return c.binary(func(a, b float64) (float64, error) { return a + b, nil })
	case "-":
		return c.binary(func(a, b float64) (float64, error) { return a - b, nil })
	case "*":
		return c.binary(func(a, b float64) (float64, error) { return a * b, nil })
	case "/":
		return c.binary(func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		})
	case "^":
		return c.binary(func(a, b float64) (float64, error) { return math.Pow(a, b), nil })
	case "sqrt":
		v, err := c.pop()
		if err != nil {
			return err
		}
		c.push(math.Sqrt(v))
	case "dup":
		v, err := c.pop()
		if err != nil {
			return err
		}
		c.push(v)
		c.push(v)
	case "clear":
		c.stack = c.stack[:0]
	default:
		if strings.HasPrefix(tok, "=") {
			v, err := c.pop()
			if err != nil {
				return err
			}
			c.vars[tok[1:]] = v
			c.push(v)
			return nil
		}
		if v, ok := c.vars[tok]; ok {
			c.push(v)
			return nil
		}
		f, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return fmt.Errorf("unknown token %q", tok)
		}
		c.push(f)
	}
	return nil
}

const session = `1 2 +
3 *
dup *
=x
clear
x sqrt
2 0 /
+
pi 4 *
1e-3 1000 * 5 ^
clear 2 0.5 ^ =r 10 r *
foo
`

func main() {
	c := &Calc{vars: map[string]float64{"pi": math.Pi}}
	in := bufio.NewScanner(strings.NewReader(session))
	lineNo := 0
	for in.Scan() {
		lineNo++
		fmt.Printf("%d> %s\n", lineNo, in.Text())
		for _, tok := range strings.Fields(in.Text()) {
			if err := c.Eval(tok); err != nil {
				fmt.Printf("   error: %v\n", err)
				if errors.Is(err, errUnderflow) {
					fmt.Println("   (need more operands)")
				}
				break
			}
		}
		fmt.Printf("   stack: %v\n", c.stack)
	}
	fmt.Printf("x = %.6g, r = %.10f\n", c.vars["x"], c.vars["r"])
}
