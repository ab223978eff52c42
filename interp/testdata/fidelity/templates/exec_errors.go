package main

import (
	"fmt"
	"os"
	"text/template"
)

type Page struct {
	Title string
}

func main() {
	_, err := template.New("bad").Parse("{{.Title")
	fmt.Println("parse:", err)

	t := template.Must(template.New("p").Parse("{{.Title}} {{.Missing}}\n"))
	err = t.Execute(os.Stdout, Page{"Home"})
	fmt.Println()
	fmt.Println("exec:", err)

	t2 := template.Must(template.New("m").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t2.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("map:", err)

	t3 := template.Must(template.New("ok").Parse("{{.a}} {{.b}}\n"))
	t3.Execute(os.Stdout, map[string]int{"a": 1})
}
