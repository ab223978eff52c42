package install

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

// The logo: a Go-cyan rounded square with white "Go" lettering. Its
// geometry is given in a unit square (y pointing down) and shared by the
// PNG rasteriser and the SVG writer, so both show the same picture.
const (
	logoInset  = 0.03 // margin around the rounded square
	logoRadius = 0.2  // corner radius of the square

	gX, gY, gR, gW = 0.35, 0.5, 0.175, 0.085 // "G": centre, radius, stroke width
	gGap           = 50.0                    // degrees of the G's opening, from 3 o'clock upwards

	oX, oY, oR, oW = 0.765, 0.575, 0.11, 0.075 // "o": centre, radius, stroke width
)

var (
	goCyan  = color.NRGBA{0x00, 0xAD, 0xD8, 0xFF}
	logoInk = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

// logoAt tells what the logo shows at the unit-square point (x, y):
// 0 nothing, 1 background, 2 lettering.
func logoAt(x, y float64) int {
	if !inRoundedSquare(x, y) {
		return 0
	}
	if inG(x, y) || inRing(x, y, oX, oY, oR, oW) {
		return 2
	}
	return 1
}

func inRoundedSquare(x, y float64) bool {
	lo, hi := logoInset+logoRadius, 1-logoInset-logoRadius
	dx := math.Max(math.Max(lo-x, x-hi), 0)
	dy := math.Max(math.Max(lo-y, y-hi), 0)
	if x < logoInset || x > 1-logoInset || y < logoInset || y > 1-logoInset {
		return false
	}
	return dx*dx+dy*dy <= logoRadius*logoRadius
}

func inRing(x, y, cx, cy, r, w float64) bool {
	d := math.Hypot(x-cx, y-cy)
	return math.Abs(d-r) <= w/2
}

func inG(x, y float64) bool {
	// The crossbar runs from the centre to the ring's outer edge.
	if x >= gX && x <= gX+gR+gW/2 && math.Abs(y-gY) <= gW/2 {
		return true
	}
	if !inRing(x, y, gX, gY, gR, gW) {
		return false
	}
	a := math.Atan2(gY-y, x-gX) * 180 / math.Pi // counter-clockwise from 3 o'clock
	return a <= 0 || a >= gGap
}

// Logo draws the logo as a size×size image, antialiased by supersampling.
func Logo(size int) image.Image {
	const ss = 4 // samples per pixel along each axis
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					var c color.NRGBA
					switch logoAt(x, y) {
					case 1:
						c = goCyan
					case 2:
						c = logoInk
					default:
						continue
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)),
				G: uint8(math.Round(g / a)),
				B: uint8(math.Round(b / a)),
				A: uint8(math.Round(255 * a / (ss * ss))),
			})
		}
	}
	return img
}

// LogoPNG returns the logo as a size×size PNG file.
func LogoPNG(size int) ([]byte, error) {
	if size <= 0 {
		return nil, fmt.Errorf("invalid logo size %d", size)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, Logo(size)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// LogoSVG returns the logo as an SVG document.
func LogoSVG() []byte {
	const s = 64.0 // the SVG's user units per unit of the logo geometry
	f := func(v float64) string { return fmt.Sprintf("%.2f", v*s) }
	rad := gGap * math.Pi / 180
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <title>Go (gopad)</title>
  <rect x="%s" y="%s" width="%s" height="%s" rx="%s" ry="%s" fill="#00ADD8"/>
  <g fill="none" stroke="#FFFFFF" stroke-linecap="butt">
    <path stroke-width="%s" d="M %s %s A %s %s 0 1 0 %s %s M %s %s H %s"/>
    <circle stroke-width="%s" cx="%s" cy="%s" r="%s"/>
  </g>
</svg>
`,
		f(logoInset), f(logoInset), f(1-2*logoInset), f(1-2*logoInset), f(logoRadius), f(logoRadius),
		f(gW), f(gX+gR*math.Cos(rad)), f(gY-gR*math.Sin(rad)), f(gR), f(gR), f(gX+gR), f(gY),
		f(gX), f(gY), f(gX+gR+gW/2),
		f(oW), f(oX), f(oY), f(oR))
	return b.Bytes()
}
