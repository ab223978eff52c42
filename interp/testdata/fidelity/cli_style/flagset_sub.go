package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type config struct {
	verbose bool
	count   int
	name    string
	tags    []string
	ratio   float64
}

type tagList []string

func (t *tagList) String() string { return strings.Join(*t, ",") }

func (t *tagList) Set(v string) error {
	if v == "" {
		return fmt.Errorf("empty tag")
	}
	*t = append(*t, v)
	return nil
}

func parse(args []string) (*config, []string, error) {
	fs := flag.NewFlagSet("greet", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	cfg := &config{}
	var tags tagList
	fs.BoolVar(&cfg.verbose, "v", false, "verbose output")
	fs.IntVar(&cfg.count, "n", 1, "number of greetings")
	fs.StringVar(&cfg.name, "name", "world", "who to greet")
	fs.Float64Var(&cfg.ratio, "ratio", 0.5, "a ratio")
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	cfg.tags = tags
	return cfg, fs.Args(), nil
}

func run(args []string) {
	fmt.Printf("$ greet %s\n", strings.Join(args, " "))
	cfg, rest, err := parse(args)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for i := 0; i < cfg.count; i++ {
		fmt.Printf("hello, %s!\n", cfg.name)
	}
	if cfg.verbose {
		fmt.Printf("  verbose: count=%d ratio=%.2f tags=%q rest=%v\n", cfg.count, cfg.ratio, cfg.tags, rest)
	}
}

func main() {
	cases := [][]string{
		{},
		{"-n", "2", "-name", "gopher"},
		{"-v", "-tag", "a", "-tag", "b", "extra", "args"},
		{"-n=3", "-ratio=0.125", "-v", "--name", "Ann"},
		{"-n", "x"},
		{"-unknown"},
		{"-tag", ""},
		{"-v", "--", "-n", "5"},
	}
	for _, c := range cases {
		run(c)
		fmt.Println()
	}

	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("port", 8080, "port to listen on")
	fs.String("host", "localhost", "host name")
	fs.Duration("timeout", 0, "request timeout")
	fs.PrintDefaults()
	fs.Parse([]string{"-port", "9090", "-timeout", "1m30s"})
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Printf("%-8s = %-10s (default %q)\n", f.Name, f.Value.String(), f.DefValue)
	})
	fs.Visit(func(f *flag.Flag) {
		fmt.Println("set:", f.Name)
	})
	fmt.Println("NFlag:", fs.NFlag(), "NArg:", fs.NArg())
	err := fs.Parse([]string{"-h"})
	fmt.Println("help err:", err, err == flag.ErrHelp)
}
