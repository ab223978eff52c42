package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Name() string
	Encode(s string) string
	Decode(s string) (string, error)
}

type Factory func(opts map[string]string) (Codec, error)

var registry = map[string]Factory{}
var order []string

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate codec " + name)
	}
	registry[name] = f
	order = append(order, name)
}

type rot struct{ n int }

func (r rot) Name() string { return fmt.Sprintf("rot%d", r.n) }
func (r rot) shift(s string, n int) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c >= 'a' && c <= 'z':
			return 'a' + (c-'a'+rune(n)+26)%26
		case c >= 'A' && c <= 'Z':
			return 'A' + (c-'A'+rune(n)+26)%26
		}
		return c
	}, s)
}
func (r rot) Encode(s string) string          { return r.shift(s, r.n) }
func (r rot) Decode(s string) (string, error) { return r.shift(s, -r.n), nil }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Encode(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}
func (r reverse) Decode(s string) (string, error) { return r.Encode(s), nil }

type hexCodec struct{ upper bool }

func (h *hexCodec) Name() string { return "hex" }
func (h *hexCodec) Encode(s string) string {
	if h.upper {
		return fmt.Sprintf("%X", s)
	}
	return fmt.Sprintf("%x", s)
}
func (h *hexCodec) Decode(s string) (string, error) {
	var out []byte
	if len(s)%2 != 0 {
		return "", ErrOddLength
	}
	for i := 0; i < len(s); i += 2 {
		var b byte
		if _, err := fmt.Sscanf(s[i:i+2], "%02x", &b); err != nil {
			return "", fmt.Errorf("hex at %d: %w", i, err)
		}
		out = append(out, b)
	}
	return string(out), nil
}

var ErrOddLength = errors.New("odd length")

func init() {
	Register("rot", func(o map[string]string) (Codec, error) {
		n := 13
		if v, ok := o["n"]; ok {
			if _, err := fmt.Sscan(v, &n); err != nil {
				return nil, fmt.Errorf("rot: option n=%q: %w", v, err)
			}
		}
		return rot{n}, nil
	})
}

func init() {
	Register("reverse", func(map[string]string) (Codec, error) { return reverse{}, nil })
	Register("hex", func(o map[string]string) (Codec, error) { return &hexCodec{upper: o["case"] == "upper"}, nil })
}

type Chain []Codec

func (c Chain) Encode(s string) string {
	for _, x := range c {
		s = x.Encode(s)
	}
	return s
}

func (c Chain) Decode(s string) (string, error) {
	for i := len(c) - 1; i >= 0; i-- {
		var err error
		if s, err = c[i].Decode(s); err != nil {
			return "", fmt.Errorf("%s: %w", c[i].Name(), err)
		}
	}
	return s, nil
}

func Build(spec string) (Chain, error) {
	var ch Chain
	for _, part := range strings.Split(spec, "|") {
		name, rest, _ := strings.Cut(part, ":")
		f, ok := registry[name]
		if !ok {
			return nil, fmt.Errorf("unknown codec %q (have %s)", name, strings.Join(order, ","))
		}
		opts := map[string]string{}
		for _, kv := range strings.Split(rest, ",") {
			if k, v, ok := strings.Cut(kv, "="); ok {
				opts[k] = v
			}
		}
		c, err := f(opts)
		if err != nil {
			return nil, err
		}
		ch = append(ch, c)
	}
	return ch, nil
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("registered:", names, "in order", order)
	for _, spec := range []string{"rot", "rot:n=3|reverse", "reverse|hex:case=upper", "rot:n=x", "base64", "hex|rot:n=1"} {
		ch, err := Build(spec)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", spec, err)
			continue
		}
		enc := ch.Encode("Hello, Gophers!")
		dec, err := ch.Decode(enc)
		fmt.Printf("%-22s %-32q %q %v\n", spec, enc, dec, err)
	}
	h, _ := Build("hex")
	_, err := h.Decode("abc")
	fmt.Println(err, errors.Is(err, ErrOddLength))
	_, err = h.Decode("zz")
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("hex", nil)
}
