// An RPC-style registry: services register, methods are looked up as
// "Service.Method" and called with a decoded argument.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
)

type Arith struct{}

type Args struct{ A, B int }

func (Arith) Add(args Args, reply *int) error {
	*reply = args.A + args.B
	return nil
}

func (Arith) Div(args Args, reply *int) error {
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	*reply = args.A / args.B
	return nil
}

type Greeter struct{ greeting string }

func (g *Greeter) Hello(args Args, reply *int) error {
	fmt.Println(g.greeting, args.A)
	*reply = len(g.greeting)
	return nil
}

type service struct {
	rcvr    reflect.Value
	methods map[string]reflect.Method
}

type Server struct{ services map[string]*service }

func (s *Server) Register(name string, rcvr any) {
	svc := &service{rcvr: reflect.ValueOf(rcvr), methods: map[string]reflect.Method{}}
	t := reflect.TypeOf(rcvr)
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		if m.Type.NumIn() == 3 && m.Type.NumOut() == 1 {
			svc.methods[m.Name] = m
		}
	}
	s.services[name] = svc
}

func (s *Server) Call(svc, method string, args Args) (int, error) {
	sv, ok := s.services[svc]
	if !ok {
		return 0, fmt.Errorf("no service %s", svc)
	}
	m, ok := sv.methods[method]
	if !ok {
		return 0, fmt.Errorf("no method %s.%s", svc, method)
	}
	reply := new(int)
	out := m.Func.Call([]reflect.Value{sv.rcvr, reflect.ValueOf(args), reflect.ValueOf(reply)})
	if err, _ := out[0].Interface().(error); err != nil {
		return 0, err
	}
	return *reply, nil
}

func main() {
	srv := &Server{services: map[string]*service{}}
	srv.Register("Arith", Arith{})
	srv.Register("Greeter", &Greeter{greeting: "hi"})
	var names []string
	for name, sv := range srv.services {
		for m := range sv.methods {
			names = append(names, name+"."+m)
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	for _, c := range []struct {
		svc, m string
		a      Args
	}{{"Arith", "Add", Args{3, 4}}, {"Arith", "Div", Args{9, 2}}, {"Arith", "Div", Args{1, 0}},
		{"Greeter", "Hello", Args{7, 0}}, {"Arith", "Mod", Args{}}} {
		r, err := srv.Call(c.svc, c.m, c.a)
		fmt.Println(c.svc+"."+c.m, r, err)
	}
}
