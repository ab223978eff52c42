package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type options struct {
	limit   int
	timeout time.Duration
	verbose bool
	name    string
	tags    listFlag
}

func parse(args []string, out io.Writer) (*options, []string, error) {
	fs := flag.NewFlagSet("quiz", flag.ContinueOnError)
	fs.SetOutput(out)
	o := &options{}
	fs.IntVar(&o.limit, "limit", 30, "the time limit for the quiz in seconds")
	fs.DurationVar(&o.timeout, "timeout", 2*time.Second, "per question timeout")
	fs.BoolVar(&o.verbose, "v", false, "verbose output")
	fs.StringVar(&o.name, "name", "anon", "player name")
	fs.Var(&o.tags, "tag", "tags (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, nil, fmt.Errorf("parse %q: %w", args, err)
	}
	return o, fs.Args(), nil
}

func main() {
	cases := [][]string{
		{},
		{"-limit", "10", "-v", "file.csv"},
		{"-timeout=1m30s", "-name", "ada", "-tag", "a", "-tag=b", "x", "y"},
		{"-limit", "abc"},
		{"-unknown"},
		{"-h"},
	}
	var errs strings.Builder
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "limit\ttimeout\tverbose\tname\ttags\targs\t")
	for _, args := range cases {
		o, rest, err := parse(args, &errs)
		if err != nil {
			fmt.Fprintf(tw, "error\t%v\t%t\t\t\t\t\n", errors.Is(err, flag.ErrHelp), strings.Contains(err.Error(), "invalid value"))
			continue
		}
		fmt.Fprintf(tw, "%d\t%v\t%t\t%s\t%s\t%q\t\n", o.limit, o.timeout, o.verbose, o.name, o.tags.String(), rest)
	}
	tw.Flush()
	fmt.Println("---- errors ----")
	fmt.Print(errs.String())
	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, row := range [][]string{{"a", "bb", "ccc"}, {"dddd", "e", "f"}} {
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	tw.Flush()
}
