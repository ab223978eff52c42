package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	Tags  []string
}

func parseRecords(r io.Reader) ([]Record, []error) {
	br := bufio.NewReader(r)
	var recs []Record
	var errs []error
	lineNo := 0
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			lineNo++
			line = strings.TrimRight(line, "\r\n")
			var rec Record
			var tags string
			n, serr := fmt.Sscanf(line, "%s %d %g %s", &rec.Name, &rec.Age, &rec.Score, &tags)
			switch {
			case serr != nil && n < 3:
				errs = append(errs, fmt.Errorf("line %d (%q): parsed %d fields: %v", lineNo, line, n, serr))
			default:
				if tags != "" {
					rec.Tags = strings.Split(tags, ",")
				}
				recs = append(recs, rec)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			break
		}
	}
	return recs, errs
}

const data = "alice 30 91.5 admin,dev\nbob 25 78\ncarol x 66.6 ops\n\ndave 41 1e2 qa\nerin 22 -3.5e-1"

func main() {
	recs, errs := parseRecords(strings.NewReader(data))
	for _, r := range recs {
		fmt.Printf("%-6s %3d %7.2f %q\n", r.Name, r.Age, r.Score, r.Tags)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}

	var buf bytes.Buffer
	buf.WriteString("Hello, ")
	buf.WriteByte('W')
	buf.WriteRune('ö')
	fmt.Fprintf(&buf, "rld %d!", 42)
	fmt.Println(buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Printf("%q %d %q\n", b[:n], buf.Len(), buf.String())

	caesar := func(shift rune) func(rune) rune {
		return func(r rune) rune {
			switch {
			case unicode.IsLower(r):
				return 'a' + (r-'a'+shift+26)%26
			case unicode.IsUpper(r):
				return 'A' + (r-'A'+shift+26)%26
			}
			return r
		}
	}
	enc := strings.Map(caesar(3), "Attack at Dawn, xyz!")
	fmt.Println(enc, strings.Map(caesar(-3), enc))
	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}, "Programming in Go is fun")
	fmt.Println(noVowels)

	sc := bufio.NewScanner(strings.NewReader("a,b;;c,d;e"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexAny(data, ",;"); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %d\n", toks, len(toks))
	var x, y int
	var op string
	k, err := fmt.Sscan("12 + 30", &x, &op, &y)
	fmt.Println(k, err, x, op, y)
	k, err = fmt.Sscanln("7 8\n9", &x, &y)
	fmt.Println(k, err, x, y)
}
