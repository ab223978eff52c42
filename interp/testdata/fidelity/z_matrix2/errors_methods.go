package main

import (
	"errors"
	"fmt"
	"strings"
)

type Count int
type Name string
type Celsius float64
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Pair struct {
	K Name
	V Count
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

var ErrBase = errors.New("base")

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temp struct{ Op string }

func (e *Temp) Error() string { return "temporary " + e.Op }
func (e *Temp) Is(target error) bool {
	t, ok := target.(*Temp)
	return ok && (t.Op == "" || t.Op == e.Op)
}
func (e *Temp) Timeout() bool { return true }

type Wrap struct {
	Msg string
	Err error
}

func (w Wrap) Error() string { return w.Msg + ": " + w.Err.Error() }
func (w Wrap) Unwrap() error { return w.Err }

type Multi struct{ Errs []error }

func (m Multi) Error() string {
	var s []string
	for _, e := range m.Errs {
		s = append(s, e.Error())
	}
	return "multi(" + strings.Join(s, "; ") + ")"
}
func (m Multi) Unwrap() []error { return m.Errs }

type Coded int

func (c Coded) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Coded) Is(target error) bool {
	t, ok := target.(Coded)
	return ok && t/100 == c/100 && t%100 == 0
}

type Converter struct{ Key string }

func (c Converter) Error() string { return "converter " + c.Key }
func (c Converter) As(target any) bool {
	if p, ok := target.(*NotFound); ok {
		*p = NotFound{"from " + c.Key}
		return true
	}
	return false
}

type Timeouter interface{ Timeout() bool }

func main() {
	{
		var err error = NotFound{"a"}
		fmt.Println("NotFound      text  ", err.Error())
		fmt.Println("NotFound      Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("NotFound      As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("NotFound      Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = &Temp{"read"}
		fmt.Println("*Temp         text  ", err.Error())
		fmt.Println("*Temp         Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("*Temp         As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("*Temp         Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = Wrap{"w", NotFound{"b"}}
		fmt.Println("Wrap          text  ", err.Error())
		fmt.Println("Wrap          Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Wrap          As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Wrap          Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = &Wrap{"pw", ErrBase}
		fmt.Println("*Wrap         text  ", err.Error())
		fmt.Println("*Wrap         Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("*Wrap         As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("*Wrap         Unwrap", u != nil, fmt.Sprint(u))
	}

	{
		var err error = fmt.Errorf("ctx: %w", Coded(404))
		fmt.Println("Errorf(Coded) text  ", err.Error())
		fmt.Println("Errorf(Coded) Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Errorf(Coded) As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Errorf(Coded) Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = errors.Join(ErrBase, NotFound{"c"})
		fmt.Println("Join          text  ", err.Error())
		fmt.Println("Join          Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Join          As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Join          Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = Multi{[]error{Coded(500), &Temp{"x"}}}
		fmt.Println("Multi         text  ", err.Error())
		fmt.Println("Multi         Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Multi         As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Multi         Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = fmt.Errorf("%w + %w", NotFound{"d"}, Coded(1))
		fmt.Println("Errorf2       text  ", err.Error())
		fmt.Println("Errorf2       Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Errorf2       As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Errorf2       Unwrap", u != nil, fmt.Sprint(u))
	}

	{
		var err error = Converter{"k"}
		fmt.Println("Converter     text  ", err.Error())
		fmt.Println("Converter     Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Converter     As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Converter     Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = Wrap{"t", &Temp{"write"}}
		fmt.Println("Wrap(Temp)    text  ", err.Error())
		fmt.Println("Wrap(Temp)    Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Wrap(Temp)    As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Wrap(Temp)    Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = Coded(403)
		fmt.Println("Coded         text  ", err.Error())
		fmt.Println("Coded         Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Coded         As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Coded         Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = ErrBase
		fmt.Println("ErrBase       text  ", err.Error())
		fmt.Println("ErrBase       Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("ErrBase       As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("ErrBase       Unwrap", u != nil, fmt.Sprint(u))
	}

	{
		var err error = Wrap{"o", Wrap{"i", Coded(201)}}
		fmt.Println("Wrap(Wrap)    text  ", err.Error())
		fmt.Println("Wrap(Wrap)    Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Wrap(Wrap)    As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Wrap(Wrap)    Unwrap", u != nil, fmt.Sprint(u))
	}
	{
		var err error = errors.Join(Multi{[]error{Converter{"m"}}}, nil)
		fmt.Println("Join(Multi)   text  ", err.Error())
		fmt.Println("Join(Multi)   Is    ", errors.Is(err, ErrBase), errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}), errors.Is(err, Coded(400)), errors.Is(err, Coded(404)), errors.Is(err, Coded(500)), errors.Is(err, &Temp{}), errors.Is(err, &Temp{"write"}), errors.Is(err, err))
		var nf NotFound
		var tp *Temp
		var cd Coded
		var wr Wrap
		var to Timeouter
		okNF := errors.As(err, &nf)
		okTP := errors.As(err, &tp)
		okCD := errors.As(err, &cd)
		okWR := errors.As(err, &wr)
		okTO := errors.As(err, &to)
		fmt.Println("Join(Multi)   As    ", okNF, nf.Key, okTP, tp != nil && tp.Op != "", okCD, int(cd), okWR, wr.Msg, okTO)
		u := errors.Unwrap(err)
		fmt.Println("Join(Multi)   Unwrap", u != nil, fmt.Sprint(u))
	}

	var target *Temp
	joined := errors.Join(Wrap{"a", &Temp{"deep"}}, Coded(100))
	fmt.Println("joined As", errors.As(joined, &target), target.Op, errors.Is(joined, Coded(100)), errors.Is(joined, Coded(199)))
	var e1 error = NotFound{"same"}
	var e2 error = NotFound{"same"}
	fmt.Println("comparable errors", e1 == e2, errors.Is(e1, e2), e1 == error(NotFound{"other"}))
	var p1 error = &Temp{"x"}
	var p2 error = &Temp{"x"}
	fmt.Println("pointer errors", p1 == p2, errors.Is(p1, p2))
	var nilTemp *Temp
	var boxed error = nilTemp
	fmt.Println("typed nil", boxed != nil, nilTemp == nil)
	switch x := errors.Unwrap(Wrap{"s", Coded(7)}).(type) {
	case Coded:
		fmt.Println("switch unwrap Coded", int(x))
	default:
		fmt.Println("switch unwrap other")
	}
}
