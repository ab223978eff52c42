package interp

import (
	"regexp"
	"testing"
)

// Under the race detector, the tests whose cells meet yaegi's own data
// races are skipped, and every other interp test runs
// (docs/yaegi-upstream-races.md):
//   - cells that start goroutines, which read the global frame that a
//     later chunk's Execute reallocates (§1, yaegi's);
//   - interrupts of running loops, whose flag interpreted code reads
//     without atomics (§2, deliberate);
//   - cells left running after a deadlock or a time limit (§3).

// startsGoroutines matches a go statement, or a standard function that
// calls a cell's function on a goroutine of its own.
var startsGoroutines = regexp.MustCompile(`(^|[\s;{}()])go\s+[\pL_(]|\bAfterFunc\(|\.Go\(`)

// skipRacingCell skips t under the race detector when code starts goroutines.
func skipRacingCell(t *testing.T, code string) {
	t.Helper()
	if raceDetector && startsGoroutines.MatchString(code) {
		t.Skip("under -race: the cell starts goroutines, which meet yaegi's reallocated global frame (docs/yaegi-upstream-races.md §1)")
	}
}

// skipUnderRace skips t under the race detector, for why (a section of
// docs/yaegi-upstream-races.md).
func skipUnderRace(t *testing.T, why string) {
	t.Helper()
	if raceDetector {
		t.Skip("under -race: " + why + " (docs/yaegi-upstream-races.md)")
	}
}
