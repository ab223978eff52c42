package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
	Offset  int64
}

type Point struct {
	X, Y int32
	Z    float32
}

func main() {
	h := Header{Magic: [4]byte{'G', 'P', 'A', 'D'}, Version: 3, Flags: 0x8001, Length: 1024, Offset: -16}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println("write:", err)
		return
	}
	fmt.Println("size:", binary.Size(h), "written:", buf.Len())
	fmt.Printf("% x\n", buf.Bytes())

	var back Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back); err != nil {
		fmt.Println("read:", err)
		return
	}
	fmt.Printf("%s v%d flags=%#04x len=%d off=%d equal=%v\n", back.Magic[:], back.Version, back.Flags, back.Length, back.Offset, back == h)

	pts := []Point{{1, 2, 0.5}, {-3, 4, 1.25}}
	var pb bytes.Buffer
	binary.Write(&pb, binary.LittleEndian, pts)
	fmt.Printf("% x\n", pb.Bytes())
	got := make([]Point, 2)
	binary.Read(&pb, binary.LittleEndian, got)
	fmt.Println(got)

	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0xcafe)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x %#x\n", binary.LittleEndian.Uint32(b), binary.BigEndian.Uint16(b[4:]))
	fmt.Printf("%#x\n", binary.BigEndian.Uint64(b))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, 1 << 40} {
		n := binary.PutVarint(vb, v)
		d, m := binary.Varint(vb[:n])
		fmt.Printf("%14d -> % x (%d bytes) -> %d/%d\n", v, vb[:n], n, d, m)
	}
	for _, v := range []uint64{127, 128, 16384} {
		n := binary.PutUvarint(vb, v)
		fmt.Printf("u%d -> % x\n", v, vb[:n])
	}

	var stream bytes.Buffer
	for _, v := range []uint64{5, 500, 50000} {
		stream.Write(binary.AppendUvarint(nil, v))
	}
	r := bytes.NewReader(stream.Bytes())
	for {
		v, err := binary.ReadUvarint(r)
		if err == io.EOF {
			break
		}
		fmt.Println("stream value", v, err)
	}

	app := binary.BigEndian.AppendUint32([]byte{0xff}, 7)
	fmt.Println(app, binary.BigEndian.String(), binary.LittleEndian)

	var short Header
	err := binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.BigEndian, &short)
	fmt.Println("short read:", err)
}
