package interp

import "testing"

// The untyped constant left of a shift by a variable takes its type from
// the shift's context: unsigned masks and bit tests compute as in Go.
func TestFidProbeCShiftOperandType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"loop bound", `n := 3
count := 0
for mask := uint(0); mask < 1<<n; mask++ { count++ }
fmt.Println(count)`, "8\n"},
		{"bit test on uint64", `var x uint64 = 5
for i := 0; i < 4; i++ { fmt.Print(x&(1<<i) != 0, " ") }
fmt.Println()`, "true false true false \n"},
		{"wrapping uint8 sum", `var m uint8 = 250
n := 3
fmt.Println(m + 1<<n)`, "2\n"},
		{"named unsigned type", `type Flags uint16
var f Flags
for _, k := range []int{1, 4, 15} { f |= 1 << k }
fmt.Println(f, f&(1<<4) != 0)`, "32786 true\n"},
		{"in a function", `func set(bits uint32, i int) uint32 { return bits | 1<<i }
fmt.Println(set(1, 31))`, "2147483649\n"},
	})
}
