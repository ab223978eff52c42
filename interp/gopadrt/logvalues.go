package gopadrt

import "encoding/json"

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
