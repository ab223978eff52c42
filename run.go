package main

import (
	"fmt"
	"io"
)

func runNotebooks(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gopad run: not implemented yet")
	return 1
}

func historyFile() string { return "" }
