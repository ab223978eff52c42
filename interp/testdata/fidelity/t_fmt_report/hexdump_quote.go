package main

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Packet struct {
	Kind    byte
	Seq     uint16
	Payload []byte
}

func (p Packet) Bytes() []byte {
	b := []byte{p.Kind, byte(p.Seq >> 8), byte(p.Seq), byte(len(p.Payload))}
	return append(b, p.Payload...)
}

func (p Packet) String() string {
	return fmt.Sprintf("pkt[k=%#02x seq=%d len=%d]", p.Kind, p.Seq, len(p.Payload))
}

func checksum(b []byte) (sum uint8) {
	for _, x := range b {
		sum ^= x
	}
	return
}

func main() {
	p := Packet{0x7f, 513, []byte("héllo, 世界\x00\xff")}
	raw := p.Bytes()
	fmt.Println(p)
	fmt.Print(hex.Dump(raw))
	fmt.Println(hex.EncodeToString(raw[:6]))
	fmt.Printf("% X\n", raw[:8])
	fmt.Printf("checksum %08b %#o %3d\n", checksum(raw), checksum(raw), checksum(raw))

	s := string(p.Payload)
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Printf("%q\n%+q\n%x\n", s, s, s)
	for i, r := range "aé世\xff" {
		fmt.Printf("%d:%U:%q:%d ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	u, err := strconv.Unquote(`"tab\tnew\nline \u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	var sb strings.Builder
	for _, b := range []byte("Go\n") {
		fmt.Fprintf(&sb, "\\x%02x", b)
	}
	fmt.Println(sb.String(), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(1<<20))
	fmt.Println(strconv.AppendQuote([]byte("q:"), "x\"y"), string(strconv.AppendInt(nil, 42, 36)))
}
