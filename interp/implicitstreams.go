package interp

import (
	"flag"
	"go/ast"
	"go/token"
	"reflect"

	yaegi "github.com/traefik/yaegi/interp"
)

// Some functions of the standard library write to the process's standard
// streams by themselves, not through a writer the cell handed them:
// ast.Print writes to os.Stdout, and a flag.FlagSet whose output was never
// set writes its usage and parse errors to os.Stderr. In the session
// process those are the kernel's own streams, which no frontend shows, so
// the cell printed nothing where go run printed the tree or the usage.
// The session hands them its writers instead (the ones fmt.Print and
// log use).

// streamSymbols are the cells' functions that write to the session's
// streams where Go's write to the process's.
func (s *Session) streamSymbols() yaegi.Exports {
	stdout := routedWriter{r: s.router}
	stderr := routedWriter{r: s.router, stderr: true}
	flag.CommandLine.SetOutput(stderr)
	return yaegi.Exports{
		"go/ast/ast": {
			"Print": reflect.ValueOf(func(fset *token.FileSet, x any) error {
				return ast.Fprint(stdout, fset, x, ast.NotNilFilter)
			}),
		},
		"flag/flag": {
			"NewFlagSet": reflect.ValueOf(func(name string, h flag.ErrorHandling) *flag.FlagSet {
				fs := flag.NewFlagSet(name, h)
				fs.SetOutput(stderr)
				return fs
			}),
		},
	}
}
