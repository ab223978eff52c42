package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// log/slog decides how to log a value by its dynamic type: a LogValuer is
// logged as what its LogValue returns, an error by its Error text, and any
// other value of a defined type is of kind Any, printed through fmt (and so
// through a String method) or marshalled by the JSON handler. yaegi hands
// slog a cell's value as a value of its underlying type, without methods:
// a User with LogValue would be logged field by field, a Temp float64 with
// String as a plain float64. The pass gives slog what Go would:
//
//	log.Info("login", "user", u)        →  log.Info("login", "user", (u).LogValue())
//	slog.Any("temp", t)                 →  slog.Any("temp", func(gopadV Temp) any { return gopadBuiltin.LogStringer(gopadV, func() string { return gopadV.String() }) }(t))
//	slog.Any("err", e)                  →  slog.Any("err", func() error { return e }())
//
// A slog.Value built from a LogValue result is what slog's AnyValue
// returns for it, and the value it resolves to; LogValue runs when the call
// is made rather than when a handler resolves it.

var slogArgsPass = Pass{
	Name: "slogArgs",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.usesPackage("log/slog") ||
			u.callsMethod("Info", "Warn", "Error", "Debug", "Log", "With", "InfoContext", "WarnContext", "ErrorContext", "DebugContext"))
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.slogArgs(c)...)
		}
		return edits
	},
}

// slogArgs returns the edits of the operands of c, a call of a function or
// method of log/slog, that are passed as any and have a cell's type.
func (tc *Types) slogArgs(c compiledCall) []source.Edit {
	if c.fn.Pkg().Path() != "log/slog" || c.call.Ellipsis.IsValid() {
		return nil
	}
	sig := c.fn.Type().(*types.Signature)
	var edits []source.Edit
	for i, a := range c.call.Args {
		if !empty(paramType(sig, i)) {
			continue
		}
		edits = append(edits, tc.slogOperand(a)...)
	}
	return edits
}

// paramType is the type of the parameter that argument i of a call of sig
// is passed to (the element type of a variadic one); nil if none.
func paramType(sig *types.Signature, i int) types.Type {
	ps := sig.Params()
	switch {
	case sig.Variadic() && i >= ps.Len()-1:
		if s, ok := ps.At(ps.Len() - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	case i < ps.Len():
		return ps.At(i).Type()
	}
	return nil
}

// slogOperand rewrites operand a for slog when its static type is a cell's
// type (or a pointer to one) with LogValue, Error or String.
func (tc *Types) slogOperand(a ast.Expr) []source.Edit {
	t := tc.Info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return nil
	}
	if hasLogValue(t) {
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "(", ").LogValue()")
	}
	switch printMethod(t) {
	case "Error":
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "func() error { return ", " }()")
	case "String":
		tt, ok := tc.TypeText(t)
		if !ok {
			return nil
		}
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
			"func(gopadV "+tt+") any { return gopadBuiltin.LogStringer(gopadV, func() string { return gopadV.String() }) }(", ")")
	}
	return nil
}

// hasLogValue reports whether t has slog.LogValuer's LogValue() slog.Value.
func hasLogValue(t types.Type) bool {
	sel := types.NewMethodSet(t).Lookup(nil, "LogValue")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	n, ok := sig.Results().At(0).Type().(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "log/slog" && n.Obj().Name() == "Value"
}
