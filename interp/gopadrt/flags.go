package gopadrt

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
)

// Run-time helpers of package rewrite's flagValues pass (flagvalues.go
// there).
//
// flag's PrintDefaults prints "(default X)" after a flag's usage when X,
// the value's String when it was defined, differs from the String of a
// zero value of the value's type, which it makes with reflect from the
// type alone. A flag.Value of a cell's type reaches package flag as yaegi's
// wrapper, whose zero value knows nothing of the cell's type, so every
// such flag was printed with its default. FlagVar records the zero value's
// String when the flag is defined, where the interpreted code can make a
// zero value, and PrintDefaults prints the defaults with it.

// zeroString is the String of a zero value of a flag's type, or the panic
// that calling it raised.
type zeroString struct {
	s        string
	panicked error
}

// zeroStrings holds the zero values' Strings of the flags FlagVar defined.
var zeroStrings sync.Map // *flag.Flag → zeroString

// defaultUsage is package flag's own flag.Usage, and setUsage the code of
// the Usage a new FlagSet gets: both print the defaults with package
// flag's PrintDefaults.
var (
	defaultUsage = reflect.ValueOf(flag.Usage).Pointer()
	setUsage     = reflect.ValueOf(flag.NewFlagSet("", flag.ContinueOnError).Usage).Pointer()
)

// flagVar is gopadBuiltin.FlagVar: fs.Var(v, name, usage) (flag.Var when
// fs is nil), for a v of the cell type typeName whose zero value's String
// zero returns (callZero).
func flagVar(fs *flag.FlagSet, v flag.Value, zero func() (string, any), typeName, name, usage string) {
	if fs == nil {
		fs = flag.CommandLine
	}
	fs.Var(v, name, usage)
	f := fs.Lookup(name)
	if f == nil {
		return
	}
	zeroStrings.Store(f, callZero(zero, typeName, name))
	switch {
	case fs == flag.CommandLine && reflect.ValueOf(flag.Usage).Pointer() == defaultUsage:
		flag.Usage = func() {
			fmt.Fprintf(flag.CommandLine.Output(), "Usage of %s:\n", os.Args[0])
			printDefaults(flag.CommandLine)
		}
	case fs != flag.CommandLine && (fs.Usage == nil || reflect.ValueOf(fs.Usage).Pointer() == setUsage):
		fs.Usage = func() {
			if fs.Name() == "" {
				fmt.Fprintf(fs.Output(), "Usage:\n")
			} else {
				fmt.Fprintf(fs.Output(), "Usage of %s:\n", fs.Name())
			}
			printDefaults(fs)
		}
	}
}

// callZero calls zero, which returns the String of a zero value or what
// recover() gave when it panicked (in Go's words: the interpreted code
// recovers), and words a panic as flag's PrintDefaults does.
func callZero(zero func() (string, any), typeName, name string) zeroString {
	s, p := zero()
	if p != nil {
		return zeroString{panicked: fmt.Errorf("panic calling String method on zero %s for flag %s: %v", typeName, name, p)}
	}
	return zeroString{s: s}
}

// printDefaults is gopadBuiltin.PrintDefaults: fs.PrintDefaults()
// (flag.PrintDefaults() when fs is nil), with the zero values FlagVar
// recorded. A set without such flags is printed by package flag.
func printDefaults(fs *flag.FlagSet) {
	if fs == nil {
		fs = flag.CommandLine
	}
	recorded := false
	fs.VisitAll(func(f *flag.Flag) {
		_, ok := zeroStrings.Load(f)
		recorded = recorded || ok
	})
	if !recorded {
		fs.PrintDefaults()
		return
	}
	var panics []error
	fs.VisitAll(func(f *flag.Flag) {
		line, err := defaultsLine(f)
		if err != nil {
			panics = append(panics, err)
		}
		fmt.Fprint(fs.Output(), line, "\n")
	})
	if len(panics) > 0 {
		fmt.Fprintln(fs.Output())
		for _, err := range panics {
			fmt.Fprintln(fs.Output(), err)
		}
	}
}

// defaultsLine is PrintDefaults' entry for f: "  -name type" and the
// usage, on the same line for a one-letter flag without a type name, and
// the default where it is not the zero value's.
func defaultsLine(f *flag.Flag) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "  -%s", f.Name)
	name, usage := flag.UnquoteUsage(f)
	if name != "" {
		b.WriteString(" " + name)
	}
	if b.Len() <= 4 {
		b.WriteString("\t")
	} else {
		b.WriteString("\n    \t")
	}
	b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
	zero, err := zeroOf(f)
	switch {
	case err != nil:
		return b.String(), err
	case f.DefValue == zero:
	case reflect.TypeOf(f.Value).String() == "*flag.stringValue":
		fmt.Fprintf(&b, " (default %q)", f.DefValue)
	default:
		fmt.Fprintf(&b, " (default %v)", f.DefValue)
	}
	return b.String(), nil
}

// zeroOf is the String of a zero value of f's type: the recorded one, or
// one made by reflect as package flag makes it.
func zeroOf(f *flag.Flag) (s string, err error) {
	if z, ok := zeroStrings.Load(f); ok {
		return z.(zeroString).s, z.(zeroString).panicked
	}
	t := reflect.TypeOf(f.Value)
	z := reflect.Zero(t)
	if t.Kind() == reflect.Pointer {
		z = reflect.New(t.Elem())
	}
	defer func() {
		if e := recover(); e != nil {
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", t, f.Name, e)
		}
	}()
	return z.Interface().(flag.Value).String(), nil
}
