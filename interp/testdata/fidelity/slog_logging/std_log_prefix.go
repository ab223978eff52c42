package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type Service struct {
	name string
	log  *log.Logger
}

func NewService(name string, out *bytes.Buffer) *Service {
	return &Service{name, log.New(out, "["+name+"] ", log.Lmsgprefix)}
}

func (s *Service) Handle(req string) error {
	s.log.Printf("handling %q", req)
	if strings.Contains(req, "bad") {
		err := fmt.Errorf("%s: rejected %q", s.name, req)
		s.log.Println("error:", err)
		return err
	}
	s.log.Print("ok")
	return nil
}

func main() {
	var buf bytes.Buffer
	api := NewService("api", &buf)
	db := NewService("db", &buf)

	for _, r := range []string{"GET /", "bad input", "PUT /x"} {
		if err := api.Handle(r); err != nil {
			_ = db.Handle("rollback " + r)
		}
	}

	fmt.Print(buf.String())
	fmt.Println(strings.Count(buf.String(), "\n"), "lines")

	std := log.New(os.Stdout, "main: ", 0)
	std.Printf("%d services, flags=%d prefix=%q", 2, std.Flags(), std.Prefix())
	std.SetPrefix("")
	std.Println("bare")
}
