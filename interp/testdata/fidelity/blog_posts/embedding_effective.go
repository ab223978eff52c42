package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"sort"
	"strings"
)

// From Effective Go: embedding, interfaces, Stringer, sort.Interface.

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...interface{}) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type ReadWriter struct {
	*bufio.Reader
	*bufio.Writer
}

type Counter int

func (c *Counter) Write(p []byte) (int, error) {
	*c += Counter(len(p))
	return len(p), nil
}

func (c Counter) String() string { return fmt.Sprintf("%d bytes", int(c)) }

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	s := Sequence{5, 2, 8, 1, 9}
	fmt.Println(s, []int(s), len(s))
	fmt.Printf("%v %d\n", s, s)

	var logs bytes.Buffer
	job := NewJob("rm -rf /tmp/x", log.New(&logs, "job: ", 0))
	job.Printf("starting %d workers", 3)
	job.Println("plain println via embedded logger")
	fmt.Print(logs.String())

	in := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	var outBuf bytes.Buffer
	rw := ReadWriter{in, bufio.NewWriter(&outBuf)}
	for {
		line, err := rw.ReadString('\n')
		if err == io.EOF {
			break
		}
		rw.WriteString(strings.ToUpper(line))
	}
	rw.Flush()
	fmt.Print(outBuf.String())

	var c Counter
	w := io.MultiWriter(&c, upper{&outBuf})
	fmt.Fprintf(w, "hello %s\n", "effective go")
	fmt.Println(c, &c == nil)
	fmt.Print(outBuf.String())
	var sw fmt.Stringer = c
	fmt.Println(sw.String())
	if _, ok := sw.(io.Writer); !ok {
		fmt.Println("Counter value is not a Writer")
	}
	var wr io.Writer = &c
	if st, ok := wr.(fmt.Stringer); ok {
		fmt.Println("pointer is a Stringer:", st)
	}
}
