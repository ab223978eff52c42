package rewrite

import (
	"go/importer"
	"go/token"
	"testing"

	"github.com/gopad/gopad/interp/source"
)

// TestTypedCheckOnlyWhenWanted checks that the typed phase type-checks a
// chunk only when one of its passes wants it (a check costs milliseconds),
// and that a checked chunk gets the edits of every pass.
func TestTypedCheckOnlyWhenWanted(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	const plain = "import \"fmt\"\nvar w string"
	const typed = plain + "\ntype City struct{ Name string }\nfunc (c City) String() string { return c.Name }"
	for _, tt := range []struct {
		session, src string
		checked      bool
		want         string
	}{
		{typed, "n := 0\nn += 2", false, "n := 0\nn += 2"},
		{plain, "fmt.Println(len(w))", false, "fmt.Println(len(w))"},
		// The cells' types may need printing as Go prints them.
		{typed, "fmt.Println(len(w))", true, "fmt.Println(len(w))"},
		{typed, "fmt.Println(City{})", true, "fmt.Println((City{}).String())"},
		// Compiled functions that return a concrete type need no assertion.
		{"import (\"fmt\"; \"strconv\")", "fmt.Println(strconv.Itoa(3))", false, "fmt.Println(strconv.Itoa(3))"},
		{"import \"slices\"", "m := slices.Max([]int{1})", true, "m := slices.Max([]int{1}).(int)"},
		{plain, "x := new(3)", true, "x := func() *int { gopadV := int(3); return &gopadV }()"},
		// stringPrint asks for no check, but runs once rangeString had one made.
		{plain, "for _, r := range w { fmt.Println(w) }", true,
			"for gopadS, gopadI, gopadN := string(w), 0, 0; gopadI < len(gopadS); gopadI += gopadN { gopadR := rune(gopadS[gopadI]); gopadN = 1; " +
				"if gopadR >= 0x80 { gopadR, gopadN = gopadBuiltin.DecodeRune(gopadS[gopadI:]) }; _ = gopadR; r := gopadR; _, _ = r, 0; { gs_.Println(w) }}"},
		{plain, "for i := 0; i < 2; i++ { fmt.Println(w) }", false, "for i := 0; i < 2; i++ { fmt.Println(w) }"},
	} {
		scope, env := testSession(t, tt.session, imp)
		checked := false
		check := func(c source.Chunk) *Types {
			checked = true
			return Check(c, env)
		}
		got, err := Env{Scope: scope, Check: check}.Run(source.Chunk{Kind: source.Stmt, Src: tt.src, Line: 1, Col: 1}, Typed)
		if err != nil {
			t.Fatalf("%s: %v", tt.src, err)
		}
		if checked != tt.checked {
			t.Errorf("%s: type-checked %v, want %v", tt.src, checked, tt.checked)
		}
		if got != tt.want {
			t.Errorf("%s:\nbecame %s\nwant   %s", tt.src, got, tt.want)
		}
	}
}
