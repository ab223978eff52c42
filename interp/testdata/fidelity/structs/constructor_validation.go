package main

import (
	"errors"
	"fmt"
	"strings"
)

type Email struct{ addr string }

func NewEmail(s string) (Email, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	at := strings.IndexByte(s, '@')
	if at < 1 || at == len(s)-1 || strings.Count(s, "@") != 1 {
		return Email{}, fmt.Errorf("invalid email %q", s)
	}
	return Email{s}, nil
}

func (e Email) Domain() string { return e.addr[strings.IndexByte(e.addr, '@')+1:] }
func (e Email) String() string { return e.addr }

var ErrZero = errors.New("zero email")

func (e Email) Validate() error {
	if e == (Email{}) {
		return ErrZero
	}
	return nil
}

func main() {
	for _, in := range []string{" Ann@Example.COM ", "bad", "@x.com", "a@b@c"} {
		e, err := NewEmail(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e, e.Domain())
	}
	var zero Email
	fmt.Println(zero.Validate())
}
