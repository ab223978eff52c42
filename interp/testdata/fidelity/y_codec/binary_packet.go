package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [2]byte
	Version uint8
	Flags   uint8
	Length  uint16
	Seq     uint32
}

type Packet struct {
	Header
	Payload []byte
	CRC     uint32
}

const (
	FlagAck uint8 = 1 << iota
	FlagFin
	FlagUrgent
)

func (p *Packet) Encode() []byte {
	var buf bytes.Buffer
	p.Length = uint16(len(p.Payload))
	binary.Write(&buf, binary.BigEndian, p.Header)
	buf.Write(p.Payload)
	p.CRC = crc32.ChecksumIEEE(buf.Bytes())
	binary.Write(&buf, binary.BigEndian, p.CRC)
	return buf.Bytes()
}

var ErrChecksum = errors.New("checksum mismatch")

func Decode(b []byte) (*Packet, error) {
	r := bytes.NewReader(b)
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if p.Magic != [2]byte{'G', 'P'} {
		return nil, fmt.Errorf("bad magic %q", p.Magic[:])
	}
	p.Payload = make([]byte, p.Length)
	if _, err := io.ReadFull(r, p.Payload); err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &p.CRC); err != nil {
		return nil, fmt.Errorf("crc: %w", err)
	}
	if want := crc32.ChecksumIEEE(b[:len(b)-4]); want != p.CRC {
		return nil, fmt.Errorf("%w: got %08x want %08x", ErrChecksum, p.CRC, want)
	}
	return &p, nil
}

func flags(f uint8) string {
	s := ""
	for i, n := range []string{"ACK", "FIN", "URG"} {
		if f&(1<<i) != 0 {
			s += n + " "
		}
	}
	return s
}

func main() {
	p := &Packet{Header: Header{Magic: [2]byte{'G', 'P'}, Version: 2, Flags: FlagAck | FlagUrgent, Seq: 0xDEADBEEF}, Payload: []byte("hello")}
	raw := p.Encode()
	fmt.Println(hex.EncodeToString(raw), len(raw), binary.Size(p.Header))
	fmt.Print(hex.Dump(raw[:12]))
	fmt.Println(base64.StdEncoding.EncodeToString(raw), base64.RawURLEncoding.EncodeToString(raw[:7]))
	q, err := Decode(raw)
	fmt.Printf("%v %+v %q %s\n", err, q.Header, q.Payload, flags(q.Flags))
	raw[9] ^= 0xff
	_, err = Decode(raw)
	fmt.Println(err, errors.Is(err, ErrChecksum))
	_, err = Decode(raw[:5])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, err = Decode([]byte("XX\x01\x00\x00\x00\x00\x00\x00\x00"))
	fmt.Println(err)
	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Println(le, binary.BigEndian.Uint32(le), binary.LittleEndian.Uint16(le[6:]))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -3)
	u, n := binary.Uvarint(vb)
	s, m := binary.Varint(vb[n:])
	fmt.Printf("% x %d %d %d %d\n", vb, u, n, s, m)
	dec, err := hex.DecodeString("4g")
	fmt.Println(dec, err)
}
