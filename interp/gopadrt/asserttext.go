package gopadrt

import (
	"reflect"
	"strconv"
	"strings"
)

// CellTypeNames rewrites, in the text of a failed type assertion, each
// reflect text of a cell's struct type (struct { Xv int "gopad:\"mem\"" })
// into Go's name of the type (main.mem): yaegi's message names the
// run-time types, where Go names the declared ones ("interface
// conversion: interface {} is main.Sq, not main.Ci"). A struct text
// without a tag of its own (an anonymous struct type) is left as it is.
func CellTypeNames(text string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "struct {")
		if i < 0 {
			break
		}
		end := StructTextEnd(text, i+len("struct {"))
		if end < 0 {
			break
		}
		b.WriteString(text[:i])
		if name, ok := OwnTag(text[i+len("struct {") : end-1]); ok {
			b.WriteString("main." + name)
		} else {
			b.WriteString(text[i:end])
		}
		text = text[end:]
	}
	b.WriteString(text)
	return b.String()
}

// StructTextEnd is the offset just past the brace that closes a struct
// text whose body starts at from, skipping quoted tags; -1 if it is not
// closed.
func StructTextEnd(text string, from int) int {
	depth := 1
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '"':
			end := quotedEnd(text, i)
			if end < 0 {
				return -1
			}
			i = end - 1
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// OwnTag is the cell type named by the gopad:"T" tag of body, a struct
// text's fields, found outside the fields' own struct types.
func OwnTag(body string) (string, bool) {
	depth := 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '{':
			depth++
		case '}':
			depth--
		case '"':
			end := quotedEnd(body, i)
			if end < 0 {
				return "", false
			}
			if tag, err := strconv.Unquote(body[i:end]); err == nil && depth == 0 {
				if name, ok := reflect.StructTag(tag).Lookup("gopad"); ok {
					return name, true
				}
			}
			i = end - 1
		}
	}
	return "", false
}

// quotedEnd is the offset just past the Go string literal that starts at
// s[from], a double quote; -1 if it is not closed.
func quotedEnd(s string, from int) int {
	for i := from + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}
