package interp

// monoVarDecls points the types of var declarations (statements, such as
// "var z Vec[float64]" from splitGenericDefine) at the concrete copies of
// the cells' generic types that the session made (mono.go): a variable
// declared with yaegi's own instance of Vec[float64] has another type than
// the values of the copy Vecᐸfloat64ᐳ assigned to it. It returns decls
// unchanged when a copy would have to be made first.
func (s *Session) monoVarDecls(decls string) string {
	out, extra, _ := s.monomorphize(decls, true)
	if extra != "" {
		return decls
	}
	return out
}
