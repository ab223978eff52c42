package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type Kind byte

const (
	KString Kind = iota + 1
	KInt
	KFloat
	KList
)

func (k Kind) String() string {
	switch k {
	case KString:
		return "str"
	case KInt:
		return "int"
	case KFloat:
		return "float"
	case KList:
		return "list"
	}
	return fmt.Sprintf("kind%d", byte(k))
}

type Encoder struct{ w *bytes.Buffer }

func (e *Encoder) header(k Kind, n int) {
	e.w.WriteByte(byte(k))
	e.w.Write(binary.AppendUvarint(nil, uint64(n)))
}

func (e *Encoder) Encode(v any) error {
	switch x := v.(type) {
	case string:
		e.header(KString, len(x))
		e.w.WriteString(x)
	case int:
		b := binary.AppendVarint(nil, int64(x))
		e.header(KInt, len(b))
		e.w.Write(b)
	case float64:
		e.header(KFloat, 8)
		binary.Write(e.w, binary.BigEndian, math.Float64bits(x))
	case []any:
		e.header(KList, len(x))
		for _, el := range x {
			if err := e.Encode(el); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unsupported type %T", v)
	}
	return nil
}

var ErrTruncated = errors.New("truncated")

func Decode(r *bytes.Reader) (any, error) {
	kb, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("length: %w", ErrTruncated)
	}
	switch k := Kind(kb); k {
	case KList:
		out := make([]any, 0, n)
		for range n {
			v, err := Decode(r)
			if err != nil {
				return out, err
			}
			out = append(out, v)
		}
		return out, nil
	default:
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("%v body: %w", k, ErrTruncated)
		}
		switch k {
		case KString:
			return string(buf), nil
		case KInt:
			v, _ := binary.Varint(buf)
			return int(v), nil
		case KFloat:
			return math.Float64frombits(binary.BigEndian.Uint64(buf)), nil
		}
		return nil, fmt.Errorf("unknown %v", k)
	}
}

func main() {
	var buf bytes.Buffer
	enc := &Encoder{&buf}
	values := []any{"hi", 42, -300, 3.5, []any{"nested", 1, []any{}}, math.Inf(-1)}
	for _, v := range values {
		if err := enc.Encode(v); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(enc.Encode(map[string]int{}), enc.Encode(int8(3)))
	data := buf.Bytes()
	fmt.Printf("%d bytes: % x\n", len(data), data[:20])
	r := bytes.NewReader(data)
	for {
		v, err := Decode(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	for _, cut := range []int{1, 4, 25} {
		r := bytes.NewReader(data[:cut])
		var got []any
		var err error
		for {
			var v any
			v, err = Decode(r)
			if err != nil {
				break
			}
			got = append(got, v)
		}
		fmt.Println(cut, got, err, errors.Is(err, ErrTruncated), r.Len())
	}
	bad := bytes.NewReader([]byte{9, 1, 0})
	_, err := Decode(bad)
	fmt.Println(err)
}
