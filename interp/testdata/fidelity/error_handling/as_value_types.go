package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
)

type HTTPError struct {
	Status int
	Body   string
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Status, e.Body) }

type ErrCode int

func (c ErrCode) Error() string { return "code " + strconv.Itoa(int(c)) }

const (
	CodeBadGateway ErrCode = 502
	CodeNotFound   ErrCode = 404
)

func fetch(url string) error {
	switch url {
	case "/missing":
		return fmt.Errorf("fetch %s: %w", url, HTTPError{404, "no such page"})
	case "/proxy":
		return fmt.Errorf("fetch %s: %w", url, CodeBadGateway)
	case "/dns":
		return fmt.Errorf("fetch: %w", &net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true})
	case "/file":
		return fmt.Errorf("cache: %w", &os.PathError{Op: "open", Path: "/cache/x", Err: os.ErrNotExist})
	}
	return nil
}

func main() {
	for _, u := range []string{"/", "/missing", "/proxy", "/dns", "/file"} {
		err := fetch(u)
		fmt.Printf("%-8s err=%v\n", u, err)

		var he HTTPError
		if errors.As(err, &he) {
			fmt.Printf("         HTTPError status=%d body=%q\n", he.Status, he.Body)
		}
		var code ErrCode
		if errors.As(err, &code) {
			fmt.Printf("         ErrCode %d, is 502: %v\n", int(code), errors.Is(err, CodeBadGateway))
		}
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) {
			fmt.Printf("         DNS name=%s notfound=%v\n", dnsErr.Name, dnsErr.IsNotFound)
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			fmt.Printf("         path=%s op=%s notexist=%v\n", pe.Path, pe.Op, errors.Is(err, os.ErrNotExist))
		}
		var iface interface{ Timeout() bool }
		if errors.As(err, &iface) {
			fmt.Printf("         has Timeout(): %v\n", iface.Timeout())
		}
	}

	e1 := HTTPError{500, "boom"}
	e2 := HTTPError{500, "boom"}
	fmt.Println("comparable equal:", errors.Is(e1, e2), e1 == e2)
	fmt.Println("code compare:", errors.Is(fmt.Errorf("x: %w", CodeNotFound), CodeNotFound), errors.Is(CodeNotFound, CodeBadGateway))

	var err error = CodeNotFound
	switch v := err.(type) {
	case HTTPError:
		fmt.Println("http", v.Status)
	case ErrCode:
		fmt.Println("errcode", int(v), v)
	default:
		fmt.Println("other")
	}
	fmt.Printf("%v | %d | %T\n", err, CodeNotFound, err)
}
