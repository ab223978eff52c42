package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/template"
	"unicode"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += n
	c.Lines += strings.Count(string(p[:n]), "\n")
	return n, err
}

type UpperWriter struct{ io.Writer }

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

type Indent struct {
	W      io.Writer
	Prefix string
	midln  bool
}

func (in *Indent) Write(p []byte) (int, error) {
	var b strings.Builder
	for _, r := range string(p) {
		if !in.midln {
			b.WriteString(in.Prefix)
			in.midln = true
		}
		b.WriteRune(r)
		if r == '\n' {
			in.midln = false
		}
	}
	_, err := io.WriteString(in.W, b.String())
	return len(p), err
}

type Item struct {
	Name  string
	Score float64
}

type byScore []Item

func (b byScore) Len() int           { return len(b) }
func (b byScore) Less(i, j int) bool { return b[i].Score < b[j].Score }
func (b byScore) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func (i Item) Grade() string {
	switch {
	case i.Score >= 90:
		return "A"
	case i.Score >= 75:
		return "B"
	}
	return "C"
}

const report = `{{range $i, $it := .}}{{if $i}}
{{end}}{{printf "%-6s" $it.Name}} {{printf "%5.1f" $it.Score}} {{$it.Grade}}{{end}}
`

func main() {
	cw := &CountingWriter{W: os.Stdout}
	in := &Indent{W: cw, Prefix: "  | "}
	items := []Item{{"ann", 91.5}, {"bob", 72}, {"cy", 88.25}, {"dee", 99}}
	sort.Sort(sort.Reverse(byScore(items)))
	t := template.Must(template.New("r").Parse(report))
	if err := t.Execute(in, items); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Fprintf(UpperWriter{in}, "total %d items\n", len(items))
	bw := bufio.NewWriter(cw)
	fmt.Fprintln(bw, "buffered line one")
	fmt.Fprintf(bw, "buffered %s\n", "line two")
	fmt.Println("before flush:", cw.Lines, "lines")
	bw.Flush()
	fmt.Println("after flush:", cw.Lines, "lines", cw.Bytes, "bytes")
	var sb strings.Builder
	mw := io.MultiWriter(&sb, UpperWriter{&sb})
	fmt.Fprint(mw, "ab")
	fmt.Println(sb.String())
	n, err := io.Copy(in, strings.NewReader("copied\ntext\n"))
	fmt.Println(n, err, cw.Lines)
	r := io.TeeReader(strings.NewReader("Tee Me"), UpperWriter{os.Stdout})
	data, _ := io.ReadAll(r)
	fmt.Printf("\n%q\n", data)
	words := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(words, sort.IsSorted(sort.Reverse(byScore(items))))
}
