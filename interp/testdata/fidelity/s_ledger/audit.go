package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type OpKind uint8

const (
	Deposit OpKind = iota + 1
	Withdraw
	Fee
)

var kindNames = [...]string{Deposit: "DEP", Withdraw: "WDR", Fee: "FEE"}

func (k OpKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "OpKind(" + strconv.Itoa(int(k)) + ")"
}

type OpError struct {
	Op   OpKind
	Line int
	Err  error
}

func (e *OpError) Error() string {
	return fmt.Sprintf("line %d: %v: %v", e.Line, e.Op, e.Err)
}
func (e *OpError) Unwrap() error { return e.Err }

var ErrOverdraft = errors.New("overdraft")

func parseAmount(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	return n, nil
}

func run(lines [][2]string) (int, []error) {
	bal := 0
	var errs []error
	for i, l := range lines {
		var kind OpKind
		switch l[0] {
		case "d":
			kind = Deposit
		case "w":
			kind = Withdraw
		case "f":
			kind = Fee
		default:
			kind = OpKind(9)
		}
		amt, err := parseAmount(l[1])
		if err != nil {
			errs = append(errs, &OpError{kind, i + 1, err})
			continue
		}
		switch kind {
		case Deposit:
			bal += amt
		case Withdraw, Fee:
			if amt > bal {
				errs = append(errs, &OpError{kind, i + 1, ErrOverdraft})
				continue
			}
			bal -= amt
		default:
			errs = append(errs, &OpError{kind, i + 1, fs.ErrInvalid})
		}
	}
	return bal, errs
}

func main() {
	lines := [][2]string{{"d", "1000"}, {"w", "250"}, {"w", "x12"}, {"f", "900"}, {"z", "1"}, {"d", "99999999999999999999"}, {"f", "15"}}
	bal, errs := run(lines)
	fmt.Println("balance:", bal)
	for _, err := range errs {
		fmt.Println(err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  num error func=%s num=%q err=%v range=%t\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
		}
		if errors.Is(err, ErrOverdraft) {
			fmt.Println("  overdraft")
		}
		if errors.Is(err, fs.ErrInvalid) {
			fmt.Println("  invalid op; is os.ErrInvalid:", errors.Is(err, os.ErrInvalid))
		}
		var oe *OpError
		if errors.As(err, &oe) {
			fmt.Printf("  %v %d %T\n", oe.Op, oe.Op, oe.Err)
		}
	}
}
