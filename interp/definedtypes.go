package interp

// declaresDefinedType reports whether the cells declared a type defined
// by another named type (type Color string, type Name Color), whose values
// yaegi may hand over as values of the underlying type.
func (s *Session) declaresDefinedType() bool {
	for _, d := range s.decls {
		if d.defined {
			return true
		}
	}
	return false
}

// declaresAlias reports whether the cells declared a type alias.
func (s *Session) declaresAlias() bool {
	for _, d := range s.decls {
		if d.alias {
			return true
		}
	}
	return false
}
