package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

type Point struct {
	X, Y int16
	Z    float32
}

func encode(pts []Point, flags uint16) ([]byte, error) {
	var body bytes.Buffer
	for _, p := range pts {
		if err := binary.Write(&body, binary.LittleEndian, p); err != nil {
			return nil, err
		}
	}
	h := Header{Magic: [4]byte{'P', 'T', 'S', '1'}, Version: 2, Flags: flags, Length: uint32(body.Len())}
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, h)
	out.Write(body.Bytes())
	return out.Bytes(), nil
}

var errMagic = errors.New("bad magic")

func decode(data []byte) (Header, []Point, error) {
	r := bytes.NewReader(data)
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	if string(h.Magic[:]) != "PTS1" {
		return h, nil, errMagic
	}
	n := int(h.Length) / binary.Size(Point{})
	pts := make([]Point, n)
	if err := binary.Read(r, binary.LittleEndian, pts); err != nil {
		return h, nil, fmt.Errorf("body: %w", err)
	}
	return h, pts, nil
}

func main() {
	pts := []Point{{1, -2, 0.5}, {300, 400, -1.25}, {-32768, 32767, 3}}
	data, _ := encode(pts, 0x8001)
	fmt.Println(len(data), binary.Size(Header{}), binary.Size(pts))
	fmt.Print(hex.Dump(data))
	h, got, err := decode(data)
	fmt.Printf("%+v %v %v\n", h, got, err)
	fmt.Printf("%s %#04x\n", h.Magic[:], h.Flags)

	_, _, err = decode(data[:10])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, _, err = decode(data[:3])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF))
	bad := bytes.Clone(data)
	bad[0] = 'X'
	_, _, err = decode(bad)
	fmt.Println(err)

	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xDEADBEEF)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(hex.EncodeToString(buf), binary.BigEndian.Uint16(buf[4:]), binary.LittleEndian.Uint32(buf))
	var vb []byte
	for _, v := range []uint64{0, 1, 127, 128, 300, 1 << 40} {
		vb = binary.AppendUvarint(vb, v)
	}
	vb = binary.AppendVarint(vb, -65)
	fmt.Printf("% x\n", vb)
	for len(vb) > 0 {
		v, n := binary.Uvarint(vb)
		fmt.Print(v, "/", n, " ")
		vb = vb[n:]
		if len(vb) == 1 {
			s, _ := binary.Varint(vb)
			fmt.Print("signed ", s)
			break
		}
	}
	fmt.Println()
	be := binary.BigEndian.AppendUint64(nil, 1)
	fmt.Println(be, binary.BigEndian.String(), binary.LittleEndian)
}
