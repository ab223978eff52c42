package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func readWords(r io.Reader) ([]string, error) {
	var words []string
	buf := make([]byte, 4)
	var cur strings.Builder
	for {
		n, err := r.Read(buf)
		for _, b := range buf[:n] {
			if b == ' ' {
				if cur.Len() > 0 {
					words = append(words, cur.String())
					cur.Reset()
				}
				continue
			}
			cur.WriteByte(b)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if cur.Len() > 0 {
		words = append(words, cur.String())
	}
	return words, nil
}

func main() {
	words, err := readWords(strings.NewReader("the quick  brown fox"))
	fmt.Println(words, len(words), err)

	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, err == io.ErrUnexpectedEOF, errors.Is(err, io.EOF))
}
