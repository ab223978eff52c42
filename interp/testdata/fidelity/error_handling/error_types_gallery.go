package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

func describe(err error) string {
	var numErr *strconv.NumError
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var pathErr *os.PathError
	var parseErr *time.ParseError
	switch {
	case err == nil:
		return "no error"
	case errors.As(err, &numErr):
		return fmt.Sprintf("number: func=%s num=%q err=%v range=%v", numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrRange))
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("json syntax at offset %d: %v", syntaxErr.Offset, syntaxErr)
	case errors.As(err, &typeErr):
		return fmt.Sprintf("json type: field=%s value=%s type=%v", typeErr.Field, typeErr.Value, typeErr.Type)
	case errors.As(err, &pathErr):
		return fmt.Sprintf("path: op=%s path=%s", pathErr.Op, pathErr.Path)
	case errors.As(err, &parseErr):
		return fmt.Sprintf("time: value=%q layout elem=%q", parseErr.Value, parseErr.LayoutElem)
	case errors.Is(err, io.EOF):
		return "end of input"
	}
	return "unknown: " + err.Error()
}

type Item struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func main() {
	_, e1 := strconv.Atoi("12x")
	_, e2 := strconv.ParseInt("99999999999999999999", 10, 64)
	_, e3 := strconv.ParseFloat("", 64)
	var it Item
	e4 := json.Unmarshal([]byte(`{"name": "a", "count": "many"}`), &it)
	e5 := json.Unmarshal([]byte(`{"name": "a",}`), &it)
	_, e6 := os.ReadFile("/nonexistent/dir/file.txt")
	_, e7 := time.Parse("2006-01-02", "2024-13-45")
	_, e8 := io.ReadAll(strings.NewReader(""))
	var b [1]byte
	_, e9 := strings.NewReader("").Read(b[:])
	e10 := fmt.Errorf("loading config: %w", e1)
	for i, err := range []error{e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, errors.New("custom")} {
		fmt.Printf("%2d %s\n", i+1, describe(err))
	}
	fmt.Println(e4)
	fmt.Println(e7)
}
