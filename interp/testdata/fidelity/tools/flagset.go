package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	dest := fs.String("dest", "/tmp/backup", "destination `dir`")
	keep := fs.Int("keep", 7, "how many to keep")
	every := fs.Duration("every", time.Hour, "interval")
	err := fs.Parse(strings.Fields("-v -keep 3 -every 90m src1 src2"))
	fmt.Println(err, *verbose, *dest, *keep, *every, fs.Args(), fs.NArg())

	fs2 := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("keep", 7, "how many to keep")
	err = fs2.Parse([]string{"-keep", "lots"})
	fmt.Println("error:", err)

	err = fs2.Parse([]string{"-nope"})
	fmt.Println("error:", err)

	fs.PrintDefaults()
}
