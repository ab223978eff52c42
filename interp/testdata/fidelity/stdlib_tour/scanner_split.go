package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"text/scanner"
)

// commaSplit splits on commas, trimming spaces around each field.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i := 0; i < len(data); i++ {
		if data[i] == ',' {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	s := bufio.NewScanner(strings.NewReader("red, green ,blue,  cyan magenta ,yellow"))
	s.Split(commaSplit)
	i := 0
	for s.Scan() {
		i++
		fmt.Printf("%d:%q ", i, s.Text())
	}
	fmt.Println()

	words := bufio.NewScanner(strings.NewReader("the rain\tin spain\nfalls  mainly"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Println(rs, len(rs))

	numbers := bufio.NewScanner(strings.NewReader("1234 5678 1234567901234567890"))
	numbers.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		advance, token, err := bufio.ScanWords(data, atEOF)
		if err == nil && token != nil && len(token) > 10 {
			return 0, nil, fmt.Errorf("token too long: %d digits", len(token))
		}
		return advance, token, err
	})
	for numbers.Scan() {
		fmt.Println("num", numbers.Text())
	}
	fmt.Println("err:", numbers.Err())

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nok\n"))
	small.Buffer(make([]byte, 16), 32)
	for small.Scan() {
		fmt.Println("line", small.Text())
	}
	fmt.Println("small err:", small.Err())

	const src = `// comment
x := 3.14 + foo("bar", 'c') // trailing
if x >= 10 { return }`
	var sc scanner.Scanner
	sc.Init(strings.NewReader(src))
	sc.Filename = "example"
	for tok := sc.Scan(); tok != scanner.EOF; tok = sc.Scan() {
		fmt.Printf("%s: %s %q\n", sc.Position, scanner.TokenString(tok), sc.TokenText())
	}

	var sc2 scanner.Scanner
	sc2.Init(strings.NewReader("a+b // keep\n"))
	sc2.Mode ^= scanner.SkipComments
	sc2.Whitespace ^= 1 << '\n'
	for tok := sc2.Scan(); tok != scanner.EOF; tok = sc2.Scan() {
		fmt.Printf("[%s %q] ", scanner.TokenString(tok), sc2.TokenText())
	}
	fmt.Println()

	lines := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d=%q ", n, lines.Bytes())
	}
	fmt.Println()
}
