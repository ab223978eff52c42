package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

type Record struct {
	ID    uint16
	Temp  int16
	Flags uint8
	Name  string
}

func encode(w io.Writer, r Record) error {
	if err := binary.Write(w, binary.BigEndian, r.ID); err != nil {
		return err
	}
	if err := binary.Write(w, binary.BigEndian, r.Temp); err != nil {
		return err
	}
	if _, err := w.Write([]byte{r.Flags, byte(len(r.Name))}); err != nil {
		return err
	}
	_, err := io.WriteString(w, r.Name)
	return err
}

func decode(r *bytes.Reader) (Record, error) {
	var rec Record
	if err := binary.Read(r, binary.BigEndian, &rec.ID); err != nil {
		return rec, fmt.Errorf("id: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &rec.Temp); err != nil {
		return rec, fmt.Errorf("temp: %w", err)
	}
	hdr := make([]byte, 2)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return rec, fmt.Errorf("header: %w", err)
	}
	rec.Flags = hdr[0]
	name := make([]byte, hdr[1])
	if _, err := io.ReadFull(r, name); err != nil {
		return rec, fmt.Errorf("name: %w", err)
	}
	rec.Name = string(name)
	return rec, nil
}

func main() {
	var buf bytes.Buffer
	recs := []Record{{1, -40, 0x3, "north"}, {513, 215, 0x80, "s"}, {65535, 0, 0, ""}}
	for _, r := range recs {
		if err := encode(&buf, r); err != nil {
			fmt.Println("encode:", err)
		}
	}
	fmt.Println("encoded", buf.Len(), "bytes")
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	fmt.Print(hex.Dump(buf.Bytes()[:20]))

	rd := bytes.NewReader(buf.Bytes())
	for {
		rec, err := decode(rd)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%+v flags=%08b\n", rec, rec.Flags)
	}

	truncated := bytes.NewReader(buf.Bytes()[:8])
	_, err := decode(truncated)
	_, err = decode(truncated)
	fmt.Println("truncated:", err)

	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	fmt.Fprintf(w, "%-6s|%6s|\n", "left", "right")
	w.WriteString("line two\n")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println("buffered:", w.Buffered(), "written:", out.Len())
	w.Flush()
	fmt.Printf("%q\n", out.String())

	line, err := out.ReadString('\n')
	fmt.Printf("%q %v rest=%d\n", line, err, out.Len())
	b, _ := out.ReadByte()
	out.UnreadByte()
	fmt.Printf("%c %q\n", b, out.Next(4))

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fields := bytes.Split([]byte("x,y,,z"), []byte(","))
	fmt.Printf("%d %q\n", len(fields), fields)
	fmt.Println(string(bytes.ToUpper([]byte("shout"))), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Println(string(bytes.Title([]byte("x"))), bytes.HasPrefix([]byte("golang"), []byte("go")))

	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(n, ":", sc.Text(), " ")
	}
	fmt.Println()
	var le [4]byte
	binary.LittleEndian.PutUint32(le[:], 0xdeadbeef)
	fmt.Printf("% x %d\n", le, binary.BigEndian.Uint16(le[:2]))
	vb := binary.AppendUvarint(nil, 300)
	v, k := binary.Uvarint(vb)
	fmt.Println(vb, v, k)
}
