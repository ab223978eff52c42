// A shell that dispatches commands to the methods of a handler by name.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Shell struct {
	cwd   string
	files map[string]string
}

func (s *Shell) Cd(dir string) string {
	s.cwd = dir
	return "now in " + dir
}

func (s *Shell) Pwd() string { return s.cwd }

func (s *Shell) Cat(name string) string {
	if body, ok := s.files[name]; ok {
		return body
	}
	return "no such file: " + name
}

func (s *Shell) Echo(words string) string { return words }

func run(h any, line string) string {
	parts := strings.SplitN(line, " ", 2)
	name := strings.ToUpper(parts[0][:1]) + parts[0][1:]
	m := reflect.ValueOf(h).MethodByName(name)
	if !m.IsValid() {
		return "unknown command " + parts[0]
	}
	var args []reflect.Value
	if m.Type().NumIn() == 1 {
		arg := ""
		if len(parts) > 1 {
			arg = parts[1]
		}
		args = append(args, reflect.ValueOf(arg))
	}
	return m.Call(args)[0].String()
}

func main() {
	sh := &Shell{cwd: "/", files: map[string]string{"motd": "hello there"}}
	for _, line := range []string{"pwd", "cd /tmp", "pwd", "cat motd", "cat nope", "echo a b c", "rm -rf"} {
		fmt.Printf("$ %s\n%s\n", line, run(sh, line))
	}
	t := reflect.TypeOf(sh)
	fmt.Println("commands:", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(" ", strings.ToLower(t.Method(i).Name))
	}
}
