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
	Length  uint32
}

type Packet struct {
	Header
	Payload []byte
	CRC     uint32
}

var ErrChecksum = errors.New("checksum mismatch")

func (p *Packet) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	p.Length = uint32(len(p.Payload))
	if err := binary.Write(&buf, binary.BigEndian, p.Header); err != nil {
		return nil, err
	}
	buf.Write(p.Payload)
	p.CRC = crc32.ChecksumIEEE(buf.Bytes())
	binary.Write(&buf, binary.BigEndian, p.CRC)
	return buf.Bytes(), nil
}

func Unmarshal(b []byte) (*Packet, error) {
	r := bytes.NewReader(b)
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	p.Payload = make([]byte, p.Length)
	if _, err := io.ReadFull(r, p.Payload); err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &p.CRC); err != nil {
		return nil, fmt.Errorf("crc: %w", err)
	}
	if got := crc32.ChecksumIEEE(b[:len(b)-4]); got != p.CRC {
		return nil, fmt.Errorf("%w: got %08x want %08x", ErrChecksum, got, p.CRC)
	}
	return &p, nil
}

func main() {
	p := &Packet{Header: Header{Magic: [4]byte{'G', 'P', 'A', 'D'}, Version: 2, Flags: 0x8001}, Payload: []byte("hello, packet")}
	b, _ := p.MarshalBinary()
	fmt.Println(hex.EncodeToString(b))
	fmt.Print(hex.Dump(b[:16]))
	fmt.Println("size of header:", binary.Size(p.Header), "crc:", fmt.Sprintf("%#08x", p.CRC))

	q, err := Unmarshal(b)
	fmt.Printf("%s v%d flags=%016b len=%d payload=%q err=%v\n", q.Magic[:], q.Version, q.Flags, q.Length, q.Payload, err)

	bad := bytes.Clone(b)
	bad[14] ^= 0xff
	_, err = Unmarshal(bad)
	fmt.Println(err, errors.Is(err, ErrChecksum))
	_, err = Unmarshal(b[:10])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))

	le := make([]byte, 8)
	binary.LittleEndian.PutUint32(le, 0xdeadbeef)
	binary.BigEndian.PutUint16(le[4:], 513)
	fmt.Printf("% x | %d %d\n", le, binary.LittleEndian.Uint16(le[4:]), binary.BigEndian.Uint32(le))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -129)
	x, n := binary.Uvarint(vb)
	y, m := binary.Varint(vb[n:])
	fmt.Println(vb, x, n, y, m)
}
