package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Token struct {
	User  string   `json:"u"`
	Roles []string `json:"r,omitempty"`
	Exp   int64    `json:"e"`
}

func sign(payload []byte, key string) []byte {
	out := make([]byte, 8)
	for i, b := range payload {
		out[i%8] ^= b + key[i%len(key)]
	}
	return out
}

func Issue(t Token, key string) string {
	p, _ := json.Marshal(t)
	enc := base64.RawURLEncoding
	return enc.EncodeToString(p) + "." + enc.EncodeToString(sign(p, key))
}

var ErrSignature = errors.New("signature mismatch")

func Verify(s, key string) (Token, error) {
	var t Token
	body, sig, ok := strings.Cut(s, ".")
	if !ok {
		return t, errors.New("malformed token")
	}
	p, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil {
		return t, fmt.Errorf("payload: %w", err)
	}
	want, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil {
		return t, fmt.Errorf("sig: %w", err)
	}
	if !bytes.Equal(want, sign(p, key)) {
		return t, ErrSignature
	}
	err = json.Unmarshal(p, &t)
	return t, err
}

func main() {
	data := []byte("hello, 世界!?~")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(data)
		back, err := enc.DecodeString(s)
		fmt.Printf("%-28s %d %v %v\n", s, enc.EncodedLen(len(data)), string(back) == string(data), err)
	}
	_, err := base64.StdEncoding.DecodeString("aGVsbG8=!")
	fmt.Println(err)
	var cie base64.CorruptInputError
	fmt.Println(errors.As(err, &cie), int64(cie))

	tok := Issue(Token{User: "ann", Roles: []string{"admin", "dev"}, Exp: 1700000000}, "k3y")
	fmt.Println(tok)
	t, err := Verify(tok, "k3y")
	fmt.Printf("%+v %v\n", t, err)
	_, err = Verify(tok, "wrong")
	fmt.Println(err, errors.Is(err, ErrSignature))
	_, err = Verify("abc", "k3y")
	fmt.Println(err)
	_, err = Verify("a$b.cd", "k3y")
	fmt.Println(err)

	h := hex.EncodeToString([]byte("Go\x00\xff"))
	fmt.Println(h, strings.ToUpper(h))
	raw, err := hex.DecodeString("476f00ff")
	fmt.Printf("%q %v\n", raw, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(dst, []byte("12345"))
	fmt.Println(string(dst), hex.EncodeToString(dst[:3]))
	var bb bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &bb)
	w.Write([]byte("streamed "))
	w.Write([]byte("data"))
	w.Close()
	fmt.Println(bb.String())
	fmt.Println(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte{0xfb, 0xff}))
}
