// Package engine defines the seam between the kernel, which speaks the
// Jupyter protocol, and a language implementation that runs cells.
//
// It depends on the standard library only, so an engine (package interp) does
// not see ZeroMQ and the kernel does not see the interpreter. An engine may
// live in the kernel's process or be a proxy for a supervised child process.
package engine

import (
	"context"
	"errors"
	"io"
)

// Engine runs code on behalf of the kernel.
//
// Execute, Complete, Inspect and IsComplete are called from the kernel's
// shell goroutine, one at a time; IsComplete may also be called from
// another goroutine while Execute runs, so it must be safe for that (and
// quick). Close may be called from any goroutine.
type Engine interface {
	// Execute runs one cell. Cancelling ctx interrupts it; Execute must
	// then return promptly with an error result. Output goes to out, which
	// stays usable after Execute returns (for goroutines that keep printing).
	Execute(ctx context.Context, req Request, out Output) Result
	// Complete proposes completions at cursor (a count of Unicode code
	// points into code).
	Complete(ctx context.Context, code string, cursor int) Completion
	// Inspect describes the name at cursor; detail is 0 or 1.
	Inspect(ctx context.Context, code string, cursor, detail int) Inspection
	// IsComplete reports whether code is ready to run: "complete",
	// "incomplete" (with an indent for the next line), "invalid" or "unknown".
	IsComplete(code string) (status, indent string)
	// Close releases the engine's resources.
	Close() error
}

// Starter is implemented by engines that do slow set-up (such as starting
// a process). The kernel calls Start once its sockets are bound, so that
// clients can connect without waiting for it.
type Starter interface {
	Start()
}

// Request is one cell to run.
type Request struct {
	Code string
	// Silent asks for no output and no result.
	Silent bool
	// AllowStdin tells whether Output.Input may be used.
	AllowStdin bool
	// ExecutionCount is the number the kernel gave this cell.
	ExecutionCount int
	// UserExpressions are evaluated after the cell, by name.
	UserExpressions map[string]string
}

// Result is the outcome of Execute.
type Result struct {
	// Data is the MIME bundle of the cell's value (execute_result), nil if
	// the cell has none.
	Data     map[string]any
	Metadata map[string]any
	// Err is set when the cell failed.
	Err *Error
	// UserExpressions holds the value of each requested expression.
	UserExpressions map[string]ExprResult
	// Payloads are execute_reply payloads (for example a pager page).
	Payloads []map[string]any
}

// ExprResult is the value of one user expression.
type ExprResult struct {
	Data map[string]any
	Err  *Error
}

// Error is a failure shown to the user as a Jupyter error.
type Error struct {
	// Name is the error's type, such as "CompileError" or "runtime.Error".
	Name string
	// Value is the one-line message.
	Value string
	// Traceback lines, which may contain ANSI colour codes.
	Traceback []string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Name + ": " + e.Value }

// Names of the errors engines report (Error.Name). A panic's name is its Go
// type (such as "*errors.errorString") unless it is one of these.
const (
	ErrSyntax              = "SyntaxError"         // the cell does not parse
	ErrCompile             = "CompileError"        // the cell parses but does not compile
	ErrUnsupported         = "Unsupported"         // the interpreter cannot run this construct
	ErrImport              = "ImportError"         // a package cannot be imported
	ErrModule              = "ModuleError"         // fetching or building a module failed
	ErrName                = "NameError"           // nothing is known about a name
	ErrPanic               = "panic"               // a panic with a value that is not an error
	ErrRuntime             = "runtime.Error"       // a run-time error (index out of range, nil map, ...)
	ErrExit                = "Exit"                // the cell called os.Exit
	ErrInterrupted         = "Interrupted"         // the user interrupted the cell
	ErrUnknownMagic        = "UnknownMagic"        // a %magic nobody knows
	ErrShell               = "ShellError"          // a !command failed
	ErrEnv                 = "EnvError"            // %env could not set a variable
	ErrOS                  = "OSError"             // an operating system call failed (%cd)
	ErrSession             = "SessionError"        // the session could not start or reset
	ErrSessionCrashed      = "SessionCrashed"      // the session process died
	ErrSessionUnresponsive = "SessionUnresponsive" // the session process stopped answering
	ErrProtocol            = "ProtocolError"       // the session process sent a malformed message
)

// NewError returns the error name: value. Its traceback is the lines
// given, or when there are none the one line "name: value" with the name
// in red, as Jupyter frontends show it.
func NewError(name, value string, traceback ...string) *Error {
	if len(traceback) == 0 {
		traceback = []string{"\x1b[31m" + name + "\x1b[0m: " + value}
	}
	return &Error{Name: name, Value: value, Traceback: traceback}
}

// Breaker is implemented by engines that can be left unusable, such as an
// interpreter whose interrupted code kept running. A process that hosts
// such an engine ends once Broken reports true, and its supervisor starts
// a fresh one. Broken may be called from any goroutine.
type Breaker interface {
	Broken() bool
}

// DisplayData is a rich output (display_data or update_display_data).
type DisplayData struct {
	Data      map[string]any
	Metadata  map[string]any
	DisplayID string
	// Update replaces the output shown earlier under DisplayID.
	Update bool
}

// Output is where a running cell sends what it shows. Its methods are safe
// for concurrent use.
type Output interface {
	// Stdout and Stderr return writers for the cell's standard streams.
	Stdout() io.Writer
	Stderr() io.Writer
	// Display shows rich output.
	Display(d DisplayData) error
	// ClearOutput clears the cell's output, when the next output arrives
	// if wait is true.
	ClearOutput(wait bool) error
	// Input asks the user for a line of text. It returns ErrNoStdin when
	// the frontend does not accept input.
	Input(ctx context.Context, prompt string, password bool) (string, error)
}

// ErrNoStdin is returned by Output.Input when the frontend does not allow
// input for the request.
var ErrNoStdin = errors.New("input is not available: the frontend does not accept input for this request")

// Completion is the answer to Complete.
type Completion struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	// Types has one entry per match for JupyterLab's
	// _jupyter_types_experimental metadata; it may be nil.
	Types []CompletionType
}

// CompletionType describes one completion match.
type CompletionType struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Signature string `json:"signature,omitempty"`
}

// Inspection is the answer to Inspect.
type Inspection struct {
	Found bool
	Data  map[string]any
}

// Info describes the language an engine runs, for kernel_info_reply.
type Info struct {
	Name           string
	Version        string
	Mimetype       string
	FileExtension  string
	PygmentsLexer  string
	CodemirrorMode string
	Banner         string
}
