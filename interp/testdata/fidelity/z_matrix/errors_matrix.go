package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type NotFound struct{ Key string }

func (n *NotFound) Error() string { return "not found: " + n.Key }

type Wrap struct {
	Op  string
	Err error
}

func (w *Wrap) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrap) Unwrap() error { return w.Err }

var ErrTemporary = errors.New("temporary")
var ErrSentinel = errors.New("sentinel")

type Temp struct{}

func (Temp) Error() string        { return "temp failure" }
func (Temp) Is(target error) bool { return target == ErrTemporary }

type Multi []error

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m Multi) Unwrap() []error { return m }

func report(name string, err error) {
	var c Code
	var nf *NotFound
	var w *Wrap
	var t Temp
	var m Multi
	fmt.Printf("%-14s %-38q As Code=%v(%d) NotFound=%v Wrap=%v Temp=%v Multi=%v\n", name, fmt.Sprint(err),
		errors.As(err, &c), int(c), errors.As(err, &nf), errors.As(err, &w), errors.As(err, &t), errors.As(err, &m))
	if nf != nil {
		fmt.Println("   nf key:", nf.Key)
	}
	if w != nil {
		fmt.Println("   wrap op:", w.Op, "unwrap:", errors.Unwrap(w))
	}
}

func main() {
	report("Code(1)", Code(1))
	fmt.Printf("%-14s Is %-12s %v\n", "Code(1)", "Code(1)", errors.Is(Code(1), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Code(1)", "Code(3)", errors.Is(Code(1), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Code(1)", "Sentinel", errors.Is(Code(1), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Code(1)", "ErrTemporary", errors.Is(Code(1), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Code(1)", "&NotFound", errors.Is(Code(1), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Code(1)", Code(1), Code(1), Code(1))
	report("&NotFound", &NotFound{"k"})
	fmt.Printf("%-14s Is %-12s %v\n", "&NotFound", "Code(1)", errors.Is(&NotFound{"k"}, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "&NotFound", "Code(3)", errors.Is(&NotFound{"k"}, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "&NotFound", "Sentinel", errors.Is(&NotFound{"k"}, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "&NotFound", "ErrTemporary", errors.Is(&NotFound{"k"}, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "&NotFound", "&NotFound", errors.Is(&NotFound{"k"}, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "&NotFound", &NotFound{"k"}, &NotFound{"k"}, &NotFound{"k"})
	report("Wrap(Code)", &Wrap{"read", Code(2)})
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(Code)", "Code(1)", errors.Is(&Wrap{"read", Code(2)}, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(Code)", "Code(3)", errors.Is(&Wrap{"read", Code(2)}, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(Code)", "Sentinel", errors.Is(&Wrap{"read", Code(2)}, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(Code)", "ErrTemporary", errors.Is(&Wrap{"read", Code(2)}, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(Code)", "&NotFound", errors.Is(&Wrap{"read", Code(2)}, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Wrap(Code)", &Wrap{"read", Code(2)}, &Wrap{"read", Code(2)}, &Wrap{"read", Code(2)})

	report("Wrap(NotFound)", &Wrap{"open", &NotFound{"f"}})
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(NotFound)", "Code(1)", errors.Is(&Wrap{"open", &NotFound{"f"}}, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(NotFound)", "Code(3)", errors.Is(&Wrap{"open", &NotFound{"f"}}, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(NotFound)", "Sentinel", errors.Is(&Wrap{"open", &NotFound{"f"}}, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(NotFound)", "ErrTemporary", errors.Is(&Wrap{"open", &NotFound{"f"}}, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Wrap(NotFound)", "&NotFound", errors.Is(&Wrap{"open", &NotFound{"f"}}, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Wrap(NotFound)", &Wrap{"open", &NotFound{"f"}}, &Wrap{"open", &NotFound{"f"}}, &Wrap{"open", &NotFound{"f"}})
	report("%w Code", fmt.Errorf("ctx: %w", Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Code", "Code(1)", errors.Is(fmt.Errorf("ctx: %w", Code(3)), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Code", "Code(3)", errors.Is(fmt.Errorf("ctx: %w", Code(3)), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Code", "Sentinel", errors.Is(fmt.Errorf("ctx: %w", Code(3)), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Code", "ErrTemporary", errors.Is(fmt.Errorf("ctx: %w", Code(3)), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Code", "&NotFound", errors.Is(fmt.Errorf("ctx: %w", Code(3)), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "%w Code", fmt.Errorf("ctx: %w", Code(3)), fmt.Errorf("ctx: %w", Code(3)), fmt.Errorf("ctx: %w", Code(3)))
	report("%w %w", fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}))
	fmt.Printf("%-14s Is %-12s %v\n", "%w %w", "Code(1)", errors.Is(fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w %w", "Code(3)", errors.Is(fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w %w", "Sentinel", errors.Is(fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "%w %w", "ErrTemporary", errors.Is(fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "%w %w", "&NotFound", errors.Is(fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "%w %w", fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}), fmt.Errorf("two: %w / %w", ErrSentinel, &NotFound{"x"}))

	report("Join", errors.Join(Code(4), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Join", "Code(1)", errors.Is(errors.Join(Code(4), ErrSentinel), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Join", "Code(3)", errors.Is(errors.Join(Code(4), ErrSentinel), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Join", "Sentinel", errors.Is(errors.Join(Code(4), ErrSentinel), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Join", "ErrTemporary", errors.Is(errors.Join(Code(4), ErrSentinel), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Join", "&NotFound", errors.Is(errors.Join(Code(4), ErrSentinel), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Join", errors.Join(Code(4), ErrSentinel), errors.Join(Code(4), ErrSentinel), errors.Join(Code(4), ErrSentinel))
	report("Temp", Temp{})
	fmt.Printf("%-14s Is %-12s %v\n", "Temp", "Code(1)", errors.Is(Temp{}, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Temp", "Code(3)", errors.Is(Temp{}, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Temp", "Sentinel", errors.Is(Temp{}, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Temp", "ErrTemporary", errors.Is(Temp{}, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Temp", "&NotFound", errors.Is(Temp{}, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Temp", Temp{}, Temp{}, Temp{})
	report("%w Temp", fmt.Errorf("t: %w", Temp{}))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Temp", "Code(1)", errors.Is(fmt.Errorf("t: %w", Temp{}), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Temp", "Code(3)", errors.Is(fmt.Errorf("t: %w", Temp{}), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Temp", "Sentinel", errors.Is(fmt.Errorf("t: %w", Temp{}), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Temp", "ErrTemporary", errors.Is(fmt.Errorf("t: %w", Temp{}), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Temp", "&NotFound", errors.Is(fmt.Errorf("t: %w", Temp{}), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "%w Temp", fmt.Errorf("t: %w", Temp{}), fmt.Errorf("t: %w", Temp{}), fmt.Errorf("t: %w", Temp{}))

	report("Sentinel", ErrSentinel)
	fmt.Printf("%-14s Is %-12s %v\n", "Sentinel", "Code(1)", errors.Is(ErrSentinel, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Sentinel", "Code(3)", errors.Is(ErrSentinel, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Sentinel", "Sentinel", errors.Is(ErrSentinel, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Sentinel", "ErrTemporary", errors.Is(ErrSentinel, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Sentinel", "&NotFound", errors.Is(ErrSentinel, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Sentinel", ErrSentinel, ErrSentinel, ErrSentinel)
	report("%w Wrap%w", fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Wrap%w", "Code(1)", errors.Is(fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Wrap%w", "Code(3)", errors.Is(fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Wrap%w", "Sentinel", errors.Is(fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Wrap%w", "ErrTemporary", errors.Is(fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "%w Wrap%w", "&NotFound", errors.Is(fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "%w Wrap%w", fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}), fmt.Errorf("deep: %w", &Wrap{"op", fmt.Errorf("mid: %w", Code(5))}))
	report("nil", nil)
	fmt.Printf("%-14s Is %-12s %v\n", "nil", "Code(1)", errors.Is(nil, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "nil", "Code(3)", errors.Is(nil, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "nil", "Sentinel", errors.Is(nil, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "nil", "ErrTemporary", errors.Is(nil, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "nil", "&NotFound", errors.Is(nil, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "nil", nil, nil, nil)

	report("%v Code", fmt.Errorf("flat: %v", Code(6)))
	fmt.Printf("%-14s Is %-12s %v\n", "%v Code", "Code(1)", errors.Is(fmt.Errorf("flat: %v", Code(6)), Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "%v Code", "Code(3)", errors.Is(fmt.Errorf("flat: %v", Code(6)), Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "%v Code", "Sentinel", errors.Is(fmt.Errorf("flat: %v", Code(6)), ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "%v Code", "ErrTemporary", errors.Is(fmt.Errorf("flat: %v", Code(6)), ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "%v Code", "&NotFound", errors.Is(fmt.Errorf("flat: %v", Code(6)), &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "%v Code", fmt.Errorf("flat: %v", Code(6)), fmt.Errorf("flat: %v", Code(6)), fmt.Errorf("flat: %v", Code(6)))
	report("Multi", Multi{Code(7), &NotFound{"m"}})
	fmt.Printf("%-14s Is %-12s %v\n", "Multi", "Code(1)", errors.Is(Multi{Code(7), &NotFound{"m"}}, Code(1)))
	fmt.Printf("%-14s Is %-12s %v\n", "Multi", "Code(3)", errors.Is(Multi{Code(7), &NotFound{"m"}}, Code(3)))
	fmt.Printf("%-14s Is %-12s %v\n", "Multi", "Sentinel", errors.Is(Multi{Code(7), &NotFound{"m"}}, ErrSentinel))
	fmt.Printf("%-14s Is %-12s %v\n", "Multi", "ErrTemporary", errors.Is(Multi{Code(7), &NotFound{"m"}}, ErrTemporary))
	fmt.Printf("%-14s Is %-12s %v\n", "Multi", "&NotFound", errors.Is(Multi{Code(7), &NotFound{"m"}}, &NotFound{"k"}))
	fmt.Printf("%-14s %T %v %+v\n", "Multi", Multi{Code(7), &NotFound{"m"}}, Multi{Code(7), &NotFound{"m"}}, Multi{Code(7), &NotFound{"m"}})
}
