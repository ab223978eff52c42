package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type Frequency map[string]int

var wordRe = regexp.MustCompile(`[a-z0-9]+('[a-z]+)?`)

func WordCount(phrase string) Frequency {
	f := Frequency{}
	for _, w := range wordRe.FindAllString(strings.ToLower(phrase), -1) {
		f[w]++
	}
	return f
}

var ErrSyntax = errors.New("syntax error")
var ErrUnknown = errors.New("unknown operation")

type WordyError struct {
	Question string
	Err      error
}

func (e *WordyError) Error() string { return fmt.Sprintf("%q: %v", e.Question, e.Err) }
func (e *WordyError) Unwrap() error { return e.Err }

func Answer(q string) (int, error) {
	body, ok := strings.CutPrefix(q, "What is ")
	if !ok || !strings.HasSuffix(body, "?") {
		return 0, &WordyError{q, ErrUnknown}
	}
	body = strings.TrimSuffix(body, "?")
	body = strings.NewReplacer("multiplied by", "multiplied_by", "divided by", "divided_by").Replace(body)
	toks := strings.Fields(body)
	if len(toks) == 0 {
		return 0, &WordyError{q, ErrSyntax}
	}
	acc, err := strconv.Atoi(toks[0])
	if err != nil {
		return 0, &WordyError{q, ErrSyntax}
	}
	for i := 1; i < len(toks); i += 2 {
		if i+1 >= len(toks) {
			return 0, &WordyError{q, ErrSyntax}
		}
		n, err := strconv.Atoi(toks[i+1])
		if err != nil {
			return 0, &WordyError{q, fmt.Errorf("operand %q: %w", toks[i+1], ErrSyntax)}
		}
		switch toks[i] {
		case "plus":
			acc += n
		case "minus":
			acc -= n
		case "multiplied_by":
			acc *= n
		case "divided_by":
			acc /= n
		default:
			return 0, &WordyError{q, ErrUnknown}
		}
	}
	return acc, nil
}

func main() {
	f := WordCount(`Joe can't tell between 'large' and large. That's the password: 'PASSWORD 123'!", cried the Special Agent.\nSo I fled. one,two,three one fish two fish red fish blue fish`)
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, f[k])
	}
	fmt.Println()
	for _, q := range []string{
		"What is 5?", "What is 1 plus 1?", "What is 53 plus 2?", "What is -1 plus -10?",
		"What is 25 divided by 5?", "What is 2 multiplied by -2 multiplied by 3?",
		"What is 1 plus 5 minus -2?", "What is 52 cubed?", "Who is the President of the United States?",
		"What is 1 plus?", "What is 1 plus plus 2?", "What is?", "What is 1 plus x?",
	} {
		n, err := Answer(q)
		var we *WordyError
		switch {
		case errors.As(err, &we) && errors.Is(err, ErrSyntax):
			fmt.Printf("%-45s syntax: %v\n", q, we)
		case errors.Is(err, ErrUnknown):
			fmt.Printf("%-45s unknown: %v\n", q, err)
		default:
			fmt.Printf("%-45s = %d\n", q, n)
		}
	}
}
