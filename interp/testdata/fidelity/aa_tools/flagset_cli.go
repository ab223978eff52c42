package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(v string) error {
	switch v {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return errors.New("want debug|info|warn")
	}
	return nil
}

type config struct {
	name    string
	count   int
	verbose bool
	wait    time.Duration
	tags    listFlag
	lvl     level
}

func parse(args []string) (*config, []string, error) {
	c := &config{lvl: 1}
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.name, "name", "world", "who to greet")
	fs.IntVar(&c.count, "n", 1, "repeat count")
	fs.BoolVar(&c.verbose, "v", false, "verbose")
	fs.DurationVar(&c.wait, "wait", time.Second, "wait time")
	fs.Var(&c.tags, "tag", "tags (repeatable)")
	fs.Var(&c.lvl, "level", "log level")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	return c, fs.Args(), nil
}

func main() {
	cases := [][]string{
		{},
		{"-name", "gopher", "-n=3", "-v", "extra", "args"},
		{"-tag", "a", "-tag", "b", "--wait", "1m30s", "-level", "warn"},
		{"-n", "many"},
		{"-level", "loud"},
		{"-unknown"},
		{"-h"},
		{"-v=false", "--", "-name", "x"},
	}
	for _, args := range cases {
		c, rest, err := parse(args)
		if err != nil {
			fmt.Printf("%q -> error: %v (help=%t)\n", args, err, errors.Is(err, flag.ErrHelp))
			continue
		}
		fmt.Printf("%q -> name=%s n=%d v=%t wait=%v tags=%v lvl=%v rest=%q\n", args, c.name, c.count, c.verbose, c.wait, c.tags, c.lvl.String(), rest)
	}
}
