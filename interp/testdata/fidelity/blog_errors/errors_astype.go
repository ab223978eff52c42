package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ConfigError struct {
	Key  string
	Line int
}

func (c *ConfigError) Error() string { return fmt.Sprintf("config line %d: bad key %q", c.Line, c.Key) }

func load(which int) error {
	switch which {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("load: %w", &ConfigError{Key: "port", Line: 3})
	case 2:
		_, err := strconv.ParseInt("12z", 10, 64)
		return fmt.Errorf("load: %w", err)
	case 3:
		_, err := os.Open("/definitely/not/here.conf")
		return fmt.Errorf("load: %w", err)
	}
	return errors.New("unknown")
}

func main() {
	for i := 0; i <= 4; i++ {
		err := load(i)
		fmt.Printf("case %d: %v\n", i, err)
		if ce, ok := errors.AsType[*ConfigError](err); ok {
			fmt.Println("  config error at line", ce.Line, "key", ce.Key)
		}
		if ne, ok := errors.AsType[*strconv.NumError](err); ok {
			fmt.Println("  number error:", ne.Func, ne.Num)
		}
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			fmt.Println("  path error:", pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
		}
	}
}
