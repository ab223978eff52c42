package interp

import (
	"errors"
)

// refuse is gopadBuiltin.Refuse: it stops the cell with msg, where going
// on would compute a wrong answer.
func refuse(msg string, _ any) any { panic(errors.New(msg)) }
