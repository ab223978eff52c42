package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Name     string
	Port     int
	Timeout  time.Duration
	Debug    bool
	Tags     []string
	Replicas int
}

type FieldError struct {
	Line  int
	Key   string
	Cause error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Key, e.Cause)
}

func (e *FieldError) Unwrap() error { return e.Cause }

var ErrUnknownKey = errors.New("unknown key")

func Load(src string) (Config, []error) {
	cfg := Config{Port: 8080, Timeout: 30 * time.Second, Replicas: 1}
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, val, ok := strings.Cut(text, "=")
		if !ok {
			errs = append(errs, &FieldError{line, text, errors.New("missing =")})
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		var err error
		switch key {
		case "name":
			cfg.Name = val
		case "port":
			cfg.Port, err = strconv.Atoi(val)
		case "timeout":
			cfg.Timeout, err = time.ParseDuration(val)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(val)
		case "tags":
			cfg.Tags = strings.Split(val, ",")
			sort.Strings(cfg.Tags)
		case "replicas":
			cfg.Replicas, err = strconv.Atoi(val)
			if err == nil && cfg.Replicas < 1 {
				err = fmt.Errorf("must be positive, got %d", cfg.Replicas)
			}
		default:
			err = ErrUnknownKey
		}
		if err != nil {
			errs = append(errs, &FieldError{Line: line, Key: key, Cause: err})
		}
	}
	return cfg, errs
}

func main() {
	src := `# service
name = billing
port = 9090
timeout = 1m30s
debug = yes
tags = prod,eu,blue
replicas = 0
colour = red
oops
timeout = 250ms`
	cfg, errs := Load(src)
	fmt.Printf("%+v\n", cfg)
	fmt.Println(cfg.Timeout.Seconds(), cfg.Timeout > time.Second)
	for _, e := range errs {
		var fe *FieldError
		var ne *strconv.NumError
		switch {
		case errors.Is(e, ErrUnknownKey):
			fmt.Println("unknown:", e)
		case errors.As(e, &ne):
			fmt.Println("number:", e, "| func", ne.Func)
		case errors.As(e, &fe):
			fmt.Printf("field %q at %d: %v\n", fe.Key, fe.Line, fe.Cause)
		}
	}
}
