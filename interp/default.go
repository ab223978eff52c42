package interp

// NewDefault returns a session with gopad's own packages (async, display)
// importable by cells.
func NewDefault() (*Session, error) {
	return New(Options{})
}
