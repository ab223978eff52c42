package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" db:"user_name"`
	Email string `json:"email"`
	age   int
}

func (User) Greet() string { return "hi" }

func main() {
	t := reflect.TypeFor[User]()
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.NumMethod())

	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q db=%q exported=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	v := reflect.ValueOf(&User{Name: "ann"}).Elem()
	v.FieldByName("Email").SetString("ann@x.io")
	fmt.Printf("%+v\n", v.Interface())
	fmt.Println(reflect.TypeFor[error]().Kind(), reflect.TypeFor[[]int]())

	m := v.Addr().MethodByName("Greet")
	fmt.Println(m.Call(nil)[0])
}
