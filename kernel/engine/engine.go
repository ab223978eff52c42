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
