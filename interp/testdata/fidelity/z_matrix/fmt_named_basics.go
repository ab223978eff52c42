package main

import "fmt"

type Celsius float64
type Count int
type Small int8
type Byte uint8
type Big uint64
type Flag bool
type Name string
type Letter rune
type Cplx complex128
type Raw []byte

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Tag string

func (t *Tag) String() string { return "tag:" + string(*t) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L%c%d", verb, int(l)) }

type Ident string

func (i Ident) GoString() string { return "Ident(" + string(i) + ")" }

type Point struct{ X, Y int }

type Labeled struct {
	Point
	Label  string
	hidden int
}

type Pair struct {
	Key   Name
	Val   Money
	Inner *Point
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Node struct{ ID int }

func (n *Node) String() string { return fmt.Sprintf("node#%d", n.ID) }

type Holder struct {
	A any
	S fmt.Stringer
	E error
}

type Grid [2][2]Count

func main() {
	fmt.Printf("Celsius        %%v     %v\n", Celsius(21.5))
	fmt.Printf("Celsius        %%+v    %+v\n", Celsius(21.5))
	fmt.Printf("Celsius        %%#v    %#v\n", Celsius(21.5))
	fmt.Printf("Celsius        %%T     %T\n", Celsius(21.5))
	fmt.Printf("Celsius        %%d     %d\n", Celsius(21.5))
	fmt.Printf("Celsius        %%s     %s\n", Celsius(21.5))
	fmt.Printf("Celsius        %%q     %q\n", Celsius(21.5))
	fmt.Printf("Celsius        %%x     %x\n", Celsius(21.5))
	fmt.Printf("Celsius        %%X     %X\n", Celsius(21.5))
	fmt.Printf("Celsius        %%o     %o\n", Celsius(21.5))
	fmt.Printf("Celsius        %%b     %b\n", Celsius(21.5))
	fmt.Printf("Celsius        %%e     %e\n", Celsius(21.5))
	fmt.Printf("Celsius        %%f     %f\n", Celsius(21.5))
	fmt.Printf("Celsius        %%g     %g\n", Celsius(21.5))
	fmt.Printf("Celsius        %%t     %t\n", Celsius(21.5))
	fmt.Printf("Celsius        %%c     %c\n", Celsius(21.5))
	fmt.Printf("Celsius        %%U     %U\n", Celsius(21.5))
	fmt.Printf("Celsius        %%8.2f  %8.2f\n", Celsius(21.5))
	fmt.Printf("Celsius        %%-8v|  %-8v|\n", Celsius(21.5))
	fmt.Printf("Celsius        %%08d   %08d\n", Celsius(21.5))
	fmt.Printf("Celsius        %%6v|   %6v|\n", Celsius(21.5))
	fmt.Printf("Celsius        %% x    % x\n", Celsius(21.5))
	fmt.Printf("Count          %%v     %v\n", Count(42))
	fmt.Printf("Count          %%+v    %+v\n", Count(42))
	fmt.Printf("Count          %%#v    %#v\n", Count(42))
	fmt.Printf("Count          %%T     %T\n", Count(42))
	fmt.Printf("Count          %%d     %d\n", Count(42))
	fmt.Printf("Count          %%s     %s\n", Count(42))
	fmt.Printf("Count          %%q     %q\n", Count(42))
	fmt.Printf("Count          %%x     %x\n", Count(42))
	fmt.Printf("Count          %%X     %X\n", Count(42))
	fmt.Printf("Count          %%o     %o\n", Count(42))
	fmt.Printf("Count          %%b     %b\n", Count(42))
	fmt.Printf("Count          %%e     %e\n", Count(42))
	fmt.Printf("Count          %%f     %f\n", Count(42))
	fmt.Printf("Count          %%g     %g\n", Count(42))
	fmt.Printf("Count          %%t     %t\n", Count(42))
	fmt.Printf("Count          %%c     %c\n", Count(42))
	fmt.Printf("Count          %%U     %U\n", Count(42))
	fmt.Printf("Count          %%8.2f  %8.2f\n", Count(42))
	fmt.Printf("Count          %%-8v|  %-8v|\n", Count(42))
	fmt.Printf("Count          %%08d   %08d\n", Count(42))
	fmt.Printf("Count          %%6v|   %6v|\n", Count(42))
	fmt.Printf("Count          %% x    % x\n", Count(42))
	fmt.Printf("Small          %%v     %v\n", Small(-7))
	fmt.Printf("Small          %%+v    %+v\n", Small(-7))
	fmt.Printf("Small          %%#v    %#v\n", Small(-7))
	fmt.Printf("Small          %%T     %T\n", Small(-7))
	fmt.Printf("Small          %%d     %d\n", Small(-7))
	fmt.Printf("Small          %%s     %s\n", Small(-7))
	fmt.Printf("Small          %%q     %q\n", Small(-7))
	fmt.Printf("Small          %%x     %x\n", Small(-7))
	fmt.Printf("Small          %%X     %X\n", Small(-7))
	fmt.Printf("Small          %%o     %o\n", Small(-7))
	fmt.Printf("Small          %%b     %b\n", Small(-7))
	fmt.Printf("Small          %%e     %e\n", Small(-7))
	fmt.Printf("Small          %%f     %f\n", Small(-7))
	fmt.Printf("Small          %%g     %g\n", Small(-7))
	fmt.Printf("Small          %%t     %t\n", Small(-7))
	fmt.Printf("Small          %%c     %c\n", Small(-7))
	fmt.Printf("Small          %%U     %U\n", Small(-7))
	fmt.Printf("Small          %%8.2f  %8.2f\n", Small(-7))
	fmt.Printf("Small          %%-8v|  %-8v|\n", Small(-7))
	fmt.Printf("Small          %%08d   %08d\n", Small(-7))
	fmt.Printf("Small          %%6v|   %6v|\n", Small(-7))
	fmt.Printf("Small          %% x    % x\n", Small(-7))

	fmt.Printf("Byte           %%v     %v\n", Byte(200))
	fmt.Printf("Byte           %%+v    %+v\n", Byte(200))
	fmt.Printf("Byte           %%#v    %#v\n", Byte(200))
	fmt.Printf("Byte           %%T     %T\n", Byte(200))
	fmt.Printf("Byte           %%d     %d\n", Byte(200))
	fmt.Printf("Byte           %%s     %s\n", Byte(200))
	fmt.Printf("Byte           %%q     %q\n", Byte(200))
	fmt.Printf("Byte           %%x     %x\n", Byte(200))
	fmt.Printf("Byte           %%X     %X\n", Byte(200))
	fmt.Printf("Byte           %%o     %o\n", Byte(200))
	fmt.Printf("Byte           %%b     %b\n", Byte(200))
	fmt.Printf("Byte           %%e     %e\n", Byte(200))
	fmt.Printf("Byte           %%f     %f\n", Byte(200))
	fmt.Printf("Byte           %%g     %g\n", Byte(200))
	fmt.Printf("Byte           %%t     %t\n", Byte(200))
	fmt.Printf("Byte           %%c     %c\n", Byte(200))
	fmt.Printf("Byte           %%U     %U\n", Byte(200))
	fmt.Printf("Byte           %%8.2f  %8.2f\n", Byte(200))
	fmt.Printf("Byte           %%-8v|  %-8v|\n", Byte(200))
	fmt.Printf("Byte           %%08d   %08d\n", Byte(200))
	fmt.Printf("Byte           %%6v|   %6v|\n", Byte(200))
	fmt.Printf("Byte           %% x    % x\n", Byte(200))
	fmt.Printf("Big            %%v     %v\n", Big(1<<40))
	fmt.Printf("Big            %%+v    %+v\n", Big(1<<40))
	fmt.Printf("Big            %%#v    %#v\n", Big(1<<40))
	fmt.Printf("Big            %%T     %T\n", Big(1<<40))
	fmt.Printf("Big            %%d     %d\n", Big(1<<40))
	fmt.Printf("Big            %%s     %s\n", Big(1<<40))
	fmt.Printf("Big            %%q     %q\n", Big(1<<40))
	fmt.Printf("Big            %%x     %x\n", Big(1<<40))
	fmt.Printf("Big            %%X     %X\n", Big(1<<40))
	fmt.Printf("Big            %%o     %o\n", Big(1<<40))
	fmt.Printf("Big            %%b     %b\n", Big(1<<40))
	fmt.Printf("Big            %%e     %e\n", Big(1<<40))
	fmt.Printf("Big            %%f     %f\n", Big(1<<40))
	fmt.Printf("Big            %%g     %g\n", Big(1<<40))
	fmt.Printf("Big            %%t     %t\n", Big(1<<40))
	fmt.Printf("Big            %%c     %c\n", Big(1<<40))
	fmt.Printf("Big            %%U     %U\n", Big(1<<40))
	fmt.Printf("Big            %%8.2f  %8.2f\n", Big(1<<40))
	fmt.Printf("Big            %%-8v|  %-8v|\n", Big(1<<40))
	fmt.Printf("Big            %%08d   %08d\n", Big(1<<40))
	fmt.Printf("Big            %%6v|   %6v|\n", Big(1<<40))
	fmt.Printf("Big            %% x    % x\n", Big(1<<40))
	fmt.Printf("Flag           %%v     %v\n", Flag(true))
	fmt.Printf("Flag           %%+v    %+v\n", Flag(true))
	fmt.Printf("Flag           %%#v    %#v\n", Flag(true))
	fmt.Printf("Flag           %%T     %T\n", Flag(true))
	fmt.Printf("Flag           %%d     %d\n", Flag(true))
	fmt.Printf("Flag           %%s     %s\n", Flag(true))
	fmt.Printf("Flag           %%q     %q\n", Flag(true))
	fmt.Printf("Flag           %%x     %x\n", Flag(true))
	fmt.Printf("Flag           %%X     %X\n", Flag(true))
	fmt.Printf("Flag           %%o     %o\n", Flag(true))
	fmt.Printf("Flag           %%b     %b\n", Flag(true))
	fmt.Printf("Flag           %%e     %e\n", Flag(true))
	fmt.Printf("Flag           %%f     %f\n", Flag(true))
	fmt.Printf("Flag           %%g     %g\n", Flag(true))
	fmt.Printf("Flag           %%t     %t\n", Flag(true))
	fmt.Printf("Flag           %%c     %c\n", Flag(true))
	fmt.Printf("Flag           %%U     %U\n", Flag(true))
	fmt.Printf("Flag           %%8.2f  %8.2f\n", Flag(true))
	fmt.Printf("Flag           %%-8v|  %-8v|\n", Flag(true))
	fmt.Printf("Flag           %%08d   %08d\n", Flag(true))
	fmt.Printf("Flag           %%6v|   %6v|\n", Flag(true))
	fmt.Printf("Flag           %% x    % x\n", Flag(true))

	fmt.Printf("Name           %%v     %v\n", Name("gö"))
	fmt.Printf("Name           %%+v    %+v\n", Name("gö"))
	fmt.Printf("Name           %%#v    %#v\n", Name("gö"))
	fmt.Printf("Name           %%T     %T\n", Name("gö"))
	fmt.Printf("Name           %%d     %d\n", Name("gö"))
	fmt.Printf("Name           %%s     %s\n", Name("gö"))
	fmt.Printf("Name           %%q     %q\n", Name("gö"))
	fmt.Printf("Name           %%x     %x\n", Name("gö"))
	fmt.Printf("Name           %%X     %X\n", Name("gö"))
	fmt.Printf("Name           %%o     %o\n", Name("gö"))
	fmt.Printf("Name           %%b     %b\n", Name("gö"))
	fmt.Printf("Name           %%e     %e\n", Name("gö"))
	fmt.Printf("Name           %%f     %f\n", Name("gö"))
	fmt.Printf("Name           %%g     %g\n", Name("gö"))
	fmt.Printf("Name           %%t     %t\n", Name("gö"))
	fmt.Printf("Name           %%c     %c\n", Name("gö"))
	fmt.Printf("Name           %%U     %U\n", Name("gö"))
	fmt.Printf("Name           %%8.2f  %8.2f\n", Name("gö"))
	fmt.Printf("Name           %%-8v|  %-8v|\n", Name("gö"))
	fmt.Printf("Name           %%08d   %08d\n", Name("gö"))
	fmt.Printf("Name           %%6v|   %6v|\n", Name("gö"))
	fmt.Printf("Name           %% x    % x\n", Name("gö"))
	fmt.Printf("Letter         %%v     %v\n", Letter('λ'))
	fmt.Printf("Letter         %%+v    %+v\n", Letter('λ'))
	fmt.Printf("Letter         %%#v    %#v\n", Letter('λ'))
	fmt.Printf("Letter         %%T     %T\n", Letter('λ'))
	fmt.Printf("Letter         %%d     %d\n", Letter('λ'))
	fmt.Printf("Letter         %%s     %s\n", Letter('λ'))
	fmt.Printf("Letter         %%q     %q\n", Letter('λ'))
	fmt.Printf("Letter         %%x     %x\n", Letter('λ'))
	fmt.Printf("Letter         %%X     %X\n", Letter('λ'))
	fmt.Printf("Letter         %%o     %o\n", Letter('λ'))
	fmt.Printf("Letter         %%b     %b\n", Letter('λ'))
	fmt.Printf("Letter         %%e     %e\n", Letter('λ'))
	fmt.Printf("Letter         %%f     %f\n", Letter('λ'))
	fmt.Printf("Letter         %%g     %g\n", Letter('λ'))
	fmt.Printf("Letter         %%t     %t\n", Letter('λ'))
	fmt.Printf("Letter         %%c     %c\n", Letter('λ'))
	fmt.Printf("Letter         %%U     %U\n", Letter('λ'))
	fmt.Printf("Letter         %%8.2f  %8.2f\n", Letter('λ'))
	fmt.Printf("Letter         %%-8v|  %-8v|\n", Letter('λ'))
	fmt.Printf("Letter         %%08d   %08d\n", Letter('λ'))
	fmt.Printf("Letter         %%6v|   %6v|\n", Letter('λ'))
	fmt.Printf("Letter         %% x    % x\n", Letter('λ'))
	fmt.Printf("Cplx           %%v     %v\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%+v    %+v\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%#v    %#v\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%T     %T\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%d     %d\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%s     %s\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%q     %q\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%x     %x\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%X     %X\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%o     %o\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%b     %b\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%e     %e\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%f     %f\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%g     %g\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%t     %t\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%c     %c\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%U     %U\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%8.2f  %8.2f\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%-8v|  %-8v|\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%08d   %08d\n", Cplx(1+2i))
	fmt.Printf("Cplx           %%6v|   %6v|\n", Cplx(1+2i))
	fmt.Printf("Cplx           %% x    % x\n", Cplx(1+2i))
	fmt.Printf("Raw            %%v     %v\n", Raw("hi"))
	fmt.Printf("Raw            %%+v    %+v\n", Raw("hi"))
	fmt.Printf("Raw            %%#v    %#v\n", Raw("hi"))
	fmt.Printf("Raw            %%T     %T\n", Raw("hi"))
	fmt.Printf("Raw            %%d     %d\n", Raw("hi"))
	fmt.Printf("Raw            %%s     %s\n", Raw("hi"))
	fmt.Printf("Raw            %%q     %q\n", Raw("hi"))
	fmt.Printf("Raw            %%x     %x\n", Raw("hi"))
	fmt.Printf("Raw            %%X     %X\n", Raw("hi"))
	fmt.Printf("Raw            %%o     %o\n", Raw("hi"))
	fmt.Printf("Raw            %%b     %b\n", Raw("hi"))
	fmt.Printf("Raw            %%e     %e\n", Raw("hi"))
	fmt.Printf("Raw            %%f     %f\n", Raw("hi"))
	fmt.Printf("Raw            %%g     %g\n", Raw("hi"))
	fmt.Printf("Raw            %%t     %t\n", Raw("hi"))
	fmt.Printf("Raw            %%c     %c\n", Raw("hi"))
	fmt.Printf("Raw            %%U     %U\n", Raw("hi"))
	fmt.Printf("Raw            %%8.2f  %8.2f\n", Raw("hi"))
	fmt.Printf("Raw            %%-8v|  %-8v|\n", Raw("hi"))
	fmt.Printf("Raw            %%08d   %08d\n", Raw("hi"))
	fmt.Printf("Raw            %%6v|   %6v|\n", Raw("hi"))
	fmt.Printf("Raw            %% x    % x\n", Raw("hi"))

	fmt.Printf("nil *Count     %%v     %v\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%+v    %+v\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%#v    %#v\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%T     %T\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%d     %d\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%s     %s\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%q     %q\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%x     %x\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%X     %X\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%o     %o\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%b     %b\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%e     %e\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%f     %f\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%g     %g\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%t     %t\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%c     %c\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%U     %U\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%8.2f  %8.2f\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%-8v|  %-8v|\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%08d   %08d\n", (*Count)(nil))
	fmt.Printf("nil *Count     %%6v|   %6v|\n", (*Count)(nil))
	fmt.Printf("nil *Count     %% x    % x\n", (*Count)(nil))
	fmt.Printf("nil *Name      %%v     %v\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%+v    %+v\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%#v    %#v\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%T     %T\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%d     %d\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%s     %s\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%q     %q\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%x     %x\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%X     %X\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%o     %o\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%b     %b\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%e     %e\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%f     %f\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%g     %g\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%t     %t\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%c     %c\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%U     %U\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%8.2f  %8.2f\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%-8v|  %-8v|\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%08d   %08d\n", (*Name)(nil))
	fmt.Printf("nil *Name      %%6v|   %6v|\n", (*Name)(nil))
	fmt.Printf("nil *Name      %% x    % x\n", (*Name)(nil))
	fmt.Printf("nil Raw        %%v     %v\n", Raw(nil))
	fmt.Printf("nil Raw        %%+v    %+v\n", Raw(nil))
	fmt.Printf("nil Raw        %%#v    %#v\n", Raw(nil))
	fmt.Printf("nil Raw        %%T     %T\n", Raw(nil))
	fmt.Printf("nil Raw        %%d     %d\n", Raw(nil))
	fmt.Printf("nil Raw        %%s     %s\n", Raw(nil))
	fmt.Printf("nil Raw        %%q     %q\n", Raw(nil))
	fmt.Printf("nil Raw        %%x     %x\n", Raw(nil))
	fmt.Printf("nil Raw        %%X     %X\n", Raw(nil))
	fmt.Printf("nil Raw        %%o     %o\n", Raw(nil))
	fmt.Printf("nil Raw        %%b     %b\n", Raw(nil))
	fmt.Printf("nil Raw        %%e     %e\n", Raw(nil))
	fmt.Printf("nil Raw        %%f     %f\n", Raw(nil))
	fmt.Printf("nil Raw        %%g     %g\n", Raw(nil))
	fmt.Printf("nil Raw        %%t     %t\n", Raw(nil))
	fmt.Printf("nil Raw        %%c     %c\n", Raw(nil))
	fmt.Printf("nil Raw        %%U     %U\n", Raw(nil))
	fmt.Printf("nil Raw        %%8.2f  %8.2f\n", Raw(nil))
	fmt.Printf("nil Raw        %%-8v|  %-8v|\n", Raw(nil))
	fmt.Printf("nil Raw        %%08d   %08d\n", Raw(nil))
	fmt.Printf("nil Raw        %%6v|   %6v|\n", Raw(nil))
	fmt.Printf("nil Raw        %% x    % x\n", Raw(nil))

}
