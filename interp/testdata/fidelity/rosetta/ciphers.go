package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encrypt(string) string
	Decrypt(string) string
}

type Caesar struct{ Shift int }

func shiftRune(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, c.Shift) }, s)
}
func (c Caesar) Decrypt(s string) string {
	return Caesar{-c.Shift}.Encrypt(s)
}
func (c Caesar) String() string { return fmt.Sprintf("Caesar(%d)", c.Shift) }

type Vigenere struct{ key []int }

var ErrBadKey = errors.New("key must be letters only")

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, fmt.Errorf("vigenere: empty key: %w", ErrBadKey)
	}
	v := &Vigenere{}
	for _, r := range key {
		if !unicode.IsLetter(r) {
			return nil, fmt.Errorf("vigenere: %q: %w", key, ErrBadKey)
		}
		v.key = append(v.key, int(unicode.ToUpper(r)-'A'))
	}
	return v, nil
}

func (v *Vigenere) apply(s string, sign int) string {
	var sb strings.Builder
	i := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			continue
		}
		sb.WriteRune(shiftRune(r, sign*v.key[i%len(v.key)]))
		i++
	}
	return sb.String()
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

type Rot13 struct{}

func (Rot13) Encrypt(s string) string { return Caesar{13}.Encrypt(s) }
func (Rot13) Decrypt(s string) string { return Caesar{13}.Encrypt(s) }

func main() {
	msg := "The quick brown fox Jumped over the lazy Dog"
	var ciphers []Cipher
	for _, k := range []int{1, 3, 13, 25} {
		ciphers = append(ciphers, Caesar{k})
	}
	v, err := NewVigenere("VIGENERECIPHER")
	if err != nil {
		fmt.Println(err)
		return
	}
	ciphers = append(ciphers, v, Rot13{})
	for _, c := range ciphers {
		enc := c.Encrypt(msg)
		dec := c.Decrypt(enc)
		fmt.Printf("%-14T %v\n  enc: %s\n  dec: %s\n", c, c, enc, dec)
	}
	for _, k := range []string{"", "abc1", "Lemon"} {
		v, err := NewVigenere(k)
		switch {
		case errors.Is(err, ErrBadKey):
			fmt.Println("error:", err)
		case err != nil:
			fmt.Println("other error", err)
		default:
			fmt.Println(k, "->", v.Encrypt("attack at dawn"), v.key)
		}
	}
}
