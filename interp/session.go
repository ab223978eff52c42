// Package interp runs Go cells with the yaegi interpreter: one interpreter
// per session, so that imports, variables, functions and types persist from
// cell to cell. A Session implements engine.Engine for the kernel.
package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/interp/typeinfo"
	yaegi "github.com/traefik/yaegi/interp"

	"github.com/gopad/gopad/interp/display"
	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/kernel/engine"
)

// Options configures a Session.
type Options struct {
	// Dir is the working directory cells see; "" keeps the process's.
	Dir string
	// Symbols are extra compiled packages cells can import (yaegi
	// symbol tables, as written by yaegi extract).
	Symbols []Exports
	// GoPath is a GOPATH-layout folder (src/IMPORT/PATH) holding the
	// sources of third-party packages cells may import; "" makes a
	// temporary one for the session (see %go get).
	GoPath string
	// ProcessReset makes %reset end the cell at the %reset line and ask
	// for a new process (see TakeReset): a supervisor then runs the rest
	// of the cell in a fresh session process, where nothing of the old
	// one (goroutines, working directory, environment) is left.
	ProcessReset bool
}

// Exports is a yaegi symbol table.
type Exports = yaegi.Exports

// Session is one Go session: a yaegi interpreter and what the cells declared.
type Session struct {
	opts   Options
	router *router
	stdin  *stdinReader
	slog   *slogDefault // the cells' default slog logger (slogdefault.go)

	mu     sync.Mutex    // held while a cell runs
	parses source.Parses // the last parses of chunks, shared by the steps of a cell
	// declParse keeps the type checker's parse of the cells' declarations.
	declParse rewrite.DeclParse
	in        *yaegi.Interpreter
	scope                        // what the cells declared (scope.go)
	rich      *display.Data      // the rich form of the running cell's value
	multi     bool               // the value lists the results of a call
	broken    atomic.Bool        // interrupted code kept running
	types     typeNames          // Go names of the cells' struct types at run time
	methods   reflectMethods     // the cells' methods as reflect sees them
	templates templateMethods    // templates calling the cells' methods
	importer  *typeinfo.Importer // compiled packages for go/types
	mono      monoState          // concrete copies of generic code (mono.go)
	goPanic   goPanics           // a goroutine's panic ends the cell (gopanic.go)
	// tableIndex maps import paths to their compiled symbol tables (which
	// do not change during the session).
	tableOnce  sync.Once
	tableIndex map[string]compiledTable
	out        engine.Output // the running cell's output
	// cellNumber is the execution count of the running cell.
	cellNumber int
	pkgs       map[string][]string
	hooks      []func(ctx context.Context, out engine.Output) func()
	// cellFuncs counts the functions statements ran in (see stmtfunc.go);
	// defers are the calls the running cell deferred.
	cellFuncs int
	deferred  bool // the running cell deferred calls
	natives   natives
	stop      *stopper // the soft interrupt (see interrupt.go)
	// compiling is closed when a compile that an interrupt left running
	// has ended (nil when there is none).
	compiling chan struct{}
	// compiles feeds the goroutine that runs yaegi's compiles (see
	// compile), until closed is closed.
	compiles  chan *compileJob
	closed    chan struct{}
	closeOnce sync.Once
	exits     chan int    // a cell's os.Exit hands its code to execute (osexit.go)
	goexited  atomic.Bool // the cell's own goroutine called runtime.Goexit (goexit.go)
	exitWait  atomic.Bool // from then until the cell ends, an os.Exit waits to be taken
	// running is closed when the running evaluation's execute stops
	// taking an os.Exit's code (nil between evaluations).
	running atomic.Pointer[chan struct{}]
	// cellStack names the running cell's top-level variables that Go would
	// keep on the stack (stackglobals.go); nil outside a cell's statements.
	cellStack map[string]bool
	// cellUses names what the running cell's statements use outside
	// their defer statements and the left of their definitions
	// (rewrite.CellUses); nil outside a cell's statements.
	cellUses map[string]bool
	// timers is set once a cell used what may start a timer: the watch
	// for deadlocks stays silent from then on (deadlock.go).
	timers bool
	// panicked is the running cell's panic; inFlight is it while its
	// deferred calls run; handlers is set while cells keep panic handlers
	// (cellpanic.go).
	panicked *flight
	inFlight atomic.Pointer[flight]
	handlers bool
	kept     bool // cells kept releases for the session's end (keptdefers.go in rewrite)
	// resetRest is the code after a %reset line when the session asks
	// for a new process (Options.ProcessReset); nil when it does not.
	resetRest *string
	settling  bool // kept declarations are being evaluated (pending.go)
}

// New returns a fresh session.
func New(opts Options) (*Session, error) {
	// With special stdio, a cell's os.Stdout and os.Stderr are the
	// interpreter's writers, not the process's file descriptors.
	os.Setenv("YAEGI_SPECIAL_STDIO", "1")
	s := &Session{opts: opts, router: &router{}, stop: newStopper(), compiles: make(chan *compileJob), closed: make(chan struct{}), exits: make(chan int)}
	s.stdin = &stdinReader{r: s.router}
	s.natives.rt.OnStop = s.stop.halt
	if err := s.reset(); err != nil {
		return nil, err
	}
	go compiler(s.compiles, s.closed)
	return s, nil
}

// programArgs is the os.Args a cell sees: what `go run` gives a program
// started without arguments, its executable's path alone (yaegi would
// otherwise hand cells the kernel's own command line).
func programArgs() []string {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	return []string{exe}
}

func (s *Session) reset() error {
	if s.opts.GoPath == "" {
		dir, err := os.MkdirTemp("", "gopad-gopath-")
		if err != nil {
			return fmt.Errorf("creating the session's GOPATH: %w", err)
		}
		if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
			return err
		}
		s.opts.GoPath = dir
	}
	in := yaegi.New(yaegi.Options{
		GoPath:       s.opts.GoPath,
		Stdout:       routedWriter{r: s.router},
		Stderr:       routedWriter{r: s.router, stderr: true},
		Stdin:        s.stdin,
		Unrestricted: true,
		Env:          os.Environ(),
		Args:         programArgs(),
	})
	if err := in.Use(stdlib.Load()); err != nil {
		return fmt.Errorf("loading the standard library: %w", err)
	}
	s.goPanic.stderr = routedWriter{r: s.router, stderr: true}
	if err := useErrorWrappers(in); err != nil {
		return err
	}
	s.types.reset()
	s.types.methodSets = &s.methods
	s.methods.reset()
	s.methods.embeds = s.types.embeds
	s.templates.reset(&s.methods)
	if err := in.Use(gopadrt.Table(s.runtimeHooks())); err != nil {
		return fmt.Errorf("loading gopad's helpers: %w", err)
	}
	if err := in.Use(yaegi.Exports{"log/log": s.logSymbols(), "log/slog/slog": s.slog.symbols()}); err != nil {
		return fmt.Errorf("loading log: %w", err)
	}
	if err := in.Use(s.streamSymbols()); err != nil {
		return fmt.Errorf("loading ast.Print and flag's output: %w", err)
	}
	if err := in.Use(execSymbols); err != nil {
		return fmt.Errorf("loading os/exec: %w", err)
	}
	if err := in.Use(typeNameSymbols); err != nil {
		return fmt.Errorf("loading encoding/binary and json: %w", err)
	}
	for _, sym := range s.opts.Symbols {
		if err := in.Use(sym); err != nil {
			return fmt.Errorf("loading symbols: %w", err)
		}
	}
	if err := s.natives.use(in); err != nil {
		return fmt.Errorf("loading compiled functions: %w", err)
	}
	s.in = in
	if err := s.injectPrelude(); err != nil {
		return fmt.Errorf("declaring the session's helpers: %w", err)
	}
	s.scope = newScope()
	return nil
}

// tables returns the symbol tables cells can import from.
func (s *Session) tables() []yaegi.Exports {
	return append([]yaegi.Exports{stdlib.Load(), execSymbols}, s.opts.Symbols...)
}

// OnCell registers a hook run around every cell: it is called before the
// cell with the cell's context and output, and the function it returns is
// called when the cell ends. Packages such as async use it to tie their work
// to the running cell.
func (s *Session) OnCell(h func(ctx context.Context, out engine.Output) func()) {
	s.hooks = append(s.hooks, h)
}

// Info describes Go for kernel_info_reply.
func Info() engine.Info {
	v := strings.TrimPrefix(runtime.Version(), "go")
	return engine.Info{
		Name: "go", Version: v, Mimetype: "text/x-go", FileExtension: ".go",
		PygmentsLexer: "go", CodemirrorMode: "go",
		Banner: "gopad: Go " + v + " in Jupyter, interpreted by yaegi",
	}
}

// Execute implements engine.Engine.
func (s *Session) Execute(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
	s.mu.Lock()
	defer s.mu.Unlock()
	// One context for everything the cell runs (its code, its output and
	// input, the hooks' tasks): a goroutine's panic cancels it too, and an
	// interrupt reaches all of them at once, so that nothing the interrupt
	// woke can end the cell before the cell sees the interrupt.
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	s.router.set(ctx, out)
	var ends []func()
	for _, h := range s.hooks {
		if end := h(ctx, out); end != nil {
			ends = append(ends, end)
		}
	}
	defer func() {
		for _, end := range ends {
			end()
		}
	}()

	res := engine.Result{}
	s.rich = nil
	s.cellNumber = req.ExecutionCount
	s.out = out
	var v reflect.Value
	var err *engine.Error
	s.goPanic.begin(cancel)
	s.panicked = nil
	if hasMagic(req.Code) {
		v, err = s.runMagics(ctx, req.Code, out, &res)
	} else {
		v, err = s.run(ctx, req.Code)
	}
	if err != nil && err.Name == goexitName {
		v, err = reflect.Value{}, s.mainGoexited(ctx)
	}
	if p := s.goPanic.end(); p != nil {
		if text, ok := s.methods.panicText(p); ok {
			p = text // a cell's error or fmt.Stringer type, as Go prints it
		}
		err = goPanicError(p)
		s.panicked = nil // main's defers cannot recover a goroutine's panic
	}
	err = s.endCell(err)
	if err == nil && s.panicked != nil {
		v = reflect.Value{} // a deferred call recovered the panic
	}
	if err != nil {
		err.Value = s.monoSpelling(err.Value)
		for i, l := range err.Traceback {
			err.Traceback[i] = s.monoSpelling(l)
		}
		res.Err = err
		return res
	}
	if s.resetRest != nil {
		return res // the rest of the cell runs in the new process
	}
	if v.IsValid() && !req.Silent {
		res.Data, res.Metadata = s.resultData(v)
	}
	if len(req.UserExpressions) > 0 {
		res.UserExpressions = s.userExpressions(ctx, req.UserExpressions)
	}
	return res
}

// resultData is what the cell's result v shows: its text, or its display
// data.
func (s *Session) resultData(v reflect.Value) (data, metadata map[string]any) {
	data = map[string]any{"text/plain": formatValue(v)}
	if vals, ok := v.Interface().([]any); ok && s.multi {
		// All the results of a call, as fmt.Println shows them.
		data["text/plain"] = strings.TrimSuffix(fmt.Sprintln(vals...), "\n")
	}
	if v.CanInterface() {
		if d, ok := display.Of(v.Interface()); ok {
			data, metadata = d.Data, d.Metadata
		}
	}
	if s.rich != nil {
		data, metadata = s.rich.Data, s.rich.Metadata
	}
	return data, metadata
}

// userExpressions evaluates the request's user expressions.
func (s *Session) userExpressions(ctx context.Context, exprs map[string]string) map[string]engine.ExprResult {
	out := map[string]engine.ExprResult{}
	for name, expr := range exprs {
		v, err := s.run(ctx, expr)
		switch {
		case err != nil:
			out[name] = engine.ExprResult{Err: err}
		case v.IsValid():
			out[name] = engine.ExprResult{Data: map[string]any{"text/plain": formatValue(v)}}
		default:
			out[name] = engine.ExprResult{Data: map[string]any{"text/plain": ""}}
		}
	}
	return out
}

// importClash explains an import whose name an earlier cell's import of
// another package already holds ("" when there is none): all cells share
// one scope, as the files of a package do not, so the second one needs a
// name of its own.
func (s *Session) importClash(fresh []string) string {
	for _, sp := range fresh {
		name, p := importName(sp)
		if name == "" {
			continue
		}
		for old := range s.imported {
			if oldName, oldPath := importName(old); oldName == name && oldPath != p {
				return fmt.Sprintf("%s is already the name of %q (imported by an earlier cell), and all cells share one scope: "+
					"import %q under another name, such as: import %s2 %q", name, oldPath, p, name, p)
			}
		}
	}
	return ""
}

// importName returns the name an import spec binds (its alias, or the last
// element of its path without a major version suffix; "" for _ and .) and
// its path.
func importName(spec string) (name, p string) {
	alias, p, explicit := importSpec(spec)
	if explicit {
		if alias == "_" || alias == "." {
			return "", p
		}
		return alias, p
	}
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" && path.Dir(p) != "." {
		base = path.Base(path.Dir(p))
	}
	return base, p
}

func (s *Session) eval(ctx context.Context, src string) (v reflect.Value, err error) {
	if err := ctx.Err(); err != nil {
		// Interrupted already (between two evaluations of a cell): start
		// nothing, or yaegi may run code it can no longer stop.
		return reflect.Value{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = yaegi.Panic{Value: r}
		}
	}()
	prog, err := s.compile(ctx, src)
	if err != nil {
		return reflect.Value{}, err
	}
	v, err, hard := s.execute(ctx, prog)
	if ctx.Err() == nil {
		return v, err
	}
	// Interrupted. (What ExecuteWithContext returns then is not to be
	// trusted: its goroutine may write the program's own results over the
	// context's error as it returns, and the interrupted loop would look
	// like a cell that ended well.)
	return reflect.Value{}, s.afterInterrupt(ctx, hard)
}

// compile compiles src for ctx's cell. yaegi cannot stop a compile, and
// an interrupt that lands during one would be lost (yaegi's Execute takes
// its run id after the compile), so that the interrupted code ran on,
// racing the next cell. The compile therefore runs here, and an interrupt
// returns at once: the compile ends in the background, its program never
// runs, and the interpreter waits for it before it is used again.
//
// The compiles run on one goroutine for the whole session, which keeps
// most of the stack that yaegi's recursive compile grows (a collection
// halves an idle goroutine's stack at most): a goroutine of its own for
// every compile grew it again, by copies, a fifth of the session's CPU
// time in a run of trivial cells.
func (s *Session) compile(ctx context.Context, src string) (*yaegi.Program, error) {
	if err := s.waitCompile(ctx); err != nil {
		return nil, err
	}
	// The job's results are read only once it finished (not the
	// function's results, which an early return would write too).
	job := &compileJob{in: s.in, src: src, done: make(chan struct{})}
	select {
	case s.compiles <- job:
	case <-s.closed:
		return nil, errors.New("the session is closed")
	}
	select {
	case <-job.done:
		if job.err == nil && ctx.Err() != nil {
			return nil, ctx.Err() // interrupted as the compile ended: do not start the program
		}
		return job.prog, job.err
	case <-ctx.Done():
		s.compiling = job.done
		return nil, ctx.Err()
	}
}

// compileJob is one compile for the compiler goroutine; done is closed
// when prog and err are set.
type compileJob struct {
	in   *yaegi.Interpreter
	src  string
	prog *yaegi.Program
	err  error
	done chan struct{}
}

// compiler runs the jobs it receives, one at a time, until closed is
// closed.
func compiler(jobs <-chan *compileJob, closed <-chan struct{}) {
	for {
		select {
		case j := <-jobs:
			j.run()
		case <-closed:
			return
		}
	}
}

func (j *compileJob) run() {
	defer close(j.done)
	defer func() {
		if r := recover(); r != nil {
			j.err = yaegi.Panic{Value: r}
		}
	}()
	j.prog, j.err = j.in.Compile(j.src)
}

// waitCompile waits for a compile that an interrupt left running, or for
// ctx to be done.
func (s *Session) waitCompile(ctx context.Context) error {
	if s.compiling == nil {
		return nil
	}
	select {
	case <-s.compiling:
		s.compiling = nil
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// isVoid reports whether v is what yaegi returns for a statement without a
// value (a call of a function with no results).
func isVoid(v reflect.Value) bool {
	return !v.IsValid() || v.Type() == reflect.TypeFor[*any]()
}

// isNilError reports whether v is a nil error.
func isNilError(v reflect.Value) bool {
	return v.IsValid() && v.Type() == reflect.TypeFor[error]() && v.IsNil()
}

// formatValue renders a cell's value as fmt.Println would.
func formatValue(v reflect.Value) string {
	if !v.CanInterface() {
		return v.String()
	}
	return fmt.Sprint(v.Interface())
}

var posPrefix = regexp.MustCompile(`^(?:[^\s:]*:)?(\d+):(\d+): `)

// evalError turns an error from yaegi into a Jupyter error. lineShift is
// added to reported lines (-1 for padded chunks).
func (s *Session) evalError(code string, err error, lineShift int, ch source.Chunk) *engine.Error {
	if errors.Is(err, errBroken) {
		msg := "the cell was interrupted, but its code kept running; the Go session will be restarted"
		return engine.NewError(engine.ErrInterrupted, msg)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return engine.NewError(engine.ErrInterrupted, "the cell was interrupted")
	}
	if errors.Is(err, errDeadlock) {
		return deadlockError()
	}
	if errors.Is(err, errNoGoroutines) {
		return noGoroutinesError()
	}
	if errors.Is(err, errGoexit) {
		return engine.NewError(goexitName, err.Error())
	}
	var p yaegi.Panic
	if errors.As(err, &p) {
		return s.panicError(code, p.Value, s.router.takeFrames(), lineShift, ch)
	}
	return compileError(code, err, lineShift)
}

// stdFileOther finds yaegi's error where os.Stdout goes to a type other
// than *os.File (gopadrt.StdFileOther), with that type and what follows.
var stdFileOther = regexp.MustCompile(regexp.QuoteMeta(gopadrt.StdFileOther) + `(\S+)( in [a-z ]+)?`)

func compileError(code string, err error, lineShift int) *engine.Error {
	if strings.Contains(err.Error(), gopadrt.StdFileMismatch) {
		err = fmt.Errorf("%s", strings.Replace(err.Error(), gopadrt.StdFileMismatch, gopadrt.StdFileLimit, 1))
	} else if m := stdFileOther.FindStringSubmatch(err.Error()); m != nil {
		err = fmt.Errorf("%s", strings.Replace(err.Error(), m[0], gopadrt.StdFileOtherLimit(m[1]), 1))
	}
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		e := list[0]
		return positioned(engine.ErrCompile, e.Msg, code, e.Pos.Line+lineShift, e.Pos.Column)
	}
	msg := err.Error()
	if m := posPrefix.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		text := strings.TrimSpace(msg[len(m[0]):])
		if refusal := dummyFuncRefusal(text); refusal != "" {
			return positioned(engine.ErrUnsupported, refusal, code, line+lineShift, col)
		}
		return positioned(engine.ErrCompile, text, code, line+lineShift, col)
	}
	return engine.NewError(engine.ErrCompile, msg)
}

// panicError describes a runtime panic: the message in Go's words, the
// statement of the cell that was running, and the interpreted frames yaegi
// reported (functions declared by earlier cells name their cell).
func (s *Session) panicError(code string, v any, frames []frame, lineShift int, ch source.Chunk) *engine.Error {
	raw := v
	v = gopadrt.Recovered(v) // reflect's and yaegi's run-time errors as Go's
	s.notePanic(v)
	name := engine.ErrPanic
	switch v.(type) {
	case runtime.Error:
		name = engine.ErrRuntime
	case error:
		name = fmt.Sprintf("%T", v)
	}
	msg := goPanicMessage(fmt.Sprint(v))
	if text, ok := s.methods.panicText(v); ok {
		msg = text // a cell's error or fmt.Stringer type: Go prints its method's text
	} else if text, ok := gopadrt.NamedPanicText(raw); ok {
		msg = text // a cell's type over a basic type: main.State("done")
	}
	if name == engine.ErrPanic && strings.HasPrefix(msg, "runtime error: ") {
		// A run-time error that reached us as reflect's panic string (an
		// index out of range at a cell's top level): Go's type for it.
		name = engine.ErrRuntime
	}
	inFunc := false
	for _, f := range frames {
		if f.fn != "main" && f.fn != "" && !isCellFunc(f.fn) {
			inFunc = true
		}
	}
	if msg == "runtime error: index out of range" && !inFunc {
		if detail := s.indexDetail(ch.Src); detail != "" {
			msg += " " + detail
		}
	}
	if m := posPrefix.FindString(msg); m != "" && strings.HasPrefix(name, "*interp.") {
		// A run-time failure yaegi reports as a compile error of the
		// statement, such as a failed type assertion.
		msg, name = msg[len(m):], engine.ErrRuntime
		if !strings.HasPrefix(msg, "runtime error") && !strings.HasPrefix(msg, "interface conversion") {
			name = engine.ErrPanic
		}
	}
	if refusal := dummyFuncRefusal(msg); refusal != "" {
		return positioned(engine.ErrUnsupported, refusal, code, ch.Line, ch.Col)
	}
	if strings.HasPrefix(msg, "os.Exit(") {
		// yaegi turns os.Exit into a panic; the session lives on.
		return engine.NewError(engine.ErrExit, msg, red(engine.ErrExit)+": the cell called "+msg+"; the Go session keeps running")
	}
	if msg == "nil type" {
		// yaegi's compiler fails this way on constructs it lacks.
		name = engine.ErrUnsupported
		msg = "the interpreter cannot compile this statement"
		if strings.Contains(ch.Src, "range") {
			msg += "; if it ranges over a function (an iterator, Go 1.23), call the iterator with a yield " +
				"function instead, seq(func(v T) bool { ...; return true }), or collect it with slices.Collect(seq)"
		}
		e := positioned(name, msg, code, ch.Line, ch.Col)
		e.Value = msg
		return e
	}
	e := positioned(name, msg, code, ch.Line, ch.Col)
	e.Value = msg
	e.Traceback[0] = red(engine.ErrPanic) + ": " + msg
	if col, ok := gopadrt.BoundsColumn(v); ok && len(frames) > 0 {
		frames = append([]frame(nil), frames...)
		frames[0].col = col // the expression at fault, not the check before it
	}
	if stack := s.panicStack(frames, lineShift); len(stack) > 0 {
		e.Traceback = append(e.Traceback, "", "goroutine 1 [running]:")
		e.Traceback = append(e.Traceback, stack...)
	}
	return e
}

// panicStack writes the cells' functions among frames as Go's goroutine
// trace, each with the cell and line where it stood.
func (s *Session) panicStack(frames []frame, lineShift int) []string {
	var stack []string
	for _, f := range frames {
		if f.fn == "main" || f.fn == "" || isCellFunc(f.fn) {
			continue // yaegi's wrapper around the cell's statements
		}
		fn := strings.TrimPrefix(f.fn, "main.")
		if fn == source.MainName {
			fn = "main"
		}
		where := fmt.Sprintf("cell line %d:%d", f.line+lineShift, f.col)
		if n, ok := s.declCell[fn]; ok && n != s.cellNumber {
			where = fmt.Sprintf("line %d:%d of In [%d]", f.line+lineShift, f.col, n)
		}
		stack = append(stack, fmt.Sprintf("    %s(...)\n        %s", fn, where))
	}
	return stack
}

// goPanicMessage rewrites reflect's wording of runtime errors into Go's.
func goPanicMessage(msg string) string { return gopadrt.GoPanicMessage(msg) }

// positioned builds an error shown with the cell's line, its source text
// and a caret under the column.
func positioned(name, msg, code string, line, col int) *engine.Error {
	msg = strings.ReplaceAll(msg, source.MainName, "main")
	msg = strings.ReplaceAll(msg, rewrite.ShadowPrefix, "")
	lines := strings.Split(code, "\n")
	tb := []string{fmt.Sprintf("%s: cell line %d, column %d: %s", red(name), line, col, msg)}
	if line >= 1 && line <= len(lines) {
		src := strings.ReplaceAll(lines[line-1], "\t", "    ")
		prefix := strings.ReplaceAll(lines[line-1][:min(max(col-1, 0), len(lines[line-1]))], "\t", "    ")
		tb = append(tb,
			fmt.Sprintf("%4d | %s", line, src),
			fmt.Sprintf("     | %s%s", strings.Repeat(" ", len([]rune(prefix))), green("^")))
	}
	return engine.NewError(name, fmt.Sprintf("%d:%d: %s", line, col, msg), tb...)
}

func red(s string) string   { return "\x1b[31m" + s + "\x1b[0m" }
func green(s string) string { return "\x1b[32m" + s + "\x1b[0m" }

// Complete implements engine.Engine.
func (s *Session) Complete(ctx context.Context, code string, cursor int) engine.Completion {
	return completeAt(s, code, cursor)
}

// Inspect implements engine.Engine.
func (s *Session) Inspect(ctx context.Context, code string, cursor, detail int) engine.Inspection {
	return inspectAt(s, code, cursor, detail)
}

// IsComplete implements engine.Engine.
func (s *Session) IsComplete(code string) (string, string) { return source.IsComplete(code) }

// Close implements engine.Engine. It runs the releases cells kept for the
// session's end (a temporary directory's removal, say), for a few seconds
// at most, and removes the session's temporary GOPATH (links into the
// module cache).
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		// Not under a cell that still runs, nor code an interrupt left
		// running: the interpreter is theirs.
		if s.kept && !s.broken.Load() && s.mu.TryLock() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			s.eval(ctx, "gopadRunKept()") // what fails is of no use to anyone now
			cancel()
			s.mu.Unlock()
		}
		close(s.closed)
	})
	if strings.Contains(filepath.Base(s.opts.GoPath), "gopad-gopath-") {
		return os.RemoveAll(s.opts.GoPath)
	}
	return nil
}

// globals returns the interpreter's global variables and constants. yaegi
// can panic here after some failed declarations; the session then simply
// knows no globals.
func (s *Session) globals() (g map[string]reflect.Value) {
	defer func() {
		if recover() != nil {
			g = map[string]reflect.Value{}
		}
	}()
	s.waitCompile(context.Background())
	g = s.in.Globals()
	for n := range g {
		if isGopadName(n) {
			delete(g, n) // the session's own: the prelude's, the rewrites' temporaries
		}
	}
	return g
}

// resultless reports whether pkg.name is a compiled function with no
// results, or, when pkg is a variable of a compiled type, a method of it
// with no results (wg.Wait(), sb.Reset()).
func (s *Session) resultless(pkg, name string) bool {
	if !s.isImported(pkg) {
		v, ok := s.globals()[pkg]
		if !ok || !v.IsValid() {
			return false
		}
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		for _, t := range []reflect.Type{v.Type(), reflect.PointerTo(v.Type())} {
			if t.PkgPath() == "" && t.Kind() == reflect.Ptr && t.Elem().PkgPath() == "" {
				continue // not a compiled named type
			}
			if m, ok := t.MethodByName(name); ok {
				return m.Type.NumOut() == 0
			}
		}
		return false
	}
	p := s.importedPath(pkg)
	v, ok := s.members(p)[name]
	return ok && v.IsValid() && v.Kind() == reflect.Func && v.Type().NumOut() == 0
}

// indexDetail finds, in a top-level statement that panicked with an index
// out of range, the index expression at fault and returns Go's detail,
// "[5] with length 3". Only expressions made of names and literals are
// evaluated again (they have no side effects).
func (s *Session) indexDetail(src string) string {
	pf, err := s.parses.Stmts(src)
	if err != nil {
		return ""
	}
	f, code := pf.AST, pf.Code
	pure := func(e ast.Expr) bool {
		ok := true
		ast.Inspect(e, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.CallExpr, *ast.FuncLit, *ast.UnaryExpr:
				ok = false
			}
			return ok
		})
		return ok
	}
	var found string
	ast.Inspect(f.Decls[0].(*ast.FuncDecl).Body, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok || found != "" || !pure(ix.X) || !pure(ix.Index) {
			return found == ""
		}
		iv, err1 := s.eval(context.Background(), "int("+code(ix.Index)+")")
		lv, err2 := s.eval(context.Background(), "len("+code(ix.X)+")")
		if err1 != nil || err2 != nil || !iv.IsValid() || !lv.IsValid() || !iv.CanInt() || !lv.CanInt() {
			return true
		}
		if i, l := iv.Int(), lv.Int(); i < 0 || i >= l {
			found = fmt.Sprintf("[%d] with length %d", i, l)
		}
		return true
	})
	return found
}

// errBroken is the error of a cell whose interrupted code kept running.
var errBroken = errors.New("the cell was interrupted, but its code kept running")

// TakeReset reports whether the last cell asked for a new session process
// with %reset (see Options.ProcessReset), and returns the code that followed
// the %reset line, padded so that its lines keep their numbers. It is called
// after Execute returned, and clears the request.
func (s *Session) TakeReset() (rest string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.resetRest == nil {
		return "", false
	}
	rest = *s.resetRest
	s.resetRest = nil
	return rest, true
}

// Broken reports whether the session can no longer be trusted: code that
// was interrupted kept running. A supervisor then replaces the session.
func (s *Session) Broken() bool { return s.broken.Load() }

// yaegiErrorWrapper is the key yaegi files its own error wrapper under in
// an interpreter's symbols: (*interp._error)(nil). A fresh interpreter
// lists it under the empty import path.
var yaegiErrorWrapper = sync.OnceValue(func() reflect.Value {
	return yaegi.New(yaegi.Options{}).Symbols("")[""]["_error"]
})

// useErrorWrappers makes in hand compiled code the richer error wrappers
// of package stdlib (they forward Unwrap, Is, As and Format).
func useErrorWrappers(in *yaegi.Interpreter) error {
	base := yaegiErrorWrapper()
	if !base.IsValid() {
		return errors.New("loading error wrappers: yaegi lists no error wrapper")
	}
	if err := in.Use(Exports{".": {"MapTypes": reflect.ValueOf(stdlib.ErrorMapTypes(base))}}); err != nil {
		return fmt.Errorf("loading error wrappers: %w", err)
	}
	return nil
}
