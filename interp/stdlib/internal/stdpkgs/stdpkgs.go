// Package stdpkgs decides which standard-library packages get a symbol table.
// It is shared by the generator and the tests of package stdlib, so that the
// check "every package of `go list std` has a table" uses the same rules.
package stdpkgs

import (
	"sort"
	"strings"
)

// Excluded maps the standard-library packages that get no symbol table to the
// reason. Packages under internal/ and vendor/ are dropped too (they cannot
// be imported outside the standard library).
var Excluded = map[string]string{
	"unsafe":           "unsafe breaks the interpreter's memory safety, and yaegi handles it specially (yaegi's own stdlib leaves it out too; unrestricted.Symbols has it)",
	"syscall":          "raw system calls (and a real exit or exec) from a cell; its API differs per GOOS/GOARCH, so one table cannot serve every platform",
	"os/exec":          "kept out of the sandbox like in yaegi's stdlib; gopad's session adds a curated os/exec table of its own",
	"runtime/cgo":      "cgo runtime support, no API for Go code",
	"runtime/race":     "race-detector support, only built with -race; no API",
	"runtime/coverage": "only meaningful in a binary built with -cover; it controls the host's coverage counters, not the cell's",
	"plugin":           "loads compiled Go plugins into the host process (needs cgo and a matching build); nothing an interpreted cell can use safely",
}

// Constraint holds extra build constraints (joined with the go1.N one) for
// packages that do not exist on every platform.
var Constraint = map[string]string{
	"log/syslog": "!windows && !plan9",
}

// Filter returns the packages of list (the output of `go list std`) that get
// a table, and the ones dropped, both sorted. internal and vendor packages
// are dropped silently.
func Filter(list []string) (keep, excluded []string) {
	for _, p := range list {
		switch {
		case p == "internal" || strings.HasPrefix(p, "internal/") || strings.Contains(p, "/internal/") || strings.HasSuffix(p, "/internal"):
		case p == "vendor" || strings.HasPrefix(p, "vendor/"):
		case Excluded[p] != "":
			excluded = append(excluded, p)
		default:
			keep = append(keep, p)
		}
	}
	sort.Strings(keep)
	sort.Strings(excluded)
	return keep, excluded
}
