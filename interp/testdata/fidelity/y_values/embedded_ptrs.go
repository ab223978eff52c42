package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	Prefix string
	Lines  *[]string
}

func (l Logger) Log(s string) { *l.Lines = append(*l.Lines, l.Prefix+s) }

type Stats struct{ Calls int }

func (s *Stats) Hit() { s.Calls++ }

type Service struct {
	Logger
	*Stats
	Name string
}

type API struct {
	Service
	Version int
}

func (a API) Describe() string {
	return fmt.Sprintf("%s v%d (%d calls)", a.Name, a.Version, a.Calls)
}

func (s Service) Handle(req string) string {
	s.Hit()
	s.Log("handled " + req)
	s.Name = "mutated"
	return strings.ToUpper(req)
}

func main() {
	var lines []string
	st := &Stats{}
	api := API{Service{Logger{"[api] ", &lines}, st, "users"}, 2}
	fmt.Println(api.Handle("get"), api.Handle("put"))
	fmt.Println(api.Describe(), api.Name, st.Calls)
	copyAPI := api
	copyAPI.Hit()
	copyAPI.Prefix = "[copy] "
	copyAPI.Log("hello")
	fmt.Println(api.Calls, api.Prefix, lines)
	handle := api.Handle
	api.Version = 3
	handle("del")
	fmt.Println(api.Describe(), len(lines))
	fn := API.Describe
	fmt.Println(fn(copyAPI))
	var s2 Service
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Printf("%+v %d\n", s2.Logger.Prefix, len(*s2.Lines))
	}()
	s2.Logger = Logger{Prefix: "x", Lines: &lines}
	fmt.Println(s2.Stats == nil)
	s2.Hit()
}
