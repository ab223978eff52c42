package gopadrt

import (
	"errors"
	htmltemplate "html/template"
	"io"
	"maps"
	"os"
	"reflect"
	"runtime"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/gopad/gopad/interp/encview"
	"github.com/gopad/gopad/interp/stdlib"
)

// Hooks are the helpers that need the session: its output, its interrupt
// and the names of its types at run time.
type Hooks struct {
	// The cell's input and output, and the prints of gp_ and gs_ that
	// write to it.
	Stdin                      io.Reader
	Stdout, Stderr             io.Writer
	Print, Println             func(any)
	PrintString, PrintlnString func(string)
	// The interrupt: the flag the loops' checks read, what they call once
	// it is raised, the receive, the send and the wait that an interrupt
	// ends, and the time.Sleep that an interrupt wakes.
	Stop    *int32
	Halt    func()
	Exit    func()
	Recv    func(ch any) any
	Send    func(ch, p any) bool
	Stopped func() <-chan struct{}
	// Select is a select statement's wait (rewrite's SelectCases): its
	// cases as (kind, channel, pointer) triples, kind 0 a receive into
	// *pointer (nil: none), 1 a send of *pointer, 2 the default; it
	// returns the chosen case's index and a receive's ok.
	Select func(cases ...any) (int, bool)
	Sleep  func(time.Duration)
	// Erased is the session's notes of its erased composites (erased.go),
	// which its printers read too; a set of its own when nil.
	Erased *ErasedSet
	// OsExit is the cells' os.Exit.
	OsExit func(code int)
	// Goexit is the cells' runtime.Goexit (runtime.Goexit when nil).
	Goexit func()
	// Recovered is recover()'s value for cells (Recovered when nil).
	Recovered func(v any) any
	// Unwinding reports whether a cell's deferred calls run with a panic
	// in flight (false when nil).
	Unwinding func() bool
	// The cells' types as Go names them.
	TypeName     func(static string, v any) string
	GoSyntax     func(static string, v any) string
	RegisterType func(name string, v any)
	PlusV        func(v any) string
	Exported     func(v any) any
	// Raw gives fmt a value with the cells' structs' unexported fields of
	// types with methods as plain values (interp's rawfields.go).
	Raw           func(v any) any
	TemplateError func(err error) error
	// The templates' calls of the cells' methods (TextTemplateMethods,
	// HTMLTemplateMethods).
	TextTemplateMethods func(t *texttemplate.Template) *texttemplate.Template
	HTMLTemplateMethods func(t *htmltemplate.Template) *htmltemplate.Template
	// reflect.Type's answers about the cells' struct types.
	ReflectName        func(t reflect.Type) string
	ReflectString      func(t reflect.Type) string
	ReflectShown       func(t reflect.Type) any
	ReflectPkgPath     func(t reflect.Type) string
	ReflectFieldByName func(t reflect.Type, name string) (reflect.StructField, bool)
	ReflectFields      func(fs []reflect.StructField) []reflect.StructField
	ReflectFieldAt     func(t reflect.Type, i int) reflect.StructField
	ValueFieldByName   func(v reflect.Value, name string) reflect.Value
	ValueField         func(v reflect.Value, i int) reflect.Value
	ValueCanSet        func(v reflect.Value) bool
	ValueCanInterface  func(v reflect.Value) bool
	ValueInterface     func(v reflect.Value) any
	// ValueCellType names the cell type over a basic type of the struct
	// field v is (from ValueField or ValueFieldByName), "" for others.
	ValueCellType func(v reflect.Value) string
	ValueString   func(v reflect.Value) string
	// The cells' methods as reflect sees them.
	RegisterMethod    func(typ string, recv any, name, sig, lost string, fn any)
	Methods           Methods // the same method sets, for the reflect.Type wrappers
	TypeNumMethod     func(t reflect.Type) int
	TypeMethod        func(t reflect.Type, i int) reflect.Method
	TypeMethodByName  func(t reflect.Type, name string) (reflect.Method, bool)
	ValueNumMethod    func(v reflect.Value) int
	ValueMethod       func(v reflect.Value, i int) reflect.Value
	ValueMethodByName func(v reflect.Value, name string) reflect.Value
	// The same for a value of the cell's type typ (main.Weekday), which
	// yaegi gives no run-time type of its own.
	NamedValueNumMethod    func(v reflect.Value, typ string) int
	NamedValueMethod       func(v reflect.Value, typ string, i int) reflect.Value
	NamedValueMethodByName func(v reflect.Value, typ, name string) reflect.Value
	// StringMethod is the Error or String method (name) of a value of a
	// cell's struct type, from the methods registered so far (nil when
	// it has none), and whether v is of such a type.
	StringMethod func(v any, name string) (str func() string, known bool)
	// GoPanic hands a goroutine's panic to the running cell.
	GoPanic func(r any)
}

// Table is every name gopad exports to cells, by yaegi import path: the
// helpers of gopad/builtin and gopad/strprint, those of the standard
// generics gopad writes itself and of goroutine panics, the time.Sleep
// that an interrupt wakes, os.Exit and runtime.Goexit.
func Table(h Hooks) map[string]map[string]reflect.Value {
	builtin := map[string]reflect.Value{
		// Newer Go and the constructs yaegi gets wrong (package rewrite).
		"Clear":                reflect.ValueOf(clearValue),
		"DecodeRune":           reflect.ValueOf(decodeRune),
		"Recovered":            reflect.ValueOf(h.recovered()),
		"Unwinding":            reflect.ValueOf(h.unwinding()),
		"NewDefers":            reflect.ValueOf(newDefers),
		"NewGoDefers":          reflect.ValueOf(newGoDefers(h.GoPanic)),
		"IndexPanic":           reflect.ValueOf(indexPanic),
		"SlicePanic":           reflect.ValueOf(slicePanic),
		"Slice3Panic":          reflect.ValueOf(slice3Panic),
		"NilPanic":             reflect.ValueOf(nilPanic),
		"NilChecked":           reflect.ValueOf(nilChecked),
		"PanicNil":             reflect.ValueOf(panicNil),
		"UncomparablePanic":    reflect.ValueOf(uncomparablePanic),
		"NilAssert":            reflect.ValueOf(nilAssert),
		"AssertText":           reflect.ValueOf(assertionError),
		"Opaque":               reflect.ValueOf(opaqueValue),
		"RefuseCompiledAssert": reflect.ValueOf(refuseCompiledAssert),
		"Self":                 reflect.ValueOf(stdlib.SelfValue),
		"Held":                 reflect.ValueOf(held),
		"HeldElem":             reflect.ValueOf(heldElem),
		"Late":                 reflect.ValueOf(h.late()),
		"LateStringer":         reflect.ValueOf(h.lateStringer()),
		"LateError":            reflect.ValueOf(h.lateError()),
		"Refuse":               reflect.ValueOf(refuse),
		"NilAngle":             reflect.ValueOf(newNilAngle),
		"LogFlags":             reflect.ValueOf(logFlags),
		"CtxKey":               reflect.ValueOf(boxCtxKey),
		"Bare":                 reflect.ValueOf(bare),
		"Named":                reflect.ValueOf(stdlib.Named),
		"NilError":             reflect.ValueOf(stdlib.NilError),
		"NilStringer":          reflect.ValueOf(stdlib.NilStringer),
		"NilErrorNamed":        reflect.ValueOf(stdlib.NilErrorNamed),
		"NilStringerNamed":     reflect.ValueOf(stdlib.NilStringerNamed),
		"TypedNilName":         reflect.ValueOf(func(v any) string { n, _ := stdlib.TypedNilName(v); return n }),
		// The session's.
		"Stdin":         reflect.ValueOf(newStdin(h.Stdin)),
		"Stdout":        reflect.ValueOf(newStdFile(h.Stdout, os.Stdout)),
		"Stderr":        reflect.ValueOf(newStdFile(h.Stderr, os.Stderr)),
		"Print":         reflect.ValueOf(h.Print),
		"Println":       reflect.ValueOf(h.Println),
		"Stop":          reflect.ValueOf(h.Stop),
		"Halt":          reflect.ValueOf(h.Halt),
		"Exit":          reflect.ValueOf(h.Exit),
		"Recv":          reflect.ValueOf(h.Recv),
		"Send":          reflect.ValueOf(h.Send),
		"Stopped":       reflect.ValueOf(h.Stopped),
		"Select":        reflect.ValueOf(h.Select),
		"TypeName":      reflect.ValueOf(h.TypeName),
		"FailedAssert":  reflect.ValueOf(failedAssert(h.TypeName)),
		"EmptyAssert":   reflect.ValueOf(emptyAssert(h.TypeName)),
		"GoSyntax":      reflect.ValueOf(h.GoSyntax),
		"RegisterType":  reflect.ValueOf(h.RegisterType),
		"PlusV":         reflect.ValueOf(func(v any) string { return h.PlusV(unkept(v)) }),
		"Exported":      reflect.ValueOf(h.Exported),
		"RawHidden":     reflect.ValueOf(func(v any) any { return h.Raw(unkept(v)) }),
		"TemplateError": reflect.ValueOf(h.TemplateError),

		"TextTemplateMethods": reflect.ValueOf(h.TextTemplateMethods),
		"HTMLTemplateMethods": reflect.ValueOf(h.HTMLTemplateMethods),
	}
	erased := h.Erased
	if erased == nil {
		erased = NewErasedSet()
	}
	builtin["Erased"] = reflect.ValueOf(erased.note)
	builtin["ErasedIs"] = reflect.ValueOf(erased.is)
	for _, m := range []map[string]reflect.Value{twinSymbols, printSymbols, identitySymbols, fieldlessSymbols, encodingSymbols,
		errorSymbols, markSymbols, floatConversions, handedSymbols(&handed{erased: erased}), reflectSymbols(h), keySymbols()} {
		maps.Copy(builtin, m)
	}
	return map[string]map[string]reflect.Value{
		"gopad/builtin/builtin": builtin,
		"gopad/strprint/strprint": {
			"Print":   reflect.ValueOf(h.PrintString),
			"Println": reflect.ValueOf(h.PrintlnString),
		},
		"time/time":       {"Sleep": reflect.ValueOf(h.Sleep)},
		"os/os":           {"Exit": reflect.ValueOf(h.OsExit)},
		"runtime/runtime": {"Goexit": reflect.ValueOf(h.goexit()), "FuncForPC": reflect.ValueOf(funcForPC)},
		// The compiled parts of the standard library's generic API that
		// gopad writes in Go (rewrite.StdGenericSource).
		"gopad/stdgeneric/stdgeneric": {
			"NewPull":  reflect.ValueOf(newPull),
			"ErrorsAs": reflect.ValueOf(stdlib.ErrorsAs),
		},
		"gopad/gopanic/gopanic": {"Raise": reflect.ValueOf(h.GoPanic)},
	}
}

// goexit is the cells' runtime.Goexit: the session's, or Go's.
func (h Hooks) goexit() func() {
	if h.Goexit != nil {
		return h.Goexit
	}
	return runtime.Goexit
}

// unwinding is the Unwinding helper of the table: the session's, or one
// that says no.
func (h Hooks) unwinding() func() bool {
	if h.Unwinding != nil {
		return h.Unwinding
	}
	return func() bool { return false }
}

// recovered is the Recovered helper of the table: the session's, or
// Recovered.
func (h Hooks) recovered() func(any) any {
	if h.Recovered != nil {
		return h.Recovered
	}
	return Recovered
}

// encodingSymbols encode and decode the cells' types.
var encodingSymbols = map[string]reflect.Value{
	"EncodeView":     reflect.ValueOf(encview.View),
	"JSONUnmarshal":  reflect.ValueOf(encview.Unmarshal),
	"JSONDecode":     reflect.ValueOf(encview.Decode),
	"XMLUnmarshal":   reflect.ValueOf(encview.UnmarshalXML),
	"XMLDecode":      reflect.ValueOf(encview.DecodeXML),
	"JSONMarshalErr": reflect.ValueOf(func(b []byte, err error) ([]byte, error) { return b, encview.MarshalErr(err) }),
	"JSONEncodeErr":  reflect.ValueOf(encview.MarshalErr),
}

// errorSymbols walk error chains for the cells' error types (package
// stdlib's error wrappers).
var errorSymbols = map[string]reflect.Value{
	"ErrorsAs":      reflect.ValueOf(stdlib.ErrorsAs),
	"ErrorsAsLost":  reflect.ValueOf(stdlib.ErrorsAsLost),
	"ErrorsAsNamed": reflect.ValueOf(stdlib.ErrorsAsNamed),
	"ErrorChain":    reflect.ValueOf(stdlib.ErrorChain),
}

// reflectSymbols are the session's hooks that reflect on the cells' types,
// for gopadBuiltin.
func reflectSymbols(h Hooks) map[string]reflect.Value {
	return map[string]reflect.Value{
		// The cells' interface types and types without a run-time type
		// of their own (namedtype.go).
		"TypeImplements":   reflect.ValueOf(typeImplements(h.TypeMethodByName)),
		"TypeAssignableTo": reflect.ValueOf(typeAssignableTo(h.TypeMethodByName)),
		"CellIface":        reflect.ValueOf(newCellIface),
		"BareFieldless":    reflect.ValueOf(bareFieldless),
		"RefuseValue":      reflect.ValueOf(refuseValue),
		"NamedType": reflect.ValueOf(func(t reflect.Type, name string) reflect.Type {
			return NamedType(t, name, h.Methods)
		}),
		"HeldType":               reflect.ValueOf(heldTypeOf(&h)),
		"TypeOfHeld":             reflect.ValueOf(typeOfHeld(&h)),
		"PointerTo":              reflect.ValueOf(pointerTo),
		"RType":                  reflect.ValueOf(runtimeType),
		"ReflectName":            reflect.ValueOf(h.ReflectName),
		"ReflectString":          reflect.ValueOf(h.ReflectString),
		"ReflectShown":           reflect.ValueOf(h.ReflectShown),
		"ReflectPkgPath":         reflect.ValueOf(h.ReflectPkgPath),
		"ReflectFieldByName":     reflect.ValueOf(h.ReflectFieldByName),
		"ReflectFields":          reflect.ValueOf(h.ReflectFields),
		"ReflectFieldAt":         reflect.ValueOf(h.ReflectFieldAt),
		"ValueFieldByName":       reflect.ValueOf(h.ValueFieldByName),
		"ValueField":             reflect.ValueOf(h.ValueField),
		"ValueCanSet":            reflect.ValueOf(h.ValueCanSet),
		"ValueCanInterface":      reflect.ValueOf(h.ValueCanInterface),
		"ValueInterface":         reflect.ValueOf(h.ValueInterface),
		"ValueCellType":          reflect.ValueOf(h.ValueCellType),
		"ValueString":            reflect.ValueOf(h.ValueString),
		"RegisterMethod":         reflect.ValueOf(h.RegisterMethod),
		"TypeNumMethod":          reflect.ValueOf(h.TypeNumMethod),
		"TypeMethod":             reflect.ValueOf(h.TypeMethod),
		"TypeMethodByName":       reflect.ValueOf(h.TypeMethodByName),
		"ValueNumMethod":         reflect.ValueOf(h.ValueNumMethod),
		"ValueMethod":            reflect.ValueOf(h.ValueMethod),
		"ValueMethodByName":      reflect.ValueOf(h.ValueMethodByName),
		"NamedValueNumMethod":    reflect.ValueOf(h.NamedValueNumMethod),
		"NamedValueMethod":       reflect.ValueOf(h.NamedValueMethod),
		"NamedValueMethodByName": reflect.ValueOf(h.NamedValueMethodByName),
	}
}

// printSymbols are the helpers that print, encode and template the cells'
// values as Go's fmt, encoding/json and text/template see them.
var printSymbols = map[string]reflect.Value{
	"Shown":               reflect.ValueOf(shown),
	"Unkept":              reflect.ValueOf(unkept),
	"BadVerb":             reflect.ValueOf(badVerb),
	"BadVerbNil":          reflect.ValueOf(badVerbNil),
	"NamedBasic":          reflect.ValueOf(newNamedBasic),
	"KeyedMaps":           reflect.ValueOf(keyedMaps),
	"NamedPtr":            reflect.ValueOf(newNamedPtr),
	"NotePanic":           reflect.ValueOf(notePanic),
	"NotePanicText":       reflect.ValueOf(notePanicText),
	"Unpaired":            reflect.ValueOf(unpaired),
	"EqualPairs":          reflect.ValueOf(equalPairs),
	"SlicesIndexPairs":    reflect.ValueOf(slicesIndexPairs),
	"SlicesContainsPairs": reflect.ValueOf(slicesContainsPairs),
	"SlicesEqualPairs":    reflect.ValueOf(slicesEqualPairs),
	"FlagVar":             reflect.ValueOf(flagVar),
	"PrintDefaults":       reflect.ValueOf(printDefaults),
	"PanicText":           reflect.ValueOf(panicText),
	"PrintMap":            reflect.ValueOf(printMap),
	"Pointed":             reflect.ValueOf(pointed),
	"PrintStruct":         reflect.ValueOf(printStruct),
	"HeldTooDeep":         reflect.ValueOf(heldTooDeep),
	"GcPrint":             reflect.ValueOf(gcPrint),
	"GcPrintln":           reflect.ValueOf(gcPrintln),
	"LogStringer":         reflect.ValueOf(newLogStringer),
	"Kept":                reflect.ValueOf(newKept),
	"KeptError":           reflect.ValueOf(newKeptError),
	"NoLost":              reflect.ValueOf(noLost),
	"KeptIs":              reflect.ValueOf(keptIs),
	"NoKeptInside":        reflect.ValueOf(noKeptInside),
	"PrintAddr":           reflect.ValueOf(printAddr),
	"Nested":              reflect.ValueOf(nested),
	"Marshaled":           reflect.ValueOf(newMarshaled),
	"MarshaledText":       reflect.ValueOf(newMarshaledText),
	"TemplateParse":       reflect.ValueOf(templateParse),
	"HTMLTemplateParse":   reflect.ValueOf(htmlTemplateParse),
}

// funcForPC is the cells' runtime.FuncForPC: Go's, refused where the
// function at pc is the interpreter's own (a function value of a cell is
// reflect.MakeFunc's stub, a pc from runtime.Caller is in yaegi's code),
// whose Name would be reflect.makeFuncStub or a yaegi function where Go
// names the cell's function (main.logWrapper.func1).
func funcForPC(pc uintptr) *runtime.Func {
	f := runtime.FuncForPC(pc)
	if f == nil {
		return nil
	}
	if name := f.Name(); strings.HasPrefix(name, "reflect.") || strings.Contains(name, "github.com/traefik/yaegi") ||
		strings.Contains(name, "github.com/gopad/gopad/") {
		panic(errors.New("gopad cannot give runtime.FuncForPC the function of an interpreted function value or caller: " +
			"the interpreter runs it through " + name + ", which Go would not name. Workaround: name the functions " +
			"yourself (a map from name to function, or a name parameter)"))
	}
	return f
}
