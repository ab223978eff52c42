package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

type Record struct {
	ID    uint16
	Score int32
	Name  string
}

func encode(recs []Record) []byte {
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, uint8(len(recs)))
	for _, r := range recs {
		binary.Write(&buf, binary.BigEndian, r.ID)
		binary.Write(&buf, binary.BigEndian, r.Score)
		buf.WriteByte(byte(len(r.Name)))
		buf.WriteString(r.Name)
	}
	return buf.Bytes()
}

func decode(data []byte) ([]Record, error) {
	rd := bytes.NewReader(data)
	var n uint8
	if err := binary.Read(rd, binary.BigEndian, &n); err != nil {
		return nil, err
	}
	out := make([]Record, 0, n)
	for i := 0; i < int(n); i++ {
		var r Record
		if err := binary.Read(rd, binary.BigEndian, &r.ID); err != nil {
			return out, fmt.Errorf("record %d id: %w", i, err)
		}
		if err := binary.Read(rd, binary.BigEndian, &r.Score); err != nil {
			return out, fmt.Errorf("record %d score: %w", i, err)
		}
		l, err := rd.ReadByte()
		if err != nil {
			return out, fmt.Errorf("record %d len: %w", i, err)
		}
		name := make([]byte, l)
		if _, err := io.ReadFull(rd, name); err != nil {
			return out, fmt.Errorf("record %d name: %w", i, err)
		}
		r.Name = string(name)
		out = append(out, r)
	}
	return out, nil
}

func main() {
	var b bytes.Buffer
	b.WriteString("Hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.Write([]byte("Gophers"))
	fmt.Fprintf(&b, "! %d+%d=%d", 2, 2, 4)
	fmt.Println(b.String(), b.Len())

	word, err := b.ReadString(',')
	fmt.Printf("read %q err=%v remaining=%q\n", word, err, b.String())
	next := b.Next(8)
	fmt.Printf("next %q, left %d\n", next, b.Len())
	b.Truncate(2)
	fmt.Printf("after truncate %q\n", b.String())
	b.Reset()
	fmt.Println("after reset:", b.Len(), b.String() == "")

	recs := []Record{{1, 100, "ann"}, {2, -5, "bob"}, {300, 70000, "carolyn"}}
	data := encode(recs)
	fmt.Printf("encoded %d bytes: % x\n", len(data), data[:12])
	back, err := decode(data)
	fmt.Printf("decoded: %+v err=%v\n", back, err)
	_, err = decode(data[:len(data)-3])
	fmt.Println("truncated:", err)

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fields := bytes.Fields([]byte("  one two\tthree\n"))
	fmt.Printf("%q\n", fields)
	fmt.Printf("%s\n", bytes.ToUpper(bytes.Join(fields, []byte("-"))))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	var sb strings.Builder
	io.Copy(&sb, bytes.NewBufferString("copied through io.Copy"))
	fmt.Println(sb.String(), sb.Len())
	le := make([]byte, 4)
	binary.LittleEndian.PutUint32(le, 0xCAFEBABE)
	fmt.Printf("% x %#x\n", le, binary.BigEndian.Uint32(le))
}
