package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrPermission   = errors.New("permission denied")
	ErrInvalidInput = errors.New("invalid input")
)

type Store struct {
	data  map[string]string
	owner map[string]string
}

func (s *Store) Get(user, key string) (string, error) {
	if key == "" {
		return "", ErrInvalidInput
	}
	v, ok := s.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	if o := s.owner[key]; o != "" && o != user {
		return "", fmt.Errorf("get %q as %s: %w", key, user, ErrPermission)
	}
	return v, nil
}

func readAllWords(r io.Reader) ([]string, error) {
	var words []string
	buf := make([]byte, 4)
	var cur []byte
	for {
		n, err := r.Read(buf)
		for _, b := range buf[:n] {
			if b == ' ' {
				if len(cur) > 0 {
					words = append(words, string(cur))
					cur = cur[:0]
				}
				continue
			}
			cur = append(cur, b)
		}
		if err == io.EOF {
			if len(cur) > 0 {
				words = append(words, string(cur))
			}
			return words, nil
		}
		if err != nil {
			return words, err
		}
	}
}

func main() {
	s := &Store{
		data:  map[string]string{"motd": "hello", "secret": "42", "cfg": "debug=1"},
		owner: map[string]string{"secret": "root"},
	}
	cases := []struct{ user, key string }{
		{"alice", "motd"}, {"alice", "secret"}, {"root", "secret"}, {"bob", "missing"}, {"bob", ""},
	}
	for _, c := range cases {
		v, err := s.Get(c.user, c.key)
		switch {
		case err == nil:
			fmt.Printf("%s/%s: %s\n", c.user, c.key, v)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%s/%s: missing (%v)\n", c.user, c.key, err)
		case errors.Is(err, ErrPermission):
			fmt.Printf("%s/%s: denied (%v)\n", c.user, c.key, err)
		case err == ErrInvalidInput:
			fmt.Printf("%s/%s: bad request\n", c.user, c.key)
		default:
			fmt.Println("unexpected", err)
		}
	}

	words, err := readAllWords(strings.NewReader("the quick  brown fox jumped"))
	fmt.Println(len(words), words, err)

	_, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF)
	_, err = io.ReadFull(strings.NewReader(""), make([]byte, 5))
	fmt.Println(err, errors.Is(err, io.EOF))

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	notWrapped := fmt.Errorf("lost: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound))
}
