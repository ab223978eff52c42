package interp

import (
	"testing"
)

// runWhole runs code as one cell and returns what it printed; the cell
// must not fail.
func runWhole(t *testing.T, code string) string {
	t.Helper()
	s := newSession(t)
	res, rec := run(t, s, code)
	if res.Err != nil {
		t.Fatalf("%s: %s\noutput: %q", res.Err.Name, res.Err.Value, rec.out())
	}
	return rec.out()
}

// errors.As with a target of an interface literal or a cell's interface
// finds a compiled error of the chain that has the methods (*fs.PathError
// and *net.DNSError have Timeout): it answered false for some of them.
func TestFidProbenErrorsAsCompiledIface(t *testing.T) {
	code := `import (
	"errors"
	"fmt"
	"net"
	"os"
)

type timeouter interface{ Timeout() bool }

func main() {
	for _, err := range []error{
		fmt.Errorf("cache: %w", &os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}),
		fmt.Errorf("fetch: %w", &net.DNSError{Name: "h", IsTimeout: true}),
		errors.New("plain"),
	} {
		var lit interface{ Timeout() bool }
		var named timeouter
		ok1, ok2 := errors.As(err, &lit), errors.As(err, &named)
		fmt.Println(ok1, ok2, ok1 && lit.Timeout(), ok2 && named.Timeout())
	}
}
main()
`
	want := "true true false false\ntrue true true true\nfalse false false false\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
