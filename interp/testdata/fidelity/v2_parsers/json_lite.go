package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Value is a tiny JSON-like value.
type Value interface{ isValue() }

type (
	Null   struct{}
	Bool   bool
	Number float64
	String string
	Array  []Value
	Object map[string]Value
)

func (Null) isValue()   {}
func (Bool) isValue()   {}
func (Number) isValue() {}
func (String) isValue() {}
func (Array) isValue()  {}
func (Object) isValue() {}

type ParseError struct {
	Off  int
	What string
}

func (e ParseError) Error() string { return "offset " + strconv.Itoa(e.Off) + ": " + e.What }

type dec struct {
	s string
	i int
}

func (d *dec) ws() {
	for d.i < len(d.s) && strings.ContainsRune(" \t\n\r", rune(d.s[d.i])) {
		d.i++
	}
}

func (d *dec) fail(what string) error { return ParseError{d.i, what} }

func (d *dec) value() (Value, error) {
	d.ws()
	if d.i >= len(d.s) {
		return nil, d.fail("unexpected end")
	}
	switch c := d.s[d.i]; {
	case c == '{':
		d.i++
		obj := Object{}
		for {
			d.ws()
			if d.i < len(d.s) && d.s[d.i] == '}' {
				d.i++
				return obj, nil
			}
			k, err := d.value()
			if err != nil {
				return nil, err
			}
			ks, ok := k.(String)
			if !ok {
				return nil, d.fail(fmt.Sprintf("key must be string, got %T", k))
			}
			d.ws()
			if d.i >= len(d.s) || d.s[d.i] != ':' {
				return nil, d.fail("expected ':'")
			}
			d.i++
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			obj[string(ks)] = v
			d.ws()
			if d.i < len(d.s) && d.s[d.i] == ',' {
				d.i++
			}
		}
	case c == '[':
		d.i++
		var arr Array
		for {
			d.ws()
			if d.i < len(d.s) && d.s[d.i] == ']' {
				d.i++
				return arr, nil
			}
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
			d.ws()
			if d.i < len(d.s) && d.s[d.i] == ',' {
				d.i++
			}
		}
	case c == '"':
		j := strings.IndexByte(d.s[d.i+1:], '"')
		if j < 0 {
			return nil, d.fail("unterminated string")
		}
		s := d.s[d.i+1 : d.i+1+j]
		d.i += j + 2
		return String(s), nil
	case strings.HasPrefix(d.s[d.i:], "true"), strings.HasPrefix(d.s[d.i:], "false"):
		b := d.s[d.i] == 't'
		d.i += map[bool]int{true: 4, false: 5}[b]
		return Bool(b), nil
	case strings.HasPrefix(d.s[d.i:], "null"):
		d.i += 4
		return Null{}, nil
	default:
		j := d.i
		for j < len(d.s) && strings.ContainsRune("+-.eE0123456789", rune(d.s[j])) {
			j++
		}
		f, err := strconv.ParseFloat(d.s[d.i:j], 64)
		if err != nil {
			return nil, d.fail(err.Error())
		}
		d.i = j
		return Number(f), nil
	}
}

func render(v Value) string {
	switch v := v.(type) {
	case Null:
		return "null"
	case Bool:
		return strconv.FormatBool(bool(v))
	case Number:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case String:
		return strconv.Quote(string(v))
	case Array:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = render(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case Object:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%q:%s", k, render(v[k]))
		}
		return b.String() + "}"
	}
	return fmt.Sprintf("<%T>", v)
}

func Parse(s string) (Value, error) {
	d := &dec{s: s}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	if d.ws(); d.i != len(d.s) {
		return nil, d.fail("trailing data")
	}
	return v, nil
}

func main() {
	docs := []string{
		`{"name": "gopher", "age": 13, "tags": ["a", "b"], "ok": true, "x": null}`,
		`[1, 2.5, -3e2, [], {}]`,
		`{"a": {"b": {"c": [false]}}}`,
		`{1: 2}`, `[1, 2`, `"abc`, `12 13`, `-`,
	}
	for _, doc := range docs {
		v, err := Parse(doc)
		if err != nil {
			pe, _ := err.(ParseError)
			fmt.Printf("error: %v (off %d)\n", err, pe.Off)
			continue
		}
		fmt.Printf("%T %s\n", v, render(v))
	}
	v, _ := Parse(`[1,"x",null,true]`)
	fmt.Printf("%v\n%#v\n", v, v.(Array)[1])
	fmt.Println(v.(Array)[0] == Number(1), v.(Array)[2] == Null{})
}
