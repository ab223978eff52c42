// Package native compiles self-contained numeric Go functions to trees of Go
// closures, which run an order of magnitude faster than yaegi interprets
// them. A function qualifies when it uses only its parameters, results and
// locals, all of type int, int64, float64 or bool, and calls only itself:
// the recursive and looping arithmetic (fib, gcd, primes, numeric
// integration) notebooks time. Anything else is left to the interpreter.
//
// The compiled code keeps Go's semantics: integers wrap, division by zero
// and negative shifts panic with Go's runtime errors, and floats follow
// IEEE 754, since each operation is the Go operation itself. It stops when
// the session is interrupted (Runtime.Interrupt), checking at every call
// and loop iteration, and recursion deeper than MaxDepth panics instead of
// overflowing the goroutine's stack (a fatal error in Go).
package native

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// MaxDepth is how deep a compiled function may call itself.
const MaxDepth = 1 << 19

// maxParams bounds the parameters of a compiled function.
const maxParams = 8

// ErrUnsupported is wrapped by Compile's error for a function outside the
// compiled subset.
var ErrUnsupported = errors.New("not compilable")

// Runtime runs a session's compiled functions; its zero value is ready.
type Runtime struct {
	epoch atomic.Uint64 // bumped by Interrupt
	pool  sync.Pool     // *machine
	// OnStop, when set, is called on the goroutine of a call that an
	// interrupt unwound, before it returns: the session ends that
	// goroutine there (runtime.Goexit), so that no interpreted code goes
	// on with the zero results.
	OnStop func()
}

// Interrupt stops the compiled functions running now: they return at their
// next call or loop iteration, with zero results, or end their goroutine
// in OnStop.
func (rt *Runtime) Interrupt() { rt.epoch.Add(1) }

// StackOverflow is the panic of a compiled function that recursed deeper
// than MaxDepth.
type StackOverflow struct{ Func string }

func (e StackOverflow) Error() string {
	return fmt.Sprintf("runtime error: stack overflow: %s called itself more than %d deep", e.Func, MaxDepth)
}

// RuntimeError makes StackOverflow a runtime.Error, as Go's own are.
func (StackOverflow) RuntimeError() {}

var _ runtime.Error = StackOverflow{}

// stopped unwinds an interrupted call to its entry.
type stopped struct{}

// machine is one entry's stack of slots. Floats are stored as their bits,
// bools as 0 and 1.
type machine struct {
	s     []int64
	ret   int64
	depth int
	epoch uint64
	rt    *Runtime
}

func (m *machine) grow(n int) {
	s := make([]int64, max(2*len(m.s), n))
	copy(s, m.s)
	m.s = s
}

// check is run at every call and loop iteration.
func (m *machine) check() {
	if m.rt.epoch.Load() != m.epoch {
		panic(stopped{})
	}
}

// Options describe the program around a function.
type Options struct {
	// Declared reports the names the program declares (nil: none): a
	// predeclared name it declares again, such as max, is not the builtin.
	Declared func(name string) bool
	// Math lists the names the program imported package math under, and
	// Importer gives go/types that package.
	Math     []string
	Importer types.Importer
}

// Compile compiles the function declared by src (one func declaration,
// without a package clause). The result has the function's Go type. An
// error wrapping ErrUnsupported says why a function does not qualify.
func (rt *Runtime) Compile(src string, opts Options) (reflect.Value, error) {
	fn, err := compile(src, opts)
	if err != nil {
		return reflect.Value{}, err
	}
	return rt.entry(fn), nil
}

// function is a compiled function.
type function struct {
	name   string
	params []kind
	sig    reflect.Type
	result kind // kNone without a result
	nslots int
	body   stmt
}

// compile compiles the one function src declares, or says with an error
// wrapping ErrUnsupported why it does not qualify.
func compile(src string, opts Options) (fn *function, err error) {
	fset, file, fd, err := parseFunc(src, opts)
	if err != nil {
		return nil, err
	}
	info, err := checkFunc(fset, file, opts)
	if err != nil {
		return nil, err
	}
	if strconv.IntSize != 64 {
		return nil, fmt.Errorf("%w: int is not 64 bits", ErrUnsupported)
	}
	defer func() {
		if r := recover(); r != nil {
			u, ok := r.(unsupported)
			if !ok {
				// A bug of the compiler's: the interpreter runs the
				// function instead.
				u = unsupported{fd.Pos(), fmt.Sprintf("internal error: %v", r)}
			}
			fn, err = nil, fmt.Errorf("%w: %s: %s", ErrUnsupported, fset.Position(u.pos), u.what)
		}
	}()
	c := &compiler{info: info, slots: map[types.Object]int{}, self: info.Defs[fd.Name]}
	fn = &function{name: fd.Name.Name, result: kNone}
	c.fn = fn
	fn.sig = c.signature(fd)
	fn.body = c.block(fd.Body.List)
	if k := c.resultSlot; k >= 0 {
		body := fn.body
		fn.body = func(m *machine, bp int) ctl {
			m.s[bp+k] = 0 // a named result starts at zero
			return body(m, bp)
		}
	}
	fn.nslots = len(c.slots) + c.temps
	return fn, nil
}

// parseFunc parses src, which must declare one plain function (no
// receiver, no type parameters), with package math imported under the
// names opts.Math that src uses.
func parseFunc(src string, opts Options) (*token.FileSet, *ast.File, *ast.FuncDecl, error) {
	fset := token.NewFileSet()
	head := "package p;"
	for _, name := range opts.Math {
		if opts.Importer != nil && strings.Contains(src, name+".") {
			head += " import " + name + ` "math";`
		}
	}
	head += "\n"
	file, err := parser.ParseFile(fset, "cell.go", head+src, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil, err
	}
	decls := file.Decls
	for len(decls) > 0 {
		if g, ok := decls[0].(*ast.GenDecl); !ok || g.Tok != token.IMPORT {
			break
		}
		decls = decls[1:]
	}
	if len(decls) != 1 {
		return nil, nil, nil, fmt.Errorf("%w: not one declaration", ErrUnsupported)
	}
	fd, ok := decls[0].(*ast.FuncDecl)
	if !ok || fd.Recv != nil || fd.Body == nil || fd.Type.TypeParams != nil {
		return nil, nil, nil, fmt.Errorf("%w: not a plain function", ErrUnsupported)
	}
	return fset, file, fd, nil
}

// checkFunc type-checks file alone: a reference to anything but the
// function's own names (a package other than math, a global of another
// cell) fails, and so does a builtin the program declared again.
func checkFunc(fset *token.FileSet, file *ast.File, opts Options) (*types.Info, error) {
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{Sizes: types.SizesFor("gc", runtime.GOARCH), Importer: mathOnly{opts.Importer}}
	if _, err := conf.Check("p", fset, []*ast.File{file}, info); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if opts.Declared != nil {
		for id, o := range info.Uses {
			if o.Parent() == types.Universe && opts.Declared(id.Name) {
				return nil, fmt.Errorf("%w: %s is declared by the program", ErrUnsupported, id.Name)
			}
		}
	}
	return info, nil
}

// signature gives fd's parameters and result their slots and kinds, and
// returns its Go type. It panics (c.fail) on a signature it cannot run.
func (c *compiler) signature(fd *ast.FuncDecl) reflect.Type {
	fn, info := c.fn, c.info
	sig := c.self.Type().(*types.Signature)
	if sig.Variadic() || sig.Params().Len() > maxParams || sig.Results().Len() > 1 {
		c.fail(fd.Type, "variadic, more than 8 parameters or more than one result")
	}
	var in, out []reflect.Type
	for _, f := range fd.Type.Params.List {
		if len(f.Names) == 0 {
			c.fail(f, "unnamed parameter")
		}
		for _, n := range f.Names {
			if n.Name == "_" {
				c.fail(n, "blank parameter")
			}
			k := c.kindOf(f.Type, info.Defs[n].Type())
			fn.params = append(fn.params, k)
			in = append(in, k.goType(info.Defs[n].Type()))
			c.slot(info.Defs[n])
		}
	}
	c.resultSlot = -1
	if r := sig.Results(); r.Len() == 1 {
		fn.result = c.kindOf(fd.Type.Results, r.At(0).Type())
		out = append(out, fn.result.goType(r.At(0).Type()))
		if names := fd.Type.Results.List[0].Names; len(names) == 1 {
			c.resultSlot = c.slot(info.Defs[names[0]])
		}
	}
	return reflect.FuncOf(in, out, false)
}

// mathOnly imports package math and no other.
type mathOnly struct{ types.Importer }

func (m mathOnly) Import(path string) (*types.Package, error) {
	if path != "math" || m.Importer == nil {
		return nil, fmt.Errorf("%w: imports %s", ErrUnsupported, path)
	}
	return m.Importer.Import(path)
}

// entry returns fn as a Go function of its type, each call running on a
// machine of its own.
func (rt *Runtime) entry(fn *function) reflect.Value {
	run := func(args *[maxParams]int64) int64 { return rt.run(fn, args) }
	// The common shapes get a typed function; others go through
	// reflect.MakeFunc (slower to call from the interpreter).
	switch fn.sig.String() {
	case "func(int) int":
		return reflect.ValueOf(func(a int) int { return int(run(&[maxParams]int64{int64(a)})) })
	case "func(int, int) int":
		return reflect.ValueOf(func(a, b int) int { return int(run(&[maxParams]int64{int64(a), int64(b)})) })
	case "func(int) bool":
		return reflect.ValueOf(func(a int) bool { return run(&[maxParams]int64{int64(a)}) != 0 })
	case "func(float64) float64":
		return reflect.ValueOf(func(a float64) float64 {
			return math.Float64frombits(uint64(run(&[maxParams]int64{int64(math.Float64bits(a))})))
		})
	case "func(int) float64":
		return reflect.ValueOf(func(a int) float64 {
			return math.Float64frombits(uint64(run(&[maxParams]int64{int64(a)})))
		})
	}
	return reflect.MakeFunc(fn.sig, func(in []reflect.Value) []reflect.Value {
		var args [maxParams]int64
		for i, v := range in {
			switch fn.params[i] {
			case kInt:
				args[i] = v.Int()
			case kFloat:
				args[i] = int64(math.Float64bits(v.Float()))
			case kBool:
				if v.Bool() {
					args[i] = 1
				}
			}
		}
		r := run(&args)
		if fn.result == kNone {
			return nil
		}
		v := reflect.New(fn.sig.Out(0)).Elem()
		switch fn.result {
		case kInt:
			v.SetInt(r)
		case kFloat:
			v.SetFloat(math.Float64frombits(uint64(r)))
		case kBool:
			v.SetBool(r != 0)
		}
		return []reflect.Value{v}
	})
}

func (rt *Runtime) run(fn *function, args *[maxParams]int64) (ret int64) {
	m, _ := rt.pool.Get().(*machine)
	if m == nil {
		m = &machine{s: make([]int64, 256), rt: rt}
	}
	if len(m.s) < fn.nslots {
		m.grow(fn.nslots)
	}
	m.epoch, m.depth = rt.epoch.Load(), 0
	copy(m.s, args[:len(fn.params)])
	defer func() {
		r := recover()
		if r != nil {
			if _, ok := r.(stopped); !ok {
				panic(r)
			}
			ret = 0
		}
		if len(m.s) <= 1<<16 {
			rt.pool.Put(m)
		}
		if r != nil && rt.OnStop != nil {
			rt.OnStop()
		}
	}()
	m.check()
	fn.body(m, 0)
	return m.ret
}
