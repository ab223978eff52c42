package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

type options struct {
	verbose bool
	count   int
	name    string
	wait    time.Duration
	tags    listFlag
	ratio   float64
}

func parse(args []string) (*options, []string, error) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := &options{}
	fs.BoolVar(&o.verbose, "v", false, "verbose output")
	fs.IntVar(&o.count, "n", 1, "number of runs")
	fs.StringVar(&o.name, "name", "world", "who to greet")
	fs.DurationVar(&o.wait, "wait", time.Second, "wait between runs")
	fs.Var(&o.tags, "tag", "tag (repeatable)")
	fs.Float64Var(&o.ratio, "ratio", 0.5, "ratio")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	return o, fs.Args(), nil
}

func main() {
	cases := [][]string{
		{"-v", "-n", "3", "-name=gopher", "-tag", "a", "-tag=b", "rest", "more"},
		{"-wait", "1m30s", "--ratio", "0.25", "--", "-v"},
		{"-n", "many"},
		{"-unknown"},
		{"-tag", ""},
		{"-h"},
	}
	for _, c := range cases {
		o, rest, err := parse(c)
		if err != nil {
			fmt.Printf("%q -> error: %v (help=%v)\n", c, err, errors.Is(err, flag.ErrHelp))
			continue
		}
		fmt.Printf("%q -> %+v rest=%q\n", c, *o, rest)
		fmt.Println("  tags:", o.tags.String(), "wait:", o.wait, o.wait.Seconds())
	}
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("port", 8080, "port to `listen` on")
	fs.String("host", "", "host name")
	fs.PrintDefaults()
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue) })
	fmt.Println(len(os.Args) > 0, flag.NArg())
}
