package display

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
)

// InputReader is implemented by publishers that can ask the user for a line
// of text (a notebook kernel sends an input_request to the frontend).
type InputReader interface {
	Input(prompt string, password bool) (string, error)
}

// Input asks the user for a line of text, showing prompt. In a notebook
// the frontend shows an input box; elsewhere the line is read from
// standard input.
func Input(prompt string) (string, error) { return ask(prompt, false) }

// Password asks for a line of text without echoing it: the frontend shows
// a password box. Without a frontend it reads standard input (echoed).
func Password(prompt string) (string, error) { return ask(prompt, true) }

func ask(prompt string, password bool) (string, error) {
	if r, ok := publisher().(InputReader); ok {
		return r.Input(prompt, password)
	}
	os.Stdout.WriteString(prompt)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if errors.Is(err, io.EOF) && line != "" {
		err = nil
	}
	return strings.TrimRight(line, "\r\n"), err
}
