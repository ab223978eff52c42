package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	msg := []byte("Go gophers! ?>")
	std := base64.StdEncoding.EncodeToString(msg)
	url := base64.URLEncoding.EncodeToString(msg)
	raw := base64.RawStdEncoding.EncodeToString(msg)
	fmt.Println(std)
	fmt.Println(url)
	fmt.Println(raw)

	dec, err := base64.StdEncoding.DecodeString(std)
	fmt.Println(string(dec), err)

	_, err = base64.StdEncoding.DecodeString("not*base64")
	fmt.Println(err)

	h := hex.EncodeToString([]byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(h)

	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)

	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("hexdump of twenty b")))
}
