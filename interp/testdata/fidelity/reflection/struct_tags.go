package main

import (
	"fmt"
	"reflect"
	"strings"
)

type User struct {
	ID       int    `json:"id" db:"user_id"`
	Name     string `json:"name" db:"full_name" validate:"required"`
	Email    string `json:"email,omitempty" db:"email"`
	Age      int    `json:"age" validate:"min=18"`
	password string
}

type Product struct {
	SKU   string  `csv:"sku"`
	Price float64 `csv:"price"`
	Stock int     `csv:"stock"`
}

func describe(v interface{}) {
	t := reflect.TypeOf(v)
	fmt.Printf("Type: %s (kind %s), %d fields\n", t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %-8s %-8s exported=%-5v tag=%q\n", f.Name, f.Type, f.IsExported(), f.Tag)
	}
}

func columns(v interface{}, key string) []string {
	t := reflect.TypeOf(v)
	var cols []string
	for i := 0; i < t.NumField(); i++ {
		tag, ok := t.Field(i).Tag.Lookup(key)
		if !ok {
			continue
		}
		name := strings.Split(tag, ",")[0]
		cols = append(cols, name)
	}
	return cols
}

func main() {
	u := User{ID: 1, Name: "Ada", Email: "ada@example.com", Age: 36}
	describe(u)
	describe(Product{})

	fmt.Println("json columns:", columns(u, "json"))
	fmt.Println("db columns:", columns(u, "db"))
	fmt.Println("validate:", columns(u, "validate"))
	fmt.Println("csv columns:", strings.Join(columns(Product{}, "csv"), ","))

	f, _ := reflect.TypeOf(u).FieldByName("Email")
	fmt.Println("Email json tag:", f.Tag.Get("json"))
	fmt.Println("Email index:", f.Index)
	_, found := reflect.TypeOf(u).FieldByName("Phone")
	fmt.Println("has Phone:", found)
}
