package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type ServerConfig struct {
	Host     string  `env:"HOST"`
	Port     int     `env:"PORT"`
	Verbose  bool    `env:"VERBOSE"`
	Timeout  float64 `env:"TIMEOUT"`
	MaxConns uint    `env:"MAX_CONNS"`
	Name     string
}

func load(dst interface{}, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Ptr || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("load: want pointer to struct, got %s", v.Kind())
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		key := t.Field(i).Tag.Get("env")
		raw, ok := env[key]
		if key == "" || !ok {
			continue
		}
		f := v.Field(i)
		if !f.CanSet() {
			return fmt.Errorf("cannot set %s", t.Field(i).Name)
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(raw)
		case reflect.Int:
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", t.Field(i).Name, err)
			}
			f.SetInt(n)
		case reflect.Uint:
			n, err := strconv.ParseUint(raw, 10, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", t.Field(i).Name, err)
			}
			f.SetUint(n)
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", t.Field(i).Name, err)
			}
			f.SetBool(b)
		case reflect.Float64:
			x, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", t.Field(i).Name, err)
			}
			f.SetFloat(x)
		}
	}
	return nil
}

func main() {
	envs := []map[string]string{
		{"HOST": "localhost", "PORT": "8080", "VERBOSE": "true", "TIMEOUT": "2.5", "MAX_CONNS": "64"},
		{"HOST": "example.org", "PORT": "eighty"},
		{"VERBOSE": "maybe"},
		{"MAX_CONNS": "-1"},
	}
	for i, env := range envs {
		cfg := ServerConfig{Name: "default", Port: 80}
		err := load(&cfg, env)
		fmt.Printf("env %d: %+v\n", i, cfg)
		if err != nil {
			fmt.Printf("  error: %v\n", err)
		}
	}
	err := load(ServerConfig{}, nil)
	fmt.Println("by value:", err)

	var cfg ServerConfig
	v := reflect.ValueOf(&cfg).Elem()
	v.FieldByName("Name").SetString(strings.ToUpper("direct"))
	v.Field(1).SetInt(9090)
	fmt.Printf("direct: %+v\n", cfg)
	fmt.Println("settable through value:", reflect.ValueOf(cfg).Field(0).CanSet())
}
