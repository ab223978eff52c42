package display_test

import (
	"fmt"

	"github.com/gopad/gopad/interp/display"
)

// Without a publisher (outside a notebook), HTML prints its text form.
func ExampleHTML() {
	display.HTML("<h1>Report</h1><p>All <b>3</b> tasks done.</p>")
	// Output: Report All 3 tasks done.
}

// A handle shows a display once and then updates it in place; outside a
// notebook each update is printed.
func ExampleNewHandle() {
	h := display.NewHandle()
	for i := 1; i <= 3; i++ {
		h.Text(fmt.Sprintf("progress: %d/3", i))
	}
	// Output:
	// progress: 1/3
	// progress: 2/3
	// progress: 3/3
}

// Money has a display method: a notebook cell ending in a Money value
// shows the HTML.
type Money struct {
	Cents    int
	Currency string
}

func (m Money) Display() display.Data {
	s := fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
	return display.Data{Data: map[string]any{
		display.MIMEHTML: "<b>" + s + "</b>",
		display.MIMEText: s,
	}}
}

func ExampleDisplayer() {
	d, ok := display.Of(Money{1250, "EUR"})
	fmt.Println(ok, d.Data[display.MIMEHTML])
	display.Show(d)
	// Output:
	// true <b>12.50 EUR</b>
	// 12.50 EUR
}

func ExamplePlainText() {
	d := display.PNGData([]byte("not a real PNG"))
	fmt.Println(display.PlainText(d))
	d, _ = display.JSONData(map[string]int{"tasks": 2})
	fmt.Println(display.PlainText(d))
	// Output:
	// [PNG image, 14 bytes]
	// {
	//   "tasks": 2
	// }
}
