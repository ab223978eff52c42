package main

import (
	"encoding/base32"
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	enc := base32.StdEncoding.EncodeToString([]byte("hello"))
	fmt.Println(enc)

	dec, _ := base32.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec))

	block := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Kind": "demo"}, Bytes: []byte("pem encoded payload for the test")}
	pem.Encode(os.Stdout, block)
	p, rest := pem.Decode(pem.EncodeToMemory(block))
	fmt.Println(p.Type, string(p.Bytes), len(rest), p.Headers["Kind"])
}
