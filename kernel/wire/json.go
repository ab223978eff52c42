package wire

import (
	"encoding/json"
	"unicode/utf8"
)

// EncodeContent encodes message content: a json.RawMessage (stream text,
// the bulk of a kernel's traffic, encoded as it was written) is used as it
// is; other content is encoded with encoding/json.
func EncodeContent(content any) ([]byte, error) {
	if r, ok := content.(json.RawMessage); ok {
		return r, nil
	}
	return json.Marshal(content)
}

// safe marks the ASCII bytes a JSON string holds as they are.
var safe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
)

// AppendString appends s to b as a JSON string. Like encoding/json, it
// replaces invalid UTF-8 with U+FFFD and escapes U+2028 and U+2029; unlike
// it, it leaves <, > and & as they are (Jupyter messages are not HTML).
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = AppendEscaped(b, s)
	return append(b, '"')
}

// AppendEscaped appends s to b escaped as the inside of a JSON string (as
// AppendString, without the quotes). Text split anywhere but inside a
// UTF-8 sequence encodes piece by piece to the same bytes as it does
// whole, so a stream can be encoded as it is written.
func AppendEscaped[T string | []byte](b []byte, s T) []byte {
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are ASCII that a JSON string
		// holds as they are: no byte >= 0x80, none < 0x20 (a borrow in
		// w-0x20), no zero byte in q (a quote) or in bs (a backslash).
		for ; i+8 <= len(s); i += 8 {
			t := s[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			q, bs := w^('"'*ones), w^('\\'*ones)
			if (w|(w-0x20*ones)&^w|(q-ones)&^q|(bs-ones)&^bs)&high != 0 {
				break
			}
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := decodeRune(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

func decodeRune[T string | []byte](s T) (rune, int) {
	switch s := any(s).(type) {
	case string:
		return utf8.DecodeRuneInString(s)
	case []byte:
		return utf8.DecodeRune(s)
	}
	panic("unreachable")
}
