package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"time"
)

func parseAll(inputs []string) {
	for _, in := range inputs {
		n, err := strconv.ParseInt(in, 10, 8)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-6q ok %d\n", in, n)
		case errors.Is(err, strconv.ErrRange):
			fmt.Printf("%-6q range (clamped to %d): %v\n", in, n, err)
		case errors.As(err, &ne):
			fmt.Printf("%-6q %s failed on %q: %v\n", in, ne.Func, ne.Num, ne.Err)
		}
	}
}

type Config struct {
	Port    int           `json:"port"`
	Name    string        `json:"name"`
	Timeout time.Duration `json:"timeout"`
}

func decode(src string) {
	var c Config
	err := json.Unmarshal([]byte(src), &c)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
		fmt.Printf("config %+v\n", c)
	case errors.As(err, &se):
		fmt.Printf("syntax error at offset %d: %v\n", se.Offset, se)
	case errors.As(err, &te):
		fmt.Printf("type error: field=%s value=%s want=%v\n", te.Field, te.Value, te.Type)
	default:
		fmt.Println("other:", err)
	}
}

func main() {
	parseAll([]string{"42", "-128", "300", "12a", "", "-999"})
	_, err := strconv.Atoi("3.14")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("yes")
	fmt.Printf("%v | %#v\n", err, errors.Unwrap(err) == strconv.ErrSyntax)

	decode(`{"port": 8080, "name": "api", "timeout": 1500000000}`)
	decode(`{"port": "eighty"}`)
	decode(`{"port": 80,}`)
	decode(`[1,2]`)

	_, err = os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrPermission))
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
}
