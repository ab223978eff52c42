package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Command struct {
	Name  string
	Short string
	Flags func(fs *flag.FlagSet)
	Run   func(fs *flag.FlagSet, out io.Writer) error
}

type App struct {
	Name     string
	commands map[string]*Command
	out      io.Writer
}

var errUsage = errors.New("usage error")

func (a *App) Register(c *Command) {
	if a.commands == nil {
		a.commands = make(map[string]*Command)
	}
	a.commands[c.Name] = c
}

func (a *App) usage() {
	fmt.Fprintf(a.out, "usage: %s <command> [flags]\n\ncommands:\n", a.Name)
	names := make([]string, 0, len(a.commands))
	for n := range a.commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(a.out, "  %-8s %s\n", n, a.commands[n].Short)
	}
}

func (a *App) Run(args []string) (code int) {
	if len(args) == 0 {
		a.usage()
		return 2
	}
	c, ok := a.commands[args[0]]
	if !ok {
		fmt.Fprintf(a.out, "%s: '%s' is not a command. See '%s help'.\n", a.Name, args[0], a.Name)
		return 1
	}
	fs := flag.NewFlagSet(a.Name+" "+c.Name, flag.ContinueOnError)
	fs.SetOutput(a.out)
	if c.Flags != nil {
		c.Flags(fs)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(a.out, "internal error:", r)
			code = 3
		}
	}()
	if err := c.Run(fs, a.out); err != nil {
		fmt.Fprintf(a.out, "error: %v\n", err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func main() {
	app := &App{Name: "vcs", out: os.Stdout}
	var staged []string
	var message string
	var all bool
	app.Register(&Command{Name: "add", Short: "stage files",
		Run: func(fs *flag.FlagSet, out io.Writer) error {
			if fs.NArg() == 0 {
				return fmt.Errorf("nothing specified: %w", errUsage)
			}
			staged = append(staged, fs.Args()...)
			fmt.Fprintf(out, "staged %d file(s)\n", fs.NArg())
			return nil
		}})
	app.Register(&Command{Name: "commit", Short: "record changes",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&message, "m", "", "commit message")
			fs.BoolVar(&all, "a", false, "commit all")
		},
		Run: func(fs *flag.FlagSet, out io.Writer) error {
			if message == "" {
				return errors.New("empty commit message")
			}
			if len(staged) == 0 && !all {
				return errors.New("nothing to commit")
			}
			fmt.Fprintf(out, "[main %07x] %s\n %d files changed\n", len(message)*0x1f2e3d, message, len(staged))
			staged = nil
			return nil
		}})
	app.Register(&Command{Name: "status", Short: "show the working tree status",
		Run: func(fs *flag.FlagSet, out io.Writer) error {
			if len(staged) == 0 {
				fmt.Fprintln(out, "nothing staged")
				return nil
			}
			fmt.Fprintln(out, "staged:\n\t"+strings.Join(staged, "\n\t"))
			return nil
		}})
	app.Register(&Command{Name: "crash", Short: "panics",
		Run: func(fs *flag.FlagSet, out io.Writer) error {
			var m map[string]int
			m["x"] = 1
			return nil
		}})
	script := [][]string{
		nil,
		{"status"},
		{"add"},
		{"add", "a.go", "b.go"},
		{"status"},
		{"commit"},
		{"commit", "-m", "initial import"},
		{"commit", "-m", "again"},
		{"commit", "-x"},
		{"push"},
		{"crash"},
	}
	for _, args := range script {
		fmt.Printf("$ vcs %s\n", strings.Join(args, " "))
		code := app.Run(args)
		fmt.Printf("(exit %d)\n", code)
	}
}
