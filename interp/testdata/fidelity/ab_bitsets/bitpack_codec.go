package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type BitWriter struct {
	buf   bytes.Buffer
	acc   uint64
	nbits uint
}

func (w *BitWriter) Write(v uint64, n uint) {
	w.acc |= (v & (1<<n - 1)) << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.buf.WriteByte(byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

func (w *BitWriter) Bytes() []byte {
	out := append([]byte(nil), w.buf.Bytes()...)
	if w.nbits > 0 {
		out = append(out, byte(w.acc))
	}
	return out
}

type BitReader struct {
	data  []byte
	pos   int
	acc   uint64
	nbits uint
}

var ErrShort = errors.New("bit stream exhausted")

func (r *BitReader) Read(n uint) (uint64, error) {
	for r.nbits < n {
		if r.pos >= len(r.data) {
			return 0, fmt.Errorf("read %d bits at byte %d: %w", n, r.pos, ErrShort)
		}
		r.acc |= uint64(r.data[r.pos]) << r.nbits
		r.pos++
		r.nbits += 8
	}
	v := r.acc & (1<<n - 1)
	r.acc >>= n
	r.nbits -= n
	return v, nil
}

func zigzag(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// EncodeDeltas packs sorted-ish int64s as zigzag deltas with a fixed width per block.
func EncodeDeltas(xs []int64) []byte {
	var w BitWriter
	w.Write(uint64(len(xs)), 16)
	prev := int64(0)
	deltas := make([]uint64, len(xs))
	width := uint(1)
	for i, x := range xs {
		deltas[i] = zigzag(x - prev)
		prev = x
		for deltas[i]>>width != 0 {
			width++
		}
	}
	w.Write(uint64(width), 6)
	for _, d := range deltas {
		w.Write(d, width)
	}
	return w.Bytes()
}

func DecodeDeltas(b []byte) ([]int64, error) {
	r := &BitReader{data: b}
	n, err := r.Read(16)
	if err != nil {
		return nil, err
	}
	width, err := r.Read(6)
	if err != nil {
		return nil, err
	}
	out := make([]int64, 0, n)
	prev := int64(0)
	for i := uint64(0); i < n; i++ {
		d, err := r.Read(uint(width))
		if err != nil {
			return out, fmt.Errorf("value %d: %w", i, err)
		}
		prev += unzigzag(d)
		out = append(out, prev)
	}
	return out, nil
}

func main() {
	series := [][]int64{
		{1000, 1003, 1003, 1010, 1008, 1020},
		{-5, -4, -3, 0, 7},
		{0},
		{1 << 40, 1<<40 + 1, 1 << 39},
		{},
	}
	for _, s := range series {
		enc := EncodeDeltas(s)
		dec, err := DecodeDeltas(enc)
		var raw bytes.Buffer
		binary.Write(&raw, binary.LittleEndian, s)
		fmt.Printf("%-32s %2dB (raw %3dB) % x -> %v %v\n", fmt.Sprint(s), len(enc), raw.Len(), enc, dec, err)
	}
	enc := EncodeDeltas(series[0])
	_, err := DecodeDeltas(enc[:len(enc)-2])
	fmt.Println(err, errors.Is(err, ErrShort))
	for _, v := range []int64{0, -1, 1, -2, 63, -64, 1<<62 - 1, -1 << 63} {
		fmt.Printf("%d->%d->%d ", v, zigzag(v), unzigzag(zigzag(v)))
	}
	fmt.Println()
	buf := binary.AppendUvarint(nil, 300)
	buf = binary.AppendVarint(buf, -300)
	u, n1 := binary.Uvarint(buf)
	s, n2 := binary.Varint(buf[n1:])
	fmt.Printf("% x %d %d %d %d\n", buf, u, n1, s, n2)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80, 0x80}))
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	var w BitWriter
	for i := uint64(0); i < 10; i++ {
		w.Write(i, 3)
	}
	fmt.Printf("%08b\n", w.Bytes())
}
