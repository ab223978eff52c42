package gopadrt

import (
	"encoding/json"
	"fmt"
)

// logStringer is what log/slog receives for a value of a cell's type with
// a String method (package rewrite's slogArgs pass): a value of its own
// type, so of slog's kind Any, that prints through the method and that the
// JSON handler marshals as the value itself, as Go would.
type logStringer struct {
	v   any
	str func() string
}

// newLogStringer is gopadBuiltin.LogStringer.
func newLogStringer(v any, str func() string) any { return logStringer{v, str} }

func (l logStringer) String() string { return l.str() }

// MarshalJSON marshals the value: slog's JSON handler marshals a value of
// kind Any that is not an error.
func (l logStringer) MarshalJSON() ([]byte, error) { return json.Marshal(l.v) }

// kept is gopadBuiltin.Kept: a value of a cell's type with a String or
// Error method among operands whose verbs are not known when the call is
// rewritten (fmt.Printf(format, args...)). It formats as fmt formats the
// value: through the method for the verbs that use it, as the value for
// the others (%d of a Color int) and for %#v.
type kept struct {
	v   any
	str func() string
}

func newKept(v any, str func() string) any { return kept{v, str} }

// newKeptError is gopadBuiltin.KeptError: a kept value of a pointer type
// whose method is Error is an error itself (late.go), so that Errorf's %w
// wraps it (it printed %!w(gopadrt.kept=...)) and errors.Is and errors.As
// find the value behind it.
func newKeptError(v any, str func() string) any { return keptError{kept{v, str}} }

// Format implements fmt.Formatter.
func (k kept) Format(f fmt.State, verb rune) {
	directive := fmt.FormatString(f, verb)
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, directive, k.v)
	case verb == 'v', verb == 's', verb == 'q', verb == 'x', verb == 'X':
		fmt.Fprintf(f, directive, k.str())
	default:
		fmt.Fprintf(f, directive, k.v)
	}
}
