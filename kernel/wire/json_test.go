package wire

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// TestAppendStringDecodesAsEncodingJSON checks that a string encoded by
// AppendString is valid JSON that decodes to what encoding/json's encoding
// of it decodes to (invalid UTF-8 becomes U+FFFD in both).
func TestAppendStringDecodesAsEncodingJSON(t *testing.T) {
	for _, s := range []string{
		"", "plain", "line\n", "tab\tcr\r", `quote " backslash \`, "\x00\x01\x1f\x7f",
		"<html> & </html>", "héllo wörld ✓ 🎉", "\u2028\u2029", "bad \xff\xfe utf8", "\xe2\x82",
		"\x1b[31mred\x1b[0m",
	} {
		checkString(t, s)
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("a\n\"\\\xff\u2028")
	f.Fuzz(checkString)
}

func checkString(t *testing.T, s string) {
	b := AppendString(nil, s)
	var got, want string
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("AppendString(%q) = %s: not JSON: %v", s, b, err)
	}
	ref, _ := json.Marshal(s)
	if err := json.Unmarshal(ref, &want); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("AppendString(%q) decodes to %q, encoding/json's to %q", s, got, want)
	}
	// Encoded from bytes, in pieces split anywhere but inside a UTF-8
	// sequence that could still be completed, the text is the same bytes.
	inner := b[1 : len(b)-1]
	for i := 0; i <= len(s); i++ {
		if !splitsNoSequence(s, i) {
			continue
		}
		if pieces := AppendEscaped(AppendEscaped(nil, []byte(s[:i])), s[i:]); string(pieces) != string(inner) {
			t.Errorf("AppendEscaped of %q in pieces split at %d = %s, whole = %s", s, i, pieces, inner)
		}
	}
}

// splitsNoSequence reports whether splitting s at i leaves no prefix of a
// valid UTF-8 sequence at the end of s[:i] that s[i:] goes on to complete.
func splitsNoSequence(s string, i int) bool {
	for j := max(0, i-utf8.UTFMax+1); j < i; j++ {
		if !utf8.FullRuneInString(s[j:i]) && utf8.RuneStart(s[j]) {
			return false
		}
	}
	return true
}

func BenchmarkStreamContent(b *testing.B) {
	line := make([]byte, 0, 128<<10)
	for len(line) < 128<<10 {
		line = append(line, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"...)
	}
	text := string(line)
	b.SetBytes(int64(len(text)))
	b.Run("AppendString", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		buf := make([]byte, 0, len(text)+1024)
		for b.Loop() {
			buf = AppendString(buf[:0], text)
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			json.Marshal(text)
		}
	})
}
