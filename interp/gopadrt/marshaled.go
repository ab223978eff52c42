package gopadrt

// Run-time helpers of package rewrite's jsonAny pass: a cell's value
// whose type has MarshalJSON or MarshalText, held in an interface, reaches
// encoding/json as the method's result, which the interpreted code
// computed (json cannot call the method on yaegi's value).

// marshaled is what MarshalJSON returned.
type marshaled struct {
	b   []byte
	err error
}

func newMarshaled(b []byte, err error) any { return marshaled{b, err} }

// MarshalJSON implements json.Marshaler.
func (m marshaled) MarshalJSON() ([]byte, error) { return m.b, m.err }

// marshaledText is what MarshalText returned.
type marshaledText struct {
	b   []byte
	err error
}

func newMarshaledText(b []byte, err error) any { return marshaledText{b, err} }

// MarshalText implements encoding.TextMarshaler.
func (m marshaledText) MarshalText() ([]byte, error) { return m.b, m.err }
