package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type Record struct {
	ID    uint32
	Temp  int16
	Humid uint8
	_     uint8
}

func encode(recs []Record) []byte {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'S', 'N', 'S', 'R'}, Version: 2, Flags: 0x8001, Count: uint32(len(recs))}
	binary.Write(&buf, binary.BigEndian, h)
	for _, r := range recs {
		binary.Write(&buf, binary.LittleEndian, r)
	}
	sum := crc32.ChecksumIEEE(buf.Bytes())
	buf.Write(binary.BigEndian.AppendUint32(nil, sum))
	return buf.Bytes()
}

var ErrChecksum = errors.New("checksum mismatch")

func decode(b []byte) (Header, []Record, error) {
	var h Header
	if len(b) < 4 {
		return h, nil, io.ErrUnexpectedEOF
	}
	body, tail := b[:len(b)-4], b[len(b)-4:]
	if got, want := crc32.ChecksumIEEE(body), binary.BigEndian.Uint32(tail); got != want {
		return h, nil, fmt.Errorf("decode: %w (got %08x want %08x)", ErrChecksum, got, want)
	}
	r := bytes.NewReader(body)
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, err
	}
	recs := make([]Record, h.Count)
	if err := binary.Read(r, binary.LittleEndian, recs); err != nil {
		return h, nil, err
	}
	return h, recs, nil
}

func main() {
	recs := []Record{{1, -45, 80, 0}, {2, 231, 55, 0}, {65536, -32768, 255, 0}}
	data := encode(recs)
	fmt.Println(len(data), binary.Size(Header{}), binary.Size(recs))
	fmt.Println(hex.EncodeToString(data[:12]))
	fmt.Print(hex.Dump(data[12:28]))
	h, out, err := decode(data)
	fmt.Printf("%s v%d flags=%#04x count=%d err=%v\n", h.Magic[:], h.Version, h.Flags, h.Count, err)
	for _, r := range out {
		fmt.Printf("%+v temp=%.1f\n", r, float64(r.Temp)/10)
	}
	data[13] ^= 0xff
	_, _, err = decode(data)
	fmt.Println(err, errors.Is(err, ErrChecksum))
	_, _, err = decode(data[:2])
	fmt.Println(err)
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Printf("% x %d %d\n", vb, v, n)
}
