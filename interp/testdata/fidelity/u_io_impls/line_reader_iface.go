package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type Record struct {
	ID    int
	Name  string
	Score float64
}

func (r Record) String() string {
	return fmt.Sprintf("#%03d %-6s %5.1f", r.ID, r.Name, r.Score)
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// RecordReader decodes records from a CSV-like stream.
type RecordReader struct {
	sc   *bufio.Scanner
	line int
}

func NewRecordReader(r io.Reader) *RecordReader {
	return &RecordReader{sc: bufio.NewScanner(r)}
}

func (rr *RecordReader) Next() (Record, error) {
	for rr.sc.Scan() {
		rr.line++
		text := strings.TrimSpace(rr.sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		parts := strings.Split(text, ",")
		if len(parts) != 3 {
			return Record{}, &ParseError{rr.line, fmt.Errorf("want 3 fields, got %d", len(parts))}
		}
		id, err := strconv.Atoi(parts[0])
		if err != nil {
			return Record{}, &ParseError{rr.line, err}
		}
		score, err := strconv.ParseFloat(parts[2], 64)
		if err != nil {
			return Record{}, &ParseError{rr.line, err}
		}
		return Record{id, parts[1], score}, nil
	}
	if err := rr.sc.Err(); err != nil {
		return Record{}, err
	}
	return Record{}, io.EOF
}

// RecordWriter writes records through any io.Writer.
type RecordWriter struct {
	w io.Writer
	n int
}

func (rw *RecordWriter) Write(r Record) error {
	rw.n++
	_, err := fmt.Fprintln(rw.w, r)
	return err
}

const input = `# id,name,score
1,ann,91.5
2,bob,78

3,cy,x
4,dee,88.25
5,eve
6,fay,100
`

func main() {
	var out strings.Builder
	rw := &RecordWriter{w: &out}
	rr := NewRecordReader(strings.NewReader(input))
	var total float64
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("skip:", pe)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  num error func=%s num=%q\n", ne.Func, ne.Num)
			}
			continue
		}
		total += rec.Score
		rw.Write(rec)
	}
	fmt.Print(out.String())
	fmt.Printf("records=%d total=%.2f avg=%.3f\n", rw.n, total, total/float64(rw.n))
	var sr io.Reader = strings.NewReader("x")
	_, isWT := sr.(io.WriterTo)
	_, isSeeker := sr.(io.Seeker)
	fmt.Println(isWT, isSeeker)
}
