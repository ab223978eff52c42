package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
)

const problemsCSV = `5+5,10
7+3,10
1+1,2
8+3,11
1+2,3
8+6,14
3+1,4
1+4,5
5+1,6
2+3,5
3+3,6
2+4,6
5+2,7
"what 2+2, sir?",4
`

type problem struct {
	q string
	a string
}

func parseLines(lines [][]string) []problem {
	ret := make([]problem, len(lines))
	for i, line := range lines {
		ret[i] = problem{
			q: line[0],
			a: strings.TrimSpace(line[1]),
		}
	}
	return ret
}

func exit(msg string) {
	fmt.Println(msg)
	os.Exit(1)
}

type Quiz struct {
	problems []problem
	correct  int
	wrong    []int
}

func (q *Quiz) Run(answers io.Reader, out io.Writer) {
	sc := bufio.NewScanner(answers)
	for i, p := range q.problems {
		fmt.Fprintf(out, "Problem #%d: %s = ", i+1, p.q)
		if !sc.Scan() {
			fmt.Fprintln(out, "(no answer)")
			q.wrong = append(q.wrong, i+1)
			continue
		}
		ans := strings.TrimSpace(sc.Text())
		fmt.Fprintln(out, ans)
		if ans == p.a {
			q.correct++
		} else {
			q.wrong = append(q.wrong, i+1)
		}
	}
}

func main() {
	r := csv.NewReader(strings.NewReader(problemsCSV))
	lines, err := r.ReadAll()
	if err != nil {
		exit("Failed to parse the provided CSV file.")
	}
	problems := parseLines(lines)
	fmt.Printf("loaded %d problems; last: %+v\n", len(problems), problems[len(problems)-1])
	answers := "10\n10\n2\n12\n3\n14\n 4 \nfive\n6\n5\n"
	q := &Quiz{problems: problems}
	var sb strings.Builder
	q.Run(strings.NewReader(answers), &sb)
	fmt.Print(sb.String())
	fmt.Printf("You scored %d out of %d.\n", q.correct, len(problems))
	fmt.Printf("wrong: %v\n", q.wrong)
	pct := float64(q.correct) / float64(len(problems)) * 100
	fmt.Printf("%.1f%%\n", pct)

	_, err = csv.NewReader(strings.NewReader("a,b\n\"unterminated,c\n")).ReadAll()
	fmt.Println("bad csv:", err)
	if pe, ok := err.(*csv.ParseError); ok {
		fmt.Println("line", pe.Line, "col", pe.Column, pe.Err == csv.ErrQuote)
	}
}
