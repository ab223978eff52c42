package notebook

import "regexp"

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func stripANSI(s string) string { return ansi.ReplaceAllString(s, "") }

func (r *Runner) bold(s string) string {
	if !r.Color {
		return s
	}
	return "\x1b[1m" + s + "\x1b[0m"
}

func (r *Runner) dim(s string) string {
	if !r.Color {
		return s
	}
	return "\x1b[2m" + s + "\x1b[0m"
}
