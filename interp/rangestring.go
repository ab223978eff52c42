package interp

import (
	"unicode/utf8"
)

// decodeRune is gopadBuiltin.DecodeRune.
func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
