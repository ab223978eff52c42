package main

import (
	"fmt"
	"unicode/utf8"
)

// From "Strings, bytes, runes and characters in Go".

func main() {
	const sample = "\xbd\xb2\x3d\xbc\x20\xe2\x8c\x98"
	fmt.Println("Println:")
	fmt.Println(sample)
	fmt.Println("Byte loop:")
	for i := 0; i < len(sample); i++ {
		fmt.Printf("%x ", sample[i])
	}
	fmt.Printf("\n")
	fmt.Println("Printf with %x:")
	fmt.Printf("%x\n", sample)
	fmt.Println("Printf with % x:")
	fmt.Printf("% x\n", sample)
	fmt.Println("Printf with %q:")
	fmt.Printf("%q\n", sample)
	fmt.Println("Printf with %+q:")
	fmt.Printf("%+q\n", sample)

	const placeOfInterest = `⌘`
	fmt.Printf("plain string: ")
	fmt.Printf("%s", placeOfInterest)
	fmt.Printf("\n")
	fmt.Printf("quoted string: ")
	fmt.Printf("%+q", placeOfInterest)
	fmt.Printf("\n")
	fmt.Printf("hex bytes: ")
	for i := 0; i < len(placeOfInterest); i++ {
		fmt.Printf("%x ", placeOfInterest[i])
	}
	fmt.Printf("\n")

	const nihongo = "日本語"
	for index, runeValue := range nihongo {
		fmt.Printf("%#U starts at byte position %d\n", runeValue, index)
	}
	for i, w := 0, 0; i < len(nihongo); i += w {
		runeValue, width := utf8.DecodeRuneInString(nihongo[i:])
		fmt.Printf("%#U starts at byte position %d\n", runeValue, i)
		w = width
	}
	for i, r := range sample {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(sample), utf8.ValidString(nihongo), utf8.RuneCountInString(sample))
	bs := []byte("héllo, 世界")
	rs := []rune("héllo, 世界")
	fmt.Println(len(bs), len(rs), string(rs[7:]), string(bs[:2]))
	fmt.Printf("%v\n%v\n", bs, rs)
	fmt.Printf("%c %c %d %q %U\n", rs[1], 19990, rs[8], rs[8], rs[8])
	fmt.Println(string(rune(65)), string([]byte{72, 105}), []byte("⌘"))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, 'x')
	fmt.Println(buf, utf8.RuneLen('世'), utf8.FullRune(buf[:2]))
	var r rune = 0x10FFFF + 1
	fmt.Printf("%q %v\n", string(r), utf8.ValidRune(r))
}
