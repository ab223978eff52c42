package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type DB struct {
	Host     string `cfg:"db.host" default:"localhost"`
	Port     int    `cfg:"db.port" default:"5432"`
	Password string `cfg:"db.password" required:"true" secret:"true"`
}

type AppConfig struct {
	Name    string  `cfg:"app.name" required:"true"`
	Workers int     `cfg:"app.workers" default:"4"`
	Ratio   float64 `cfg:"app.ratio" default:"0.5"`
	Debug   bool    `cfg:"app.debug"`
	DB      DB
	skipped string
}

type MissingError struct{ Keys []string }

func (m *MissingError) Error() string { return "missing required: " + strings.Join(m.Keys, ", ") }

func load(dst any, src map[string]string) error {
	v := reflect.ValueOf(dst).Elem()
	var missing []string
	var errs []error
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f, fv := t.Field(i), v.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Type.Kind() == reflect.Struct {
				walk(fv)
				continue
			}
			key := f.Tag.Get("cfg")
			raw, ok := src[key]
			if !ok {
				raw, ok = f.Tag.Lookup("default")
			}
			if !ok {
				if f.Tag.Get("required") == "true" {
					missing = append(missing, key)
				}
				continue
			}
			var err error
			switch fv.Kind() {
			case reflect.String:
				fv.SetString(raw)
			case reflect.Int:
				var n int64
				n, err = strconv.ParseInt(raw, 10, 64)
				fv.SetInt(n)
			case reflect.Float64:
				var x float64
				x, err = strconv.ParseFloat(raw, 64)
				fv.SetFloat(x)
			case reflect.Bool:
				var b bool
				b, err = strconv.ParseBool(raw)
				fv.SetBool(b)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("%s (%s): %w", key, f.Name, err))
			}
		}
	}
	walk(v)
	if len(missing) > 0 {
		errs = append(errs, &MissingError{missing})
	}
	return errors.Join(errs...)
}

func describe(x any) string {
	var parts []string
	var walk func(v reflect.Value, prefix string)
	walk = func(v reflect.Value, prefix string) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Type.Kind() == reflect.Struct {
				walk(v.Field(i), prefix+f.Name+".")
				continue
			}
			val := fmt.Sprint(v.Field(i).Interface())
			if f.Tag.Get("secret") == "true" {
				val = strings.Repeat("*", len(val))
			}
			parts = append(parts, prefix+f.Name+"="+val)
		}
	}
	walk(reflect.ValueOf(x), "")
	return strings.Join(parts, " ")
}

func main() {
	var c AppConfig
	err := load(&c, map[string]string{"app.name": "shop", "db.password": "hunter2", "app.debug": "yes", "db.port": "6543"})
	fmt.Println(describe(c))
	fmt.Println("err:", err)

	var c2 AppConfig
	err = load(&c2, map[string]string{"app.workers": "x", "app.ratio": "1e3"})
	fmt.Println(describe(c2))
	fmt.Println("err:", err)
	var me *MissingError
	if errors.As(err, &me) {
		fmt.Println(len(me.Keys), me.Keys)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), c2.skipped == "")
	f, _ := reflect.TypeOf(c).FieldByName("Ratio")
	fmt.Println(f.Tag, f.Index, f.Type)
}
