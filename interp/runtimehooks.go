package interp

import (
	"reflect"

	"github.com/gopad/gopad/interp/gopadrt"
)

// runtimeHooks are the session's parts of the helpers rewritten code calls: its
// output, its interrupt and the names of its types.
func (s *Session) runtimeHooks() gopadrt.Hooks {
	return gopadrt.Hooks{
		Erased:        s.types.erased,
		Stdin:         s.stdin,
		Stdout:        routedWriter{r: s.router},
		Stderr:        routedWriter{r: s.router, stderr: true},
		Print:         s.router.printAny,
		Println:       s.router.printlnAny,
		PrintString:   s.router.printString,
		PrintlnString: s.router.printlnString,
		Stop:          &s.stop.flag,
		Halt:          s.stop.halt,
		Exit:          s.stop.exit,
		OsExit:        s.osExit,
		Goexit:        s.goexit,
		Recovered:     s.recovered,
		Unwinding:     func() bool { return s.inFlight.Load() != nil },
		Recv:          s.stop.recv,
		Send:          s.stop.send,
		Stopped:       s.stop.done,
		Select:        s.stop.choose,
		Sleep:         s.stop.sleep,
		TypeName:      s.types.typeName,
		GoSyntax:      s.types.goSyntax,
		RegisterType:  s.types.register,
		PlusV:         s.types.plusV,
		Exported:      s.types.exported,
		Raw:           s.types.raw,
		TemplateError: s.types.templateError,

		TextTemplateMethods: s.templates.text,
		HTMLTemplateMethods: s.templates.html,
		GoPanic:             s.goPanic.raise,

		ReflectName:            s.types.reflectName,
		ReflectString:          s.types.reflectString,
		ReflectShown:           s.types.reflectShown,
		ReflectPkgPath:         s.types.reflectPkgPath,
		ReflectFieldByName:     s.types.reflectFieldByName,
		ReflectFields:          s.types.reflectFields,
		ReflectFieldAt:         s.types.reflectFieldAt,
		ValueFieldByName:       s.types.valueFieldByName,
		ValueField:             s.types.valueField,
		ValueCanSet:            s.types.valueCanSet,
		ValueCanInterface:      s.types.valueCanInterface,
		ValueInterface:         s.types.valueInterface,
		ValueCellType:          s.types.cellFields.name,
		ValueString:            s.types.valueString,
		RegisterMethod:         s.methods.register,
		TypeNumMethod:          s.methods.typeNumMethod,
		TypeMethod:             s.methods.typeMethod,
		TypeMethodByName:       s.methods.typeMethodByName,
		ValueNumMethod:         s.methods.valueNumMethod,
		ValueMethod:            s.methods.valueMethod,
		ValueMethodByName:      s.methods.valueMethodByName,
		NamedValueNumMethod:    s.methods.namedValueNumMethod,
		NamedValueMethod:       s.methods.namedValueMethod,
		NamedValueMethodByName: s.methods.namedValueMethodByName,
		Methods:                &s.methods,
		StringMethod:           s.stringMethod,
	}
}

// stringMethod is the hooks' StringMethod: the methods' own, but none for
// a struct{} when several of the cells' struct types without fields are
// registered: every one of them is struct{} at run time, and a value of
// one that has no such method (kept beside its type in an interface,
// rewrite's keptTypes, and given to fmt bare) printed through another's.
func (s *Session) stringMethod(v any, name string) (func() string, bool) {
	if t := reflect.TypeOf(v); t != nil && t.Kind() == reflect.Struct && t.NumField() == 0 && len(s.types.sharedNames(t)) > 1 {
		return nil, false
	}
	return s.methods.stringMethod(v, name)
}
