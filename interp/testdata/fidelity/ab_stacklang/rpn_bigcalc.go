package main

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Calc struct {
	stack []*big.Rat
	vars  map[string]*big.Rat
	hist  []string
}

var (
	ErrEmpty   = errors.New("not enough operands")
	ErrDivZero = errors.New("division by zero")
)

type TokenError struct {
	Token string
	Index int
	Err   error
}

func (e *TokenError) Error() string {
	return fmt.Sprintf("token %d %q: %v", e.Index, e.Token, e.Err)
}
func (e *TokenError) Unwrap() error { return e.Err }

func (c *Calc) pop() (*big.Rat, error) {
	if len(c.stack) == 0 {
		return nil, ErrEmpty
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) binop(f func(z, a, b *big.Rat) error) error {
	b, err := c.pop()
	if err != nil {
		return err
	}
	a, err := c.pop()
	if err != nil {
		c.stack = append(c.stack, b)
		return err
	}
	z := new(big.Rat)
	if err := f(z, a, b); err != nil {
		c.stack = append(c.stack, a, b)
		return err
	}
	c.stack = append(c.stack, z)
	return nil
}

func (c *Calc) Eval(line string) error {
	for i, tok := range strings.Fields(line) {
		var err error
		switch {
		case tok == "+":
			err = c.binop(func(z, a, b *big.Rat) error { z.Add(a, b); return nil })
		case tok == "-":
			err = c.binop(func(z, a, b *big.Rat) error { z.Sub(a, b); return nil })
		case tok == "*":
			err = c.binop(func(z, a, b *big.Rat) error { z.Mul(a, b); return nil })
		case tok == "/":
			err = c.binop(func(z, a, b *big.Rat) error {
				if b.Sign() == 0 {
					return ErrDivZero
				}
				z.Quo(a, b)
				return nil
			})
		case tok == "^":
			err = c.binop(func(z, a, b *big.Rat) error {
				if !b.IsInt() || b.Sign() < 0 {
					return fmt.Errorf("exponent %s must be a natural number", b.RatString())
				}
				n := b.Num().Int64()
				z.SetInt64(1)
				for k := int64(0); k < n; k++ {
					z.Mul(z, a)
				}
				return nil
			})
		case strings.HasPrefix(tok, "="):
			var v *big.Rat
			if v, err = c.pop(); err == nil {
				c.vars[tok[1:]] = v
				c.stack = append(c.stack, v)
			}
		default:
			if v, ok := c.vars[tok]; ok {
				c.stack = append(c.stack, new(big.Rat).Set(v))
				break
			}
			r, ok := new(big.Rat).SetString(tok)
			if !ok {
				err = errors.New("not a number or variable")
				break
			}
			c.stack = append(c.stack, r)
		}
		if err != nil {
			return &TokenError{tok, i, err}
		}
	}
	return nil
}

func (c *Calc) Top() string {
	if len(c.stack) == 0 {
		return "(empty)"
	}
	t := c.stack[len(c.stack)-1]
	if t.IsInt() {
		return t.Num().String()
	}
	return t.RatString() + " ≈ " + t.FloatString(6)
}

func main() {
	c := &Calc{vars: map[string]*big.Rat{}}
	lines := []string{
		"1/3 1/6 +",
		"2 100 ^ =big",
		"big 3 /",
		"0.1 0.2 + =x",
		"x 10 *",
		"5 0 /",
		"+",
		"2 1/2 ^",
		"7 y *",
		"22/7 355/113 - 1000000 *",
	}
	for _, ln := range lines {
		err := c.Eval(ln)
		var te *TokenError
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-26s div0 at %d\n", ln, func() int { errors.As(err, &te); return te.Index }())
		case errors.Is(err, ErrEmpty):
			fmt.Printf("%-26s %v\n", ln, err)
		case errors.As(err, &te):
			fmt.Printf("%-26s bad %q: %v\n", ln, te.Token, te.Err)
		default:
			fmt.Printf("%-26s = %s\n", ln, c.Top())
		}
		c.hist = append(c.hist, fmt.Sprintf("%d", len(c.stack)))
	}
	names := make([]string, 0, len(c.vars))
	for k := range c.vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s=%v\n", n, c.vars[n])
	}
	fmt.Println(strings.Join(c.hist, ","), c.stack[0], len(c.stack))
}
