package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/bits"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
}

func (h Header) Bytes() []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint32(b[0:], h.Magic)
	binary.BigEndian.PutUint16(b[4:], h.Version)
	binary.LittleEndian.PutUint16(b[6:], h.Flags)
	binary.BigEndian.PutUint64(b[8:], h.Length)
	return b
}

func parseHeader(b []byte) Header {
	return Header{
		Magic:   binary.BigEndian.Uint32(b),
		Version: binary.BigEndian.Uint16(b[4:]),
		Flags:   binary.LittleEndian.Uint16(b[6:]),
		Length:  binary.BigEndian.Uint64(b[8:]),
	}
}

func main() {
	h := Header{0xCAFEBABE, 3, 0x0102, 1 << 40}
	b := h.Bytes()
	fmt.Println(hex.EncodeToString(b))
	fmt.Printf("% x\n", b[:8])
	fmt.Printf("%+v\n", parseHeader(b))
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("crc32 %08x\n", crc32.ChecksumIEEE(data))
	f := fnv.New64a()
	f.Write(data)
	fmt.Printf("fnv64a %x\n", f.Sum64())
	fmt.Printf("md5 %x\n", md5.Sum(data))
	sum := sha256.Sum256(data)
	fmt.Println("sha256", hex.EncodeToString(sum[:]))
	fmt.Println(base64.StdEncoding.EncodeToString(data[:10]), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%032b\n", bits.Reverse32(x))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b10010011, 2), bits.RotateLeft8(0b10010011, -1))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	s, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(s, carry)
	buf := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(buf)
	fmt.Println(buf, v, n)
	d, err := hex.DecodeString("zz")
	fmt.Println(d, err)
}
