package interp

import "testing"

// TestRangeAssign checks range statements that assign to variables declared
// before them: after the loop the variables hold the last iteration's
// values, as in Go.
func TestRangeAssign(t *testing.T) {
	cases := []struct{ code, want string }{
		{"var i int\nfor i = range []int{5, 6, 7} {\n}\ni", "2"},
		{"k, v := 0, \"\"\nfor k, v = range []string{\"x\", \"y\"} {\n}\nfmt.Sprint(k, v)", "1y"},
		{"var key string\nfor key = range map[string]int{\"a\": 1} {\n}\nkey", "a"},
		{"ch := make(chan int, 2)\nch <- 4\nch <- 9\nclose(ch)\nvar c int\nfor c = range ch {\n}\nc", "9"},
		{"j := -1\nfor j = range 3 {\n}\nj", "2"},
		{"j := -1\nfor j = range 0 {\n}\nj", "-1"},
		{"var last int\nsum := 0\nfor _, last = range []int{1, 2, 3} {\n\tsum += last\n}\nfmt.Sprint(last, sum)", "3 6"},
		{"f := func() int {\n\tvar i int\n\tfor i = range [4]int{} {\n\t\tif i == 2 {\n\t\t\tbreak\n\t\t}\n\t}\n\treturn i\n}\nf()", "2"},
		{"idx := map[string]int{}\nfor idx[\"n\"] = range []int{1, 2} {\n}\nidx[\"n\"]", "1"},
	}
	for _, c := range cases {
		s := newSession(t)
		res, rec := run(t, s, c.code)
		if res.Err != nil || text(res) != c.want {
			t.Errorf("%s\n= %q, err %v (stderr %q); want %s", c.code, text(res), res.Err, rec.errOut(), c.want)
		}
	}
}
