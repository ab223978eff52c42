package main

import (
	"errors"
	"fmt"
	"strings"
)

// ErrCode is an error type over a basic type.
type ErrCode int

const (
	CodeOK ErrCode = iota
	CodeLimit
	CodeCurrency
	CodeNegative
)

func (e ErrCode) Error() string {
	switch e {
	case CodeLimit:
		return "daily limit exceeded"
	case CodeCurrency:
		return "currency mismatch"
	case CodeNegative:
		return "negative amount"
	}
	return fmt.Sprintf("code(%d)", int(e))
}

// ValidationError is a struct error with a pointer receiver.
type ValidationError struct {
	Field string
	Value any
	Err   error
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s=%v: %v", v.Field, v.Value, v.Err)
}

func (v *ValidationError) Unwrap() error { return v.Err }

// LimitError is a value-receiver struct error.
type LimitError struct {
	Limit, Attempted int
}

func (l LimitError) Error() string {
	return fmt.Sprintf("limit %d, attempted %d", l.Limit, l.Attempted)
}

func (l LimitError) Is(target error) bool { return target == CodeLimit }

type Payment struct {
	Amount   int
	Currency string
}

func validate(p Payment, spentToday int) error {
	if p.Amount < 0 {
		return &ValidationError{Field: "amount", Value: p.Amount, Err: CodeNegative}
	}
	if p.Currency != "USD" {
		return &ValidationError{Field: "currency", Value: strings.ToLower(p.Currency), Err: CodeCurrency}
	}
	if spentToday+p.Amount > 50000 {
		return fmt.Errorf("payment of %d: %w", p.Amount, LimitError{50000, spentToday + p.Amount})
	}
	return nil
}

func main() {
	payments := []Payment{{1200, "USD"}, {-5, "USD"}, {300, "EUR"}, {49000, "USD"}, {100, "USD"}}
	spent := 0
	for _, p := range payments {
		err := validate(p, spent)
		if err == nil {
			spent += p.Amount
			fmt.Printf("accepted %d, spent=%d\n", p.Amount, spent)
			continue
		}
		fmt.Println("error:", err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  field=%s value=%v (%T)\n", ve.Field, ve.Value, ve.Value)
		}
		var code ErrCode
		if errors.As(err, &code) {
			fmt.Printf("  code=%d %q\n", code, code)
		}
		var le LimitError
		if errors.As(err, &le) {
			fmt.Printf("  over by %d\n", le.Attempted-le.Limit)
		}
		fmt.Println("  is limit:", errors.Is(err, CodeLimit), "is currency:", errors.Is(err, CodeCurrency))
	}
	joined := errors.Join(CodeNegative, &ValidationError{"x", 1, CodeLimit})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, CodeLimit), errors.Is(joined, CodeOK))
}
