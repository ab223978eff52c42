package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Options struct {
	Output     string
	Level      int
	DryRun     bool
	Include    []string
	Positional []string
}

var ErrHelp = errors.New("help requested")

type UsageError struct {
	Arg string
	Msg string
}

func (e *UsageError) Error() string { return fmt.Sprintf("%s: %s", e.Arg, e.Msg) }

func parseArgs(args []string) (*Options, error) {
	o := &Options{Output: "-", Level: 1}
	for i := 0; i < len(args); i++ {
		a := args[i]
		next := func() (string, error) {
			if i+1 >= len(args) {
				return "", &UsageError{a, "missing value"}
			}
			i++
			return args[i], nil
		}
		switch {
		case a == "--":
			o.Positional = append(o.Positional, args[i+1:]...)
			return o, nil
		case a == "-h" || a == "--help":
			return nil, ErrHelp
		case a == "-n" || a == "--dry-run":
			o.DryRun = true
		case a == "-o" || a == "--output":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.Output = v
		case strings.HasPrefix(a, "--output="):
			o.Output = strings.TrimPrefix(a, "--output=")
		case strings.HasPrefix(a, "-v"):
			if strings.Trim(a[1:], "v") != "" {
				return nil, &UsageError{a, "unknown flag"}
			}
			o.Level += len(a) - 1
		case a == "-I":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.Include = append(o.Include, strings.Split(v, ":")...)
		case a == "--level":
			v, err := next()
			if err != nil {
				return nil, err
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("--level: %w", err)
			}
			o.Level = n
		case strings.HasPrefix(a, "-") && a != "-":
			return nil, &UsageError{a, "unknown flag"}
		default:
			o.Positional = append(o.Positional, a)
		}
	}
	return o, nil
}

func main() {
	tests := []string{
		"build main.go",
		"-vv -o out.bin main.go util.go",
		"--output=x.txt -n -I a:b -I c",
		"-vvv --level 9",
		"--level nine",
		"-o",
		"-x file",
		"-vx",
		"-h anything",
		"a -- -b --c",
		"-",
	}
	for _, t := range tests {
		o, err := parseArgs(strings.Fields(t))
		fmt.Printf("%-32q => ", t)
		var ue *UsageError
		switch {
		case errors.Is(err, ErrHelp):
			fmt.Println("usage: tool [-n] [-v...] [-o FILE] [-I DIR:DIR] FILES...")
		case errors.As(err, &ue):
			fmt.Printf("usage error at %q: %s\n", ue.Arg, ue.Msg)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("%+v\n", *o)
		}
	}
}
