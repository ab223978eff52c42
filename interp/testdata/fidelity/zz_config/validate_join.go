package main

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

type FieldError struct {
	Field string
	Value string
	Rule  string
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s=%q: %s", e.Field, e.Value, e.Rule)
}

var ErrRequired = errors.New("required")

type Settings struct {
	Listen   string
	Port     int
	Timeout  time.Duration
	Replicas int
	Mode     string
	Admins   []string
}

type rule func(key, val string, s *Settings) error

var rules = map[string]rule{
	"listen": func(k, v string, s *Settings) error {
		if net.ParseIP(v) == nil {
			return FieldError{k, v, "not an IP address"}
		}
		s.Listen = v
		return nil
	},
	"port": func(k, v string, s *Settings) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		if n < 1 || n > 65535 {
			return FieldError{k, v, "out of range 1..65535"}
		}
		s.Port = n
		return nil
	},
	"timeout": func(k, v string, s *Settings) error {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		s.Timeout = d
		return nil
	},
	"replicas": func(k, v string, s *Settings) error {
		n, err := strconv.ParseUint(v, 10, 8)
		if err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		s.Replicas = int(n)
		return nil
	},
	"mode": func(k, v string, s *Settings) error {
		switch v {
		case "dev", "prod", "test":
			s.Mode = v
			return nil
		}
		return FieldError{k, v, "must be dev, prod or test"}
	},
	"admins": func(k, v string, s *Settings) error {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); !strings.Contains(a, "@") {
				return FieldError{k, a, "not an email"}
			}
			s.Admins = append(s.Admins, strings.TrimSpace(a))
		}
		return nil
	},
}

var order = []string{"listen", "port", "timeout", "replicas", "mode", "admins"}

func Load(text string) (Settings, error) {
	vals := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			vals[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	var s Settings
	var errs []error
	for _, k := range order {
		v, ok := vals[k]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: %w", k, ErrRequired))
			continue
		}
		errs = append(errs, rules[k](k, v, &s))
	}
	return s, errors.Join(errs...)
}

func main() {
	good := "listen=127.0.0.1\nport=8443\ntimeout=1m30s\nreplicas=3\nmode=prod\nadmins=a@x.io, b@y.io"
	s, err := Load(good)
	fmt.Printf("%+v %v\n", s, err)
	fmt.Println(s.Timeout.Seconds(), s.Timeout)

	bad := "listen=999.1.1.1\nport=70000\ntimeout=soon\nreplicas=300\nmode=staging\nadmins=root"
	_, err = Load(bad)
	fmt.Println(err)
	var fe FieldError
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrRange))

	_, err = Load("port=80")
	fmt.Println(strings.Count(err.Error(), "required"), errors.Is(err, ErrRequired))
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(j.Unwrap()))
	}
}
