// Package symbols holds the yaegi symbol tables that make gopad's own
// packages importable in cells by their real import paths.
//
// Regenerate after changing an exported API:
//
//	go generate ./interp/symbols
package symbols

import "reflect"

//go:generate go run github.com/traefik/yaegi/cmd/yaegi@v0.16.1 extract github.com/gopad/gopad/interp/async github.com/gopad/gopad/interp/display

// Symbols are the tables, keyed as yaegi expects ("path/name").
var Symbols = map[string]map[string]reflect.Value{}
