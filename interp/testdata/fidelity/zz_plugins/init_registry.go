package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Name() string
	Encode(string) string
	Decode(string) (string, error)
}

var registry = map[string]Codec{}
var initOrder []string

func Register(c Codec) {
	if _, dup := registry[c.Name()]; dup {
		panic("codec registered twice: " + c.Name())
	}
	registry[c.Name()] = c
	initOrder = append(initOrder, c.Name())
}

type rot13 struct{}

func (rot13) Name() string { return "rot13" }
func (rot13) Encode(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}, s)
}
func (c rot13) Decode(s string) (string, error) { return c.Encode(s), nil }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Encode(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (c reverse) Decode(s string) (string, error) { return c.Encode(s), nil }

type hexCodec struct{ upper bool }

func (h hexCodec) Name() string {
	if h.upper {
		return "HEX"
	}
	return "hex"
}
func (h hexCodec) Encode(s string) string {
	if h.upper {
		return fmt.Sprintf("%X", s)
	}
	return fmt.Sprintf("%x", s)
}
func (h hexCodec) Decode(s string) (string, error) {
	var out []byte
	if _, err := fmt.Sscanf(s, "%x", &out); err != nil {
		return "", fmt.Errorf("%s decode: %w", h.Name(), err)
	}
	return string(out), nil
}

func init() { Register(rot13{}) }
func init() {
	Register(reverse{})
	Register(hexCodec{})
}
func init() { Register(hexCodec{upper: true}) }

var ErrUnknown = errors.New("unknown codec")

func Chain(names ...string) (func(string) string, error) {
	var cs []Codec
	for _, n := range names {
		c, ok := registry[n]
		if !ok {
			return nil, fmt.Errorf("%q: %w", n, ErrUnknown)
		}
		cs = append(cs, c)
	}
	return func(s string) string {
		for _, c := range cs {
			s = c.Encode(s)
		}
		return s
	}, nil
}

func main() {
	fmt.Println("init order:", initOrder)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := registry[n]
		enc := c.Encode("Hello, Gopher")
		dec, err := c.Decode(enc)
		fmt.Printf("%-8s %-28s %q %v %T\n", n, enc, dec, err, c)
	}
	f, err := Chain("rot13", "reverse", "hex")
	fmt.Println(f("abc"), err)
	_, err = Chain("rot13", "base64")
	fmt.Println(err, errors.Is(err, ErrUnknown))
	_, err = registry["hex"].Decode("zz")
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register(rot13{})
	}()
}
