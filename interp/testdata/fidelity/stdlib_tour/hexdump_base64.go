package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog.\x00\x01\x02\xff")
	fmt.Print(hex.Dump(data))

	enc := hex.EncodeToString([]byte("gopad"))
	fmt.Println(enc)
	raw, err := hex.DecodeString(enc)
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("dumper streams "))
	d.Write([]byte("across writes"))
	d.Close()

	msg := []byte("hello?>world~~")
	encodings := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	}
	for _, e := range encodings {
		s := e.enc.EncodeToString(msg)
		back, err := e.enc.DecodeString(s)
		fmt.Printf("%-7s %-22s %s %v len=%d\n", e.name, s, back, err, e.enc.EncodedLen(len(msg)))
	}
	_, err = base64.StdEncoding.DecodeString("!!!!")
	fmt.Println(err)

	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"stream", "ing ", "encoder"} {
		w.Write([]byte(part))
	}
	w.Close()
	fmt.Println(sb.String())

	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(sb.String()))
	out := make([]byte, 100)
	n, _ := dec.Read(out)
	fmt.Printf("%q\n", out[:n])

	fmt.Println(base32.StdEncoding.EncodeToString([]byte("base32!")))
	fmt.Println(base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("hi")))

	dst := make([]byte, hex.EncodedLen(4))
	hex.Encode(dst, []byte{1, 0xab, 0x10, 0xff})
	fmt.Println(string(dst), strings.ToUpper(string(dst)))
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "hey")
	app := hex.AppendEncode([]byte("0x"), []byte{0xbe, 0xef})
	fmt.Println(string(app))
}
