package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Job embeds a *Logger-like writer, the way Effective Go shows embedding.
type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Job struct {
	Command string
	*Logger
}

func NewJob(command string) *Job {
	return &Job{command, &Logger{prefix: "[" + command + "] "}}
}

// ReadWriter combines a reader and a writer by embedding.
type ReadWriter struct {
	*bufio.Reader
	*bufio.Writer
}

type upperWriter struct {
	io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

func main() {
	job := NewJob("build")
	job.Logf("starting %d steps", 3)
	for i := 1; i <= 3; i++ {
		job.Logf("step %d done", i)
	}
	job.Logger.Logf("finished")
	for _, l := range job.lines {
		fmt.Println(l)
	}

	var out bytes.Buffer
	rw := ReadWriter{bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma\n")), bufio.NewWriter(&out)}
	n := 0
	for {
		line, err := rw.ReadString('\n')
		if err == io.EOF {
			break
		}
		n++
		fmt.Fprintf(rw, "%d:%s", n, line)
	}
	rw.Flush()
	fmt.Print(out.String())

	var sb strings.Builder
	uw := upperWriter{&sb}
	fmt.Fprintf(uw, "hello, %s! ", "gopher")
	io.WriteString(uw, "embedded writers work")
	fmt.Println(sb.String())
	fmt.Printf("job command=%q lines=%d\n", job.Command, len(job.lines))
}
