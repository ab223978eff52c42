package interp

import (
	"testing"
)

// silentCase is a program whose output must be what go run prints.
type silentCase struct {
	name, code, want string
}

func runSilentCases(t *testing.T, cases []silentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			res, rec := run(t, s, c.code)
			if res.Err != nil {
				t.Fatalf("error %s: %s\noutput: %q", res.Err.Name, res.Err.Value, rec.out())
			}
			if got := rec.out(); got != c.want {
				t.Errorf("printed %q, want %q", got, c.want)
			}
		})
	}
}

// Named results start at zero on every call, also when the same call
// site runs again in a loop.
func TestSilentNamedResults(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"counter in a loop", `func count(n int) (c int, seen []int) {
	for i := 0; i < n; i++ { c++; seen = append(seen, i) }
	return
}
for n := 1; n <= 3; n++ {
	c, s := count(n)
	fmt.Println(c, len(s))
}`, "1 1\n2 2\n3 3\n"},
		{"closure updates a named result", `func solve(n int) (count int) {
	var place func(row int)
	place = func(row int) {
		if row == n { count++; return }
		for c := 0; c < n; c++ { place(row + 1) }
	}
	place(0)
	return
}
for n := 1; n <= 3; n++ { fmt.Println(solve(n)) }`, "1\n4\n27\n"},
		{"function literal", `f := func(x int) (sum int) { sum += x; return }
for i := 1; i <= 3; i++ { fmt.Println(f(i)) }`, "1\n2\n3\n"},
	})
}

// A switch whose tag reads a variable of its own init statement compares
// the cases against that variable's value.
func TestSilentSwitchInit(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"field of the init variable", `type instr struct { op string; arg int }
code := []instr{{"nop", 0}, {"acc", 3}}
for pc := range code {
	switch in := code[pc]; in.op {
	case "acc":
		fmt.Println("acc", in.arg)
	default:
		fmt.Println("other", in.op)
	}
}`, "other nop\nacc 3\n"},
		{"labeled, two variables", `xs := []int{1, 2}
L:
	switch a, b := xs[0], xs[1]; a + b {
	case 3:
		fmt.Println("three")
		break L
	default:
		fmt.Println("default")
	}
fmt.Println("after")`, "three\nafter\n"},
	})
}

// A function literal handed to a compiled function that calls it later
// (wg.Go) sees the variables of its own iteration.
func TestSilentLiteralArgInLoop(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"loop variable", `var wg sync.WaitGroup
squares := make([]int, 5)
for i := range squares {
	wg.Go(func() { squares[i] = i * i })
}
wg.Wait()
fmt.Println(squares)`, "[0 1 4 9 16]\n"},
		{"body variable, nested", `var mu sync.Mutex
var wg sync.WaitGroup
sum := 0
for i := 1; i <= 3; i++ {
	k := i * 10
	wg.Go(func() {
		var inner sync.WaitGroup
		for j := 0; j < 2; j++ {
			v := k + j
			inner.Go(func() { mu.Lock(); sum += v; mu.Unlock() })
		}
		inner.Wait()
	})
}
wg.Wait()
fmt.Println(sum)`, "123\n"},
	})
}

// Assigning a variable whose address was taken, or that a closure
// captured, updates it in place.
func TestSilentAssignInPlace(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"struct literal", `type Account struct{ Balance int }
acc := Account{100}
p := &acc
deposit := func(n int) { acc.Balance += n }
acc = Account{7}
deposit(1)
fmt.Println(p.Balance, acc.Balance)`, "8 8\n"},
		{"redeclared by :=", `func pair() (int, error) { return 5, fmt.Errorf("late") }
func run() (out string) {
	n, err := 0, error(nil)
	defer func() { out = fmt.Sprint(n, err) }()
	n, err2 := pair()
	err, x := err2, 1
	_ = x
	return
}
fmt.Println(run())`, "5 late\n"},
	})
}
