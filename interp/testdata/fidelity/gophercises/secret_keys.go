package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A secrets vault kept in memory, encrypted with AES-GCM with a fixed nonce
// (deterministic for this demo only).
type Vault struct {
	key  []byte
	data map[string]string
}

var ErrNoSecret = errors.New("secret: no value for key")

func NewVault(passphrase string) *Vault {
	sum := sha256.Sum256([]byte(passphrase))
	return &Vault{key: sum[:], data: map[string]string{}}
}

func (v *Vault) gcm() (cipher.AEAD, error) {
	block, err := aes.NewCipher(v.key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func (v *Vault) Set(k, val string) error {
	g, err := v.gcm()
	if err != nil {
		return err
	}
	nonce := make([]byte, g.NonceSize())
	copy(nonce, k)
	v.data[k] = hex.EncodeToString(g.Seal(nil, nonce, []byte(val), nil))
	return nil
}

func (v *Vault) Get(k string) (string, error) {
	enc, ok := v.data[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNoSecret)
	}
	raw, err := hex.DecodeString(enc)
	if err != nil {
		return "", err
	}
	g, err := v.gcm()
	if err != nil {
		return "", err
	}
	nonce := make([]byte, g.NonceSize())
	copy(nonce, k)
	plain, err := g.Open(nil, nonce, raw, nil)
	if err != nil {
		return "", fmt.Errorf("get %q: %w", k, err)
	}
	return string(plain), nil
}

func (v *Vault) Dump() string {
	b, _ := json.Marshal(v.data)
	return string(b)
}

func main() {
	v := NewVault("my-fake-key")
	for _, kv := range [][2]string{{"twitter_api_key", "some-value"}, {"github", "ghp_123"}, {"empty", ""}} {
		if err := v.Set(kv[0], kv[1]); err != nil {
			fmt.Println(err)
		}
	}
	keys := make([]string, 0, len(v.data))
	for k := range v.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		val, err := v.Get(k)
		fmt.Printf("%-16s = %-12q (%d hex chars) err=%v\n", k, val, len(v.data[k]), err)
	}
	fmt.Println(v.Dump())
	_, err := v.Get("missing")
	fmt.Println(err, errors.Is(err, ErrNoSecret))
	other := NewVault("wrong")
	other.data = v.data
	_, err = other.Get("github")
	fmt.Println(err)
	h := sha256.New()
	h.Write([]byte(strings.Repeat("gopher", 3)))
	fmt.Printf("%x\n%X\n", h.Sum(nil)[:8], sha256.Sum256(nil))
}
