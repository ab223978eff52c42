package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Level int8

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	_
	Fatal
)

const _Level_name = "DEBUGINFOWARNERROR"

var _Level_index = [...]uint8{0, 5, 9, 13, 18}

func (l Level) String() string {
	i := int(l) + 1
	if i == 5 {
		return "FATAL"
	}
	if i < 0 || i >= len(_Level_index)-1 {
		return "Level(" + strconv.FormatInt(int64(l), 10) + ")"
	}
	return _Level_name[_Level_index[i]:_Level_index[i+1]]
}

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToLower(l.String())), nil }

func (l *Level) UnmarshalText(b []byte) error {
	for c := Debug; c <= Fatal; c++ {
		if strings.EqualFold(c.String(), string(b)) {
			*l = c
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Config struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

type Logger struct {
	min Level
	out *strings.Builder
}

func (lg *Logger) Log(l Level, msg string, args ...any) {
	if l < lg.min {
		return
	}
	fmt.Fprintf(lg.out, "[%-5v] %s\n", l, fmt.Sprintf(msg, args...))
}

func main() {
	for l := Debug; l <= Fatal; l++ {
		fmt.Printf("%d=%v ", l, l)
	}
	fmt.Println()
	fmt.Printf("%s|%5s|%-6v|%q|%x\n", Warn, Info, Error, Fatal, Error)

	var cfg Config
	if err := json.Unmarshal([]byte(`{"name":"api","level":"warn"}`), &cfg); err != nil {
		fmt.Println("err:", err)
	}
	fmt.Printf("%+v\n", cfg)
	out, _ := json.Marshal(cfg)
	fmt.Println(string(out))
	err := json.Unmarshal([]byte(`{"level":"loud"}`), &cfg)
	fmt.Println("err:", err)

	m := map[Level]int{Info: 3, Error: 1}
	mj, _ := json.Marshal(m)
	fmt.Println(string(mj))

	var sb strings.Builder
	lg := &Logger{min: Info, out: &sb}
	lg.Log(Debug, "hidden %d", 1)
	lg.Log(Info, "started %s", cfg.Name)
	lg.Log(Error, "failed after %d tries", 3)
	lg.Log(Level(7), "odd level")
	fmt.Print(sb.String())
	fmt.Fprintln(os.Stdout, []Level{Warn, Debug}, Level(3))
}
