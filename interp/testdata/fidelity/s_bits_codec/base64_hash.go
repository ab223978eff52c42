package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"
)

type Token struct {
	User   string
	Expiry int
}

func sign(t Token, secret string) string {
	payload := fmt.Sprintf("%s|%d", t.User, t.Expiry)
	mac := sha256.Sum256([]byte(secret + payload))
	return base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." + hex.EncodeToString(mac[:8])
}

func verify(tok, secret string) (Token, error) {
	p, sig, ok := strings.Cut(tok, ".")
	if !ok {
		return Token{}, fmt.Errorf("malformed token")
	}
	raw, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return Token{}, fmt.Errorf("payload: %w", err)
	}
	var t Token
	if _, err := fmt.Sscanf(strings.Replace(string(raw), "|", " ", 1), "%s %d", &t.User, &t.Expiry); err != nil {
		return Token{}, err
	}
	if sign(t, secret) != p+"."+sig {
		return Token{}, fmt.Errorf("bad signature")
	}
	return t, nil
}

func shard(key string, n uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % n
}

func main() {
	tok := sign(Token{"alice", 1700000000}, "s3cret")
	fmt.Println(tok)
	t, err := verify(tok, "s3cret")
	fmt.Printf("%+v %v\n", t, err)
	_, err = verify(tok, "wrong")
	fmt.Println(err)
	_, err = verify("!!!.abc", "x")
	fmt.Println(err)
	_, err = verify("nodot", "x")
	fmt.Println(err)

	msg := []byte("hello, gophers?>")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString(msg))
	fmt.Println(base32.StdEncoding.EncodeToString(msg[:5]))
	fmt.Printf("%x\n", md5.Sum(msg))
	fmt.Printf("%X\n", sha256.Sum256(nil))
	for _, k := range []string{"user:1", "user:2", "order:99", ""} {
		fmt.Printf("%-9q -> shard %d\n", k, shard(k, 8))
	}
	h := fnv.New64()
	h.Write([]byte("abc"))
	fmt.Println(h.Sum64(), h.Size(), len(h.Sum(nil)))
}
