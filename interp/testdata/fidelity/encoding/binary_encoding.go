package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

func main() {
	var buf bytes.Buffer
	h := Header{0xCAFEBABE, 2, 5, -1}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("% x\n", buf.Bytes())

	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v\n", back)

	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 1)
	binary.BigEndian.PutUint16(b[4:], 0x0102)
	fmt.Println(b)

	vb := binary.AppendUvarint(nil, 300)
	fmt.Println(vb)

	v, n := binary.Uvarint(vb)
	fmt.Println(v, n)
	fmt.Println(binary.Size(h))
}
