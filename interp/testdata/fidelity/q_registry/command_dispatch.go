package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Env struct {
	vars  map[string]int
	stack []int
	out   strings.Builder
}

type Command struct {
	Help    string
	MinArgs int
	Run     func(env *Env, args []string) error
}

var ErrUsage = errors.New("usage")

type ArgError struct {
	Arg string
	Err error
}

func (e *ArgError) Error() string { return fmt.Sprintf("bad argument %q: %v", e.Arg, e.Err) }
func (e *ArgError) Unwrap() error { return e.Err }

func intArg(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ArgError{s, err}
	}
	return n, nil
}

var commands map[string]Command

func init() {
	commands = map[string]Command{
		"set": {"set NAME VALUE", 2, func(env *Env, a []string) error {
			n, err := intArg(a[1])
			if err != nil {
				return err
			}
			env.vars[a[0]] = n
			return nil
		}},
		"push": {"push NAME...", 1, func(env *Env, a []string) error {
			for _, name := range a {
				v, ok := env.vars[name]
				if !ok {
					return fmt.Errorf("push: %w: no variable %s", ErrUsage, name)
				}
				env.stack = append(env.stack, v)
			}
			return nil
		}},
		"sum": {"sum", 0, func(env *Env, a []string) error {
			total := 0
			for _, v := range env.stack {
				total += v
			}
			fmt.Fprintf(&env.out, "sum=%d\n", total)
			env.stack = env.stack[:0]
			return nil
		}},
		"help": {"help", 0, func(env *Env, a []string) error {
			keys := make([]string, 0, len(commands))
			for k := range commands {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				fmt.Fprintf(&env.out, "  %-6s %s\n", k, commands[k].Help)
			}
			return nil
		}},
	}
}

func dispatch(env *Env, line string) error {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return nil
	}
	cmd, ok := commands[fields[0]]
	if !ok {
		return fmt.Errorf("unknown command %q", fields[0])
	}
	if len(fields)-1 < cmd.MinArgs {
		return fmt.Errorf("%w: %s", ErrUsage, cmd.Help)
	}
	return cmd.Run(env, fields[1:])
}

func main() {
	env := &Env{vars: map[string]int{}}
	script := `help
set a 10
set b 32
set c x12
push a b
sum
push a zz
frobnicate
set a

push b b b
sum`
	for i, line := range strings.Split(script, "\n") {
		err := dispatch(env, line)
		var ae *ArgError
		switch {
		case err == nil:
		case errors.As(err, &ae):
			fmt.Printf("line %d: arg error on %s (%v)\n", i+1, ae.Arg, errors.Unwrap(ae))
		case errors.Is(err, ErrUsage):
			fmt.Printf("line %d: usage: %v\n", i+1, err)
		default:
			fmt.Printf("line %d: %v\n", i+1, err)
		}
	}
	fmt.Print(env.out.String())
	fmt.Println(env.vars, len(env.stack))
}
