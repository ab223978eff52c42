// bytes.Buffer as a growable reader/writer: writing with Fprintf,
// reading lines back, and the bytes package's slice helpers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Record struct {
	ID    int
	Name  string
	Score float64
}

func encode(w io.Writer, recs []Record) error {
	for _, r := range recs {
		if _, err := fmt.Fprintf(w, "%d|%s|%.1f\n", r.ID, r.Name, r.Score); err != nil {
			return err
		}
	}
	return nil
}

func decode(buf *bytes.Buffer) ([]Record, error) {
	var out []Record
	for {
		line, err := buf.ReadString('\n')
		if len(line) > 0 {
			var r Record
			parts := strings.Split(strings.TrimSuffix(line, "\n"), "|")
			if len(parts) != 3 {
				return out, fmt.Errorf("bad line %q", line)
			}
			fmt.Sscan(parts[0], &r.ID)
			r.Name = parts[1]
			fmt.Sscan(parts[2], &r.Score)
			out = append(out, r)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

func main() {
	var buf bytes.Buffer
	recs := []Record{{1, "ada", 9.5}, {2, "bob", 7.25}, {3, "cy", 10}}
	if err := encode(&buf, recs); err != nil {
		panic(err)
	}
	fmt.Printf("%d bytes:\n%s", buf.Len(), buf.String())

	back, err := decode(&buf)
	fmt.Println(back, err, buf.Len())

	buf.WriteString("héllo")
	buf.WriteByte(' ')
	buf.WriteRune('世')
	buf.Write([]byte{'!', '\n'})
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.Len())
	buf.UnreadRune()
	b := buf.Next(3)
	fmt.Printf("%q %q\n", b, buf.String())
	buf.Truncate(2)
	fmt.Printf("%q\n", buf.Bytes())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")

	data := []byte("  alpha,beta,,gamma  ")
	trimmed := bytes.TrimSpace(data)
	fmt.Printf("%q\n", bytes.Split(trimmed, []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y\tz ")))
	fmt.Println(bytes.Contains(data, []byte("beta")), bytes.Index(data, []byte("gamma")), bytes.Count(data, []byte(",")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.HasPrefix(trimmed, []byte("alp")))
	up := bytes.ToUpper(trimmed)
	fmt.Println(string(up), string(bytes.Repeat([]byte("ab"), 3)))
	fmt.Println(string(bytes.ReplaceAll(trimmed, []byte(","), []byte(" | "))))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))

	var out bytes.Buffer
	n, _ := io.Copy(&out, strings.NewReader("copied text"))
	fmt.Println(n, out.String())
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(4, io.SeekStart)
	part := make([]byte, 3)
	io.ReadFull(rd, part)
	fmt.Println(string(part), rd.Len())

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
