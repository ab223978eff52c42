package rewrite

import "testing"

func TestMonoSpelled(t *testing.T) {
	spelled := map[string]string{
		"Listᐸintᐳ":                "List[int]",
		"Vecᐸfloat64ᐳ":             "Vec[float64]",
		"ListᐸVecᐸfloat64ᐳᐳ":       "List[Vec[float64]]",
		"Pairᐸstring, intᐳ":        "Pair[string, int]",
		"StackᐸPairᐸstring, intᐳᐳ": "Stack[Pairᐸstring, intᐳ]",
	}
	for _, c := range []struct{ in, want string }{
		{"List[int]", "Listᐸintᐳ"},
		{"*List[int]", "*Listᐸintᐳ"},
		{"map[string]List[int]", "map[string]Listᐸintᐳ"},
		{"[]List[Vec[float64]]", "[]ListᐸVecᐸfloat64ᐳᐳ"},
		{"Pair[string,int]", "Pairᐸstring, intᐳ"},
		{"Stack[Pair[string, int]]", "StackᐸPairᐸstring, intᐳᐳ"},
		{"List[string]", "List[string]"},
		{"other.List[int]", "other.List[int]"},
		{"func(List[int]) Vec[float64]", "func(Listᐸintᐳ) Vecᐸfloat64ᐳ"},
	} {
		if got := monoSpelled(c.in, spelled); got != c.want {
			t.Errorf("monoSpelled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
