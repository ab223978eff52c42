package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type User struct {
	Name     string `validate:"required" json:"name"`
	Email    string `validate:"required,email" json:"email"`
	Age      int    `validate:"min=18" json:"age,omitempty"`
	Nickname string `json:"-"`
	admin    bool
}

func validate(v any) []error {
	var errs []error
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("validate")
		if tag == "" {
			continue
		}
		val := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			switch name {
			case "required":
				if val.IsZero() {
					errs = append(errs, fmt.Errorf("%s is required", f.Name))
				}
			case "email":
				if !strings.Contains(val.String(), "@") {
					errs = append(errs, fmt.Errorf("%s must be an email, got %q", f.Name, val.String()))
				}
			case "min":
				n, _ := strconv.Atoi(arg)
				if val.Int() < int64(n) {
					errs = append(errs, fmt.Errorf("%s must be >= %d, got %d", f.Name, n, val.Int()))
				}
			}
		}
	}
	return errs
}

func describe(v any) {
	t := reflect.TypeOf(v)
	fmt.Printf("type %s (kind %s) has %d fields\n", t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		jsonTag, ok := f.Tag.Lookup("json")
		fmt.Printf("  %-8s %-6s exported=%-5v json=%q present=%v\n", f.Name, f.Type, f.IsExported(), jsonTag, ok)
	}
}

func setField(obj any, name string, value any) error {
	rv := reflect.ValueOf(obj)
	if rv.Kind() != reflect.Pointer {
		return errors.New("need a pointer")
	}
	f := rv.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("cannot set %s", name)
	}
	nv := reflect.ValueOf(value)
	if nv.Type() != f.Type() {
		return fmt.Errorf("field %s is %s, not %s", name, f.Type(), nv.Type())
	}
	f.Set(nv)
	return nil
}

func main() {
	describe(User{})
	users := []User{
		{Name: "Ann", Email: "ann@example.com", Age: 30},
		{Email: "bob-at-example", Age: 12},
	}
	for i, u := range users {
		errs := validate(&u)
		fmt.Printf("user %d: %d problems\n", i, len(errs))
		for _, e := range errs {
			fmt.Println("  -", e)
		}
	}
	u := User{}
	fmt.Println(setField(&u, "Name", "Zed"))
	fmt.Println(setField(&u, "Age", "old"))
	fmt.Println(setField(&u, "admin", true))
	fmt.Println(setField(&u, "Missing", 1))
	fmt.Println(setField(u, "Name", "x"))
	fmt.Printf("%+v\n", u)
	v := reflect.ValueOf(map[string]int{"a": 1})
	fmt.Println(v.Kind(), v.Len(), v.MapIndex(reflect.ValueOf("a")))
	s := reflect.ValueOf([]string{"x", "y"})
	fmt.Println(s.Index(1), s.Type().Elem().Kind())
}
