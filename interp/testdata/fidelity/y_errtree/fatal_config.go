package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
)

type ConfigError struct {
	Line int
	Key  string
	Err  error
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Key, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

type Config struct {
	Port    int
	Workers int
	Debug   bool
	Name    string
}

func parse(src string) (Config, error) {
	cfg := Config{Port: 8080, Workers: 1}
	var errs []error
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ConfigError{i + 1, line, errors.New("missing =")})
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		var err error
		switch k {
		case "port":
			cfg.Port, err = strconv.Atoi(v)
		case "workers":
			cfg.Workers, err = strconv.Atoi(v)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(v)
		case "name":
			cfg.Name = v
		default:
			err = fmt.Errorf("unknown key")
		}
		if err != nil {
			errs = append(errs, &ConfigError{i + 1, k, err})
		}
	}
	return cfg, errors.Join(errs...)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("cfg: ")
	good := "# server\nport = 9000\nworkers=4\ndebug = true\nname = api"
	cfg, err := parse(good)
	log.Printf("%+v err=%v", cfg, err)
	bad := "port = 80x\nworkers = 2\ncolor = blue\njunk\ndebug = maybe"
	cfg, err = parse(bad)
	var ce *ConfigError
	if errors.As(err, &ce) {
		log.Printf("first problem on line %d (%s)", ce.Line, ce.Key)
	}
	var ne *strconv.NumError
	log.Println("number error:", errors.As(err, &ne), ne.Func, cfg.Workers)
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		log.Print(" - ", e)
	}
	log.Fatalf("giving up: %d problems", len(err.(interface{ Unwrap() []error }).Unwrap()))
}
