//go:build race

package interp

// raceDetector is set when the tests run under the race detector.
const raceDetector = true
