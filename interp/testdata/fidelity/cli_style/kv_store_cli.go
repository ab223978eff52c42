package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface {
	Type() string
	fmt.Stringer
}

type Str string
type Int int64
type List []string

func (s Str) Type() string    { return "string" }
func (s Str) String() string  { return strconv.Quote(string(s)) }
func (i Int) Type() string    { return "int" }
func (i Int) String() string  { return strconv.FormatInt(int64(i), 10) }
func (l List) Type() string   { return "list" }
func (l List) String() string { return "[" + strings.Join(l, ", ") + "]" }

type Store struct {
	data map[string]Value
	tx   []map[string]Value
}

var ErrWrongType = errors.New("WRONGTYPE operation against a key holding the wrong kind of value")

func (s *Store) set(k string, v Value) {
	if n := len(s.tx); n > 0 {
		if _, saved := s.tx[n-1][k]; !saved {
			s.tx[n-1][k] = s.data[k]
		}
	}
	if v == nil {
		delete(s.data, k)
		return
	}
	s.data[k] = v
}

func (s *Store) Exec(line string) (string, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "", nil
	}
	switch strings.ToUpper(f[0]) {
	case "SET":
		s.set(f[1], Str(strings.Join(f[2:], " ")))
		return "OK", nil
	case "GET":
		v, ok := s.data[f[1]]
		if !ok {
			return "(nil)", nil
		}
		return v.String(), nil
	case "INCR":
		v, ok := s.data[f[1]]
		var n Int
		switch x := v.(type) {
		case nil:
		case Int:
			n = x
		case Str:
			i, err := strconv.ParseInt(string(x), 10, 64)
			if err != nil {
				return "", fmt.Errorf("INCR %s: %w", f[1], ErrWrongType)
			}
			n = Int(i)
		default:
			return "", ErrWrongType
		}
		_ = ok
		s.set(f[1], n+1)
		return (n + 1).String(), nil
	case "RPUSH":
		l, _ := s.data[f[1]].(List)
		if v, ok := s.data[f[1]]; ok && v.Type() != "list" {
			return "", ErrWrongType
		}
		s.set(f[1], append(append(List{}, l...), f[2:]...))
		return strconv.Itoa(len(l) + len(f) - 2), nil
	case "TYPE":
		if v, ok := s.data[f[1]]; ok {
			return v.Type(), nil
		}
		return "none", nil
	case "DEL":
		s.set(f[1], nil)
		return "1", nil
	case "KEYS":
		keys := make([]string, 0, len(s.data))
		for k := range s.data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, " "), nil
	case "MULTI":
		s.tx = append(s.tx, map[string]Value{})
		return "OK", nil
	case "DISCARD":
		if len(s.tx) == 0 {
			return "", errors.New("DISCARD without MULTI")
		}
		last := s.tx[len(s.tx)-1]
		s.tx = s.tx[:len(s.tx)-1]
		for k, v := range last {
			if v == nil {
				delete(s.data, k)
			} else {
				s.data[k] = v
			}
		}
		return "OK", nil
	}
	return "", fmt.Errorf("unknown command '%s'", f[0])
}

const script = `SET name gopher
GET name
INCR visits
INCR visits
SET n 41
INCR n
INCR name
RPUSH langs go rust
RPUSH langs zig
RPUSH name x
TYPE langs
TYPE n
GET langs
MULTI
SET name someone else
DEL n
KEYS
DISCARD
KEYS
GET name
DISCARD
FLUSHALL`

func main() {
	s := &Store{data: map[string]Value{}}
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		out, err := s.Exec(sc.Text())
		if err != nil {
			fmt.Printf("> %-22s (error) %v [wrongtype=%t]\n", sc.Text(), err, errors.Is(err, ErrWrongType))
			continue
		}
		fmt.Printf("> %-22s %s\n", sc.Text(), out)
	}
	for _, k := range []string{"name", "visits", "langs"} {
		v := s.data[k]
		fmt.Printf("%s: %v (%T) %s\n", k, v, v, v.Type())
	}
}
