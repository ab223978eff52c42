package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func Greet(writer io.Writer, name string) {
	fmt.Fprintf(writer, "Hello, %s", name)
}

type Store interface {
	Fetch() (string, error)
	Cancel()
}

type SpyStore struct {
	response  string
	cancelled bool
	log       []string
}

func (s *SpyStore) Fetch() (string, error) {
	s.log = append(s.log, "fetch")
	return s.response, nil
}

func (s *SpyStore) Cancel() {
	s.log = append(s.log, "cancel")
	s.cancelled = true
}

type Server struct {
	store Store
	out   io.Writer
}

func (s Server) Handle(cancel bool) {
	if cancel {
		s.store.Cancel()
		return
	}
	data, _ := s.store.Fetch()
	fmt.Fprint(s.out, data)
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	buffer := bytes.Buffer{}
	Greet(&buffer, "Chris")
	fmt.Printf("%q\n", buffer.String())
	Greet(os.Stdout, "Elodie")
	fmt.Println()
	Greet(upper{os.Stdout}, "shout")
	fmt.Println()

	store := &SpyStore{response: "hello, world"}
	var out strings.Builder
	srv := Server{store, &out}
	srv.Handle(false)
	srv.Handle(true)
	fmt.Println(out.String(), store.cancelled, store.log)
	var w io.Writer = &out
	n, _ := io.WriteString(w, "!")
	fmt.Println(n, out.Len(), out.String())
	writers := []io.Writer{&buffer, upper{&buffer}}
	for _, wr := range writers {
		fmt.Fprint(wr, " x")
	}
	fmt.Println(buffer.String())
}
