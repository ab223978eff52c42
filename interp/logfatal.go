package interp

import (
	"fmt"
	"log"
	"reflect"
)

// logSymbols are the cells' package-level functions of log, on a logger of
// the session that writes to the cell's standard error. log.Fatal,
// Fatalf and Fatalln print and then end the cell as os.Exit(1) does
// (osexit.go): no deferred call runs and no recover catches them, as in Go.
// (yaegi's own table makes them panics.)
func (s *Session) logSymbols() map[string]reflect.Value {
	l := log.New(routedWriter{r: s.router, stderr: true}, "", log.LstdFlags)
	s.slog = newSlogDefault(l)
	fatal := func(msg string) {
		_ = l.Output(3, msg)
		s.osExit(1)
	}
	return map[string]reflect.Value{
		"Fatal":     reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
		"Fatalf":    reflect.ValueOf(func(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }),
		"Fatalln":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
		"Flags":     reflect.ValueOf(l.Flags),
		"Output":    reflect.ValueOf(l.Output),
		"Panic":     reflect.ValueOf(l.Panic),
		"Panicf":    reflect.ValueOf(l.Panicf),
		"Panicln":   reflect.ValueOf(l.Panicln),
		"Prefix":    reflect.ValueOf(l.Prefix),
		"Print":     reflect.ValueOf(l.Print),
		"Printf":    reflect.ValueOf(l.Printf),
		"Println":   reflect.ValueOf(l.Println),
		"SetFlags":  reflect.ValueOf(l.SetFlags),
		"SetOutput": reflect.ValueOf(l.SetOutput),
		"SetPrefix": reflect.ValueOf(l.SetPrefix),
		"Writer":    reflect.ValueOf(l.Writer),
	}
}
