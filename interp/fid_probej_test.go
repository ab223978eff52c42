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

// A value of a cell's interface asserted to a struct type that has one of
// the interface's methods through an embedded pointer (Dog struct{ *Base },
// func (*Base) Name()) runs as in Go, in an assertion and in a type
// switch's case, where yaegi refused the program ("impossible type
// assertion ... method has a pointer receiver").
func TestFidProbeJPromotedPointerAssert(t *testing.T) {
	decls := `type Animal interface { Sound() string; Name() string }
type Base struct{ name string }
func (b *Base) Name() string { return b.name }
type Dog struct{ *Base; breed string }
func (Dog) Sound() string { return "woof" }
type Cat struct{ Base }
func (Cat) Sound() string { return "meow" }
var a Animal = Dog{&Base{"rex"}, "lab"}
`
	runSilentCases(t, []silentCase{
		{"assertions", decls + `d := a.(Dog)
d.name = "fido"
_, isCat := a.(*Cat)
var cat Animal = &Cat{Base{"tom"}}
_, isDog := cat.(Dog)
fmt.Println(a.Name(), d.breed, isCat, isDog)`, "fido lab false false\n"},
		{"type switch", decls + `for _, x := range []Animal{a, &Cat{Base{"tom"}}} {
	switch v := x.(type) {
	case Dog:
		fmt.Println("dog", v.breed, v.Name())
	case *Cat:
		fmt.Println("cat", v.Name())
	}
}`, "dog lab rex\ncat tom\n"},
		{"to another interface", decls + `type Named interface{ Name() string }
type Breeder interface{ Breed() string }
n, ok := a.(Named)
_, isBreeder := a.(Breeder)
fmt.Println(ok, n.Name(), isBreeder)`, "true rex false\n"},
		{"printed with its String method", decls + `type Pet interface{ Name() string }
type Puppy struct{ *Base }
func (p Puppy) String() string { return "Puppy(" + p.name + ")" }
var p Pet = Puppy{&Base{"bo"}}
fmt.Println(p, a.Name())
fmt.Printf("%v %s\n", p, []Pet{p})`, "Puppy(bo) rex\nPuppy(bo) [Puppy(bo)]\n"},
		{"failed assertion panics", decls + `defer func() { fmt.Println("recovered:", recover() != nil) }()
var cat Animal = &Cat{Base{"tom"}}
fmt.Println(cat.(Dog).breed)`, "recovered: true\n"},
	})
}
