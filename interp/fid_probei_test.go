package interp

import "testing"

// A struct that embeds a type a later cell declares waits for it, as a
// named field of that type does: the embedded name is the field's name
// and its type at once.
func TestFidProbeIEmbedsLaterType(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Employee struct {\n\tName string\n\tAddress\n\t*Contact\n}", note: "Address"},
		{code: "type Address struct{ City string }"},
		{code: "func (a Address) String() string { return \"in \" + a.City }"},
		{code: "type Contact struct{ Phone string }"},
		{code: "e := Employee{\"Sam\", Address{\"Austin\"}, &Contact{\"555\"}}\nfmt.Println(e.Name, e.City, e.Phone, e.Address)", stdout: "Sam Austin 555 in Austin\n"},
	})
}
