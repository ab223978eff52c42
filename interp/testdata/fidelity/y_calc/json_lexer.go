package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

type TokType uint8

const (
	TString TokType = iota
	TNumber
	TPunct
	TKeyword
)

var typeNames = map[TokType]string{TString: "str", TNumber: "num", TPunct: "punct", TKeyword: "kw"}

func (t TokType) String() string { return typeNames[t] }

type Tok struct {
	T   TokType
	Val string
}

type Lexer struct {
	r    *bufio.Reader
	line int
}

func (l *Lexer) Next() (Tok, error) {
	for {
		r, _, err := l.r.ReadRune()
		if err != nil {
			return Tok{}, err
		}
		switch {
		case r == '\n':
			l.line++
		case r == ' ' || r == '\t':
		case strings.ContainsRune("{}[],:", r):
			return Tok{TPunct, string(r)}, nil
		case r == '"':
			var sb strings.Builder
			for {
				c, _, err := l.r.ReadRune()
				if err == io.EOF {
					return Tok{}, fmt.Errorf("line %d: unterminated string", l.line+1)
				}
				if c == '\\' {
					c, _, _ = l.r.ReadRune()
					if c == 'n' {
						c = '\n'
					}
				} else if c == '"' {
					break
				}
				sb.WriteRune(c)
			}
			return Tok{TString, sb.String()}, nil
		case r == '-' || r >= '0' && r <= '9':
			buf := []rune{r}
			for {
				c, _, err := l.r.ReadRune()
				if err != nil {
					break
				}
				if !strings.ContainsRune("0123456789.eE+-", c) {
					l.r.UnreadRune()
					break
				}
				buf = append(buf, c)
			}
			return Tok{TNumber, string(buf)}, nil
		default:
			word := []rune{r}
			for {
				c, _, err := l.r.ReadRune()
				if err != nil || c < 'a' || c > 'z' {
					if err == nil {
						l.r.UnreadRune()
					}
					break
				}
				word = append(word, c)
			}
			switch w := string(word); w {
			case "true", "false", "null":
				return Tok{TKeyword, w}, nil
			default:
				return Tok{}, fmt.Errorf("line %d: bad word %q", l.line+1, w)
			}
		}
	}
}

func main() {
	src := "{\"name\": \"Zoë\", \"tags\": [\"a\\\"b\", \"c\\nd\"],\n \"n\": -12.5e3, \"ok\": true, \"x\": null}\n[nope]"
	lx := &Lexer{r: bufio.NewReader(strings.NewReader(src))}
	counts := map[TokType]int{}
	for {
		t, err := lx.Next()
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		counts[t.T]++
		fmt.Printf("%-5v %q (%d runes)\n", t.T, t.Val, utf8.RuneCountInString(t.Val))
	}
	fmt.Println(counts, lx.line)
	fmt.Printf("%v %d %x\n", TKeyword, TKeyword, TPunct)
}
