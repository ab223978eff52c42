package main

import (
	"fmt"
	"strings"
)

// splitQuoted splits a shell-like command line into words using an explicit
// state machine: plain text, single quotes, double quotes and backslash escapes.
func splitQuoted(s string) ([]string, error) {
	const (
		plain = iota
		single
		double
	)
	var words []string
	var cur strings.Builder
	state := plain
	inWord := false
	escape := false
	for _, r := range s {
		switch {
		case escape:
			cur.WriteRune(r)
			escape = false
		case r == '\\' && state != single:
			escape, inWord = true, true
		case state == single:
			if r == '\'' {
				state = plain
			} else {
				cur.WriteRune(r)
			}
		case state == double:
			if r == '"' {
				state = plain
			} else {
				cur.WriteRune(r)
			}
		case r == '\'':
			state, inWord = single, true
		case r == '"':
			state, inWord = double, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if state != plain || escape {
		return words, fmt.Errorf("unterminated input (state %d)", state)
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func main() {
	inputs := []string{
		`ls -la /tmp`,
		`echo "hello world" 'it''s' x\ y`,
		`grep -e "a\"b" ''`,
		`unterminated "quote`,
	}
	for _, in := range inputs {
		words, err := splitQuoted(in)
		fmt.Printf("%q -> %q err=%v\n", in, words, err)
	}
}
