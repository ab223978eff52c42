package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	First, Last string
	Roles       []string
}

func (u User) FullName() string { return u.First + " " + u.Last }
func (u User) HasRole(r string) bool {
	for _, x := range u.Roles {
		if x == r {
			return true
		}
	}
	return false
}
func (u *User) Initials() string { return u.First[:1] + u.Last[:1] }

func main() {
	t2 := template.Must(template.New("u").Funcs(template.FuncMap{"join": strings.Join}).Parse(
		`{{.FullName}} ({{.Initials}}){{if .HasRole "admin"}} [admin]{{end}} roles={{join .Roles ","}}` + "\n"))
	users := []*User{{"Ada", "Lovelace", []string{"admin", "dev"}}, {"Alan", "Turing", nil}}
	for _, u := range users {
		if err := t2.Execute(os.Stdout, u); err != nil {
			fmt.Println("error:", err)
		}
	}
}
