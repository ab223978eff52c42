package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Point struct {
	X float64
	Y float64
}

const (
	secondHandLength = 90
	minuteHandLength = 80
	hourHandLength   = 50
	clockCentreX     = 150
	clockCentreY     = 150
)

func secondsInRadians(t time.Time) float64 {
	return math.Pi / (30 / float64(t.Second()))
}

func minutesInRadians(t time.Time) float64 {
	return secondsInRadians(t)/60 + math.Pi/(30/float64(t.Minute()))
}

func hoursInRadians(t time.Time) float64 {
	return minutesInRadians(t)/12 + math.Pi/(6/float64(t.Hour()%12))
}

func angleToPoint(angle float64) Point {
	return Point{math.Sin(angle), math.Cos(angle)}
}

func makeHand(p Point, length float64) Point {
	p = Point{p.X * length, p.Y * length}
	p = Point{p.X, -p.Y}
	return Point{p.X + clockCentreX, p.Y + clockCentreY}
}

func roughlyEqual(a, b Point) bool {
	const eps = 1e-7
	return math.Abs(a.X-b.X) < eps && math.Abs(a.Y-b.Y) < eps
}

func svgLine(p Point, class string) string {
	return fmt.Sprintf(`<line class="%s" x1="150" y1="150" x2="%.3f" y2="%.3f"/>`, class, p.X, p.Y)
}

func main() {
	cases := []struct {
		t     time.Time
		point Point
	}{
		{time.Date(1337, time.January, 1, 0, 0, 30, 0, time.UTC), Point{0, -1}},
		{time.Date(1337, time.January, 1, 0, 0, 45, 0, time.UTC), Point{-1, 0}},
		{time.Date(1337, time.January, 1, 0, 0, 15, 0, time.UTC), Point{1, 0}},
	}
	for _, c := range cases {
		got := angleToPoint(secondsInRadians(c.t))
		fmt.Printf("%s second hand %+v ok=%v\n", c.t.Format("15:04:05"), c.point, roughlyEqual(got, c.point))
	}
	times := []time.Time{
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 1, 6, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 1, 21, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 1, 12, 34, 56, 0, time.UTC),
	}
	for _, tm := range times {
		fmt.Printf("%s h=%.4f m=%.4f s=%.4f\n", tm.Format(time.Kitchen), hoursInRadians(tm), minutesInRadians(tm), secondsInRadians(tm))
	}
	tm := times[3]
	var sb strings.Builder
	sb.WriteString(`<svg viewBox="0 0 300 300">` + "\n")
	sb.WriteString("  " + svgLine(makeHand(angleToPoint(secondsInRadians(tm)), secondHandLength), "second") + "\n")
	sb.WriteString("  " + svgLine(makeHand(angleToPoint(minutesInRadians(tm)), minuteHandLength), "minute") + "\n")
	sb.WriteString("  " + svgLine(makeHand(angleToPoint(hoursInRadians(tm)), hourHandLength), "hour") + "\n")
	sb.WriteString("</svg>")
	fmt.Println(sb.String())
}
