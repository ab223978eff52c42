package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

type level int

func (l *level) String() string { return [...]string{"quiet", "normal", "loud"}[*l] }
func (l *level) Set(v string) error {
	for i, n := range []string{"quiet", "normal", "loud"} {
		if n == v {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", v)
}

type Options struct {
	Name    string
	Count   int
	Every   time.Duration
	DryRun  bool
	Tags    listFlag
	Verbose level
	Rest    []string
}

func parse(args []string) (*Options, string, error) {
	var o Options
	o.Verbose = 1
	var out bytes.Buffer
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.StringVar(&o.Name, "name", "app", "service `name`")
	fs.IntVar(&o.Count, "n", 1, "number of replicas")
	fs.DurationVar(&o.Every, "every", time.Minute, "health check interval")
	fs.BoolVar(&o.DryRun, "dry-run", false, "print actions only")
	fs.Var(&o.Tags, "tag", "tag to apply (repeatable)")
	fs.Var(&o.Verbose, "v", "verbosity: quiet|normal|loud")
	err := fs.Parse(args)
	o.Rest = fs.Args()
	return &o, out.String(), err
}

func main() {
	cases := [][]string{
		{"-name", "api", "-n=3", "-tag", "blue", "-tag=canary", "-every", "90s", "eu-west", "us-east"},
		{"--dry-run", "-v", "loud", "--", "-not-a-flag"},
		{"-n", "many"},
		{"-v", "shouty"},
		{"-bogus"},
		{"-tag", ""},
		{"-h"},
	}
	for _, args := range cases {
		o, out, err := parse(args)
		fmt.Printf("args %q\n", args)
		if err != nil {
			fmt.Printf("  error: %v (help=%t)\n", err, errors.Is(err, flag.ErrHelp))
			fmt.Print("  ", strings.ReplaceAll(strings.TrimRight(out, "\n"), "\n", "\n  "), "\n")
			continue
		}
		fmt.Printf("  name=%s n=%d every=%v dry=%t tags=%v v=%v rest=%q\n",
			o.Name, o.Count, o.Every, o.DryRun, o.Tags, &o.Verbose, o.Rest)
	}
}
