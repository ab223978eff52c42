package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// countingWriter wraps an io.Writer via interface embedding and overrides Write.
type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

// upperReader embeds io.Reader and transforms on Read.
type upperReader struct{ io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

// reverse embeds sort.Interface and flips Less, like sort.Reverse.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Store interface {
	Get(k string) (string, error)
	Put(k, v string)
}

type mapStore map[string]string

var ErrNotFound = errors.New("not found")

func (m mapStore) Get(k string) (string, error) {
	v, ok := m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (m mapStore) Put(k, v string) { m[k] = v }

// readOnly embeds Store but panics on Put.
type readOnly struct{ Store }

func (readOnly) Put(k, v string) { panic("read-only store: put " + k) }

type nilEmbed struct{ Store }

func tryPut(s Store, k, v string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	s.Put(k, v)
	return nil
}

func main() {
	var buf bytes.Buffer
	cw := &countingWriter{Writer: &buf}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more\n")
	fmt.Print(buf.String())
	fmt.Println("bytes:", cw.n)

	data, _ := io.ReadAll(upperReader{strings.NewReader("make me loud")})
	fmt.Println(string(data))

	words := byLen{"ccc", "a", "bbbb", "dd"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	sort.Sort(words)
	fmt.Println(words)

	ms := mapStore{"a": "1"}
	ro := readOnly{ms}
	v, err := ro.Get("a")
	fmt.Println(v, err)
	_, err = ro.Get("zz")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(tryPut(ro, "b", "2"))
	fmt.Println(tryPut(ms, "b", "2"), ms["b"])
	fmt.Println(tryPut(nilEmbed{}, "c", "3"))
	var s Store = ro
	_, isMap := s.(mapStore)
	_, isRO := s.(readOnly)
	fmt.Println(isMap, isRO)
	fmt.Printf("%v %+v\n", ro, reverse{byLen{"x"}})
}
