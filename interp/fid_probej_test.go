package interp

import "testing"

// A range with a value variable over a pointer to an array (a method on
// *[N]T, range &arr) iterates the array without disturbing the variables
// declared before the loop, and sees writes the body makes to elements
// it has not reached yet, as Go's range over the pointer does.
func TestFidProbeJRangeArrayPointer(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"method on a pointer to an array type", `type lens struct{ label string; focal int }
type boxes [4][]lens
func (b *boxes) String() string {
	var sb strings.Builder
	for i, box := range b {
		if len(box) == 0 { continue }
		fmt.Fprintf(&sb, "Box %d: %v\n", i, box)
	}
	return sb.String()
}
var b boxes
b[1] = append(b[1], lens{"rn", 1})
b[3] = append(b[3], lens{"pc", 4}, lens{"ot", 7})
fmt.Print(b.String())
fmt.Println(&b)`, "Box 1: [{rn 1}]\nBox 3: [{pc 4} {ot 7}]\nBox 1: [{rn 1}]\nBox 3: [{pc 4} {ot 7}]\n\n"},
		{"sum through a pointer in a function", `func sum(p *[5]int) (int, string) {
	label := "sum"
	total := 0
	for _, v := range p {
		total += v
	}
	return total, label
}
a := [5]int{1, 2, 3, 4, 5}
fmt.Println(sum(&a))`, "15 sum\n"},
		{"range &arr sees later writes", `arr := [4]int{1, 2, 3, 4}
name := "arr"
for i, v := range &arr {
	if i+1 < len(arr) {
		arr[i+1] += v
	}
}
fmt.Println(name, arr)`, "arr [1 3 6 10]\n"},
	})
}

// A range with a value variable over a nil pointer to an array panics
// with Go's nil dereference, which a recover sees.
func TestFidProbeJRangeNilArrayPointer(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"nil pointer", `func first(p *[3]string) (s string, err error) {
	defer func() {
		if r := recover(); r != nil { err = fmt.Errorf("%v", r) }
	}()
	for _, v := range p {
		return v, nil
	}
	return "", nil
}
fmt.Println(first(&[3]string{"a", "b", "c"}))
_, err := first(nil)
fmt.Println(err)`, "a <nil>\nruntime error: invalid memory address or nil pointer dereference\n"},
	})
}
