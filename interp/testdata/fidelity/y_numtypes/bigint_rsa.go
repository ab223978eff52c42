package main

import (
	"fmt"
	"math/big"
	"strings"
)

type KeyPair struct {
	N, E, D *big.Int
}

func mustInt(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad int " + s)
	}
	return n
}

func NewKeyPair(p, q *big.Int, e int64) (KeyPair, error) {
	one := big.NewInt(1)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, one), new(big.Int).Sub(q, one))
	E := big.NewInt(e)
	d := new(big.Int).ModInverse(E, phi)
	if d == nil {
		return KeyPair{}, fmt.Errorf("e=%d not invertible mod %v", e, phi)
	}
	return KeyPair{n, E, d}, nil
}

func (k KeyPair) Encrypt(m *big.Int) *big.Int { return new(big.Int).Exp(m, k.E, k.N) }
func (k KeyPair) Decrypt(c *big.Int) *big.Int { return new(big.Int).Exp(c, k.D, k.N) }

func textToInt(s string) *big.Int { return new(big.Int).SetBytes([]byte(s)) }
func intToText(n *big.Int) string { return string(n.Bytes()) }

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	p := mustInt("1000000000000000000000000000057")
	q := mustInt("1000000000000000000000000000099")
	fmt.Println(p.ProbablyPrime(20), q.ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	k, err := NewKeyPair(p, q, 65537)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("n bits:", k.N.BitLen(), "d mod 1000:", new(big.Int).Mod(k.D, big.NewInt(1000)))
	msg := "hi gopher"
	c := k.Encrypt(textToInt(msg))
	fmt.Println("round trip:", intToText(k.Decrypt(c)), c.Cmp(k.N) < 0)
	_, err = NewKeyPair(big.NewInt(7), big.NewInt(13), 3)
	fmt.Println("err:", err)
	f50 := factorial(50)
	s := f50.String()
	fmt.Println(len(s), s[:10], strings.Count(s, "0"), f50.Sign())
	fmt.Printf("%x\n%s\n%v\n", factorial(20), factorial(21), []*big.Int{big.NewInt(-5), factorial(3)})
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.IsInt(), new(big.Rat).Mul(r, big.NewRat(4, 1)))
	var z big.Int
	z.Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(&z, z.Text(36), z.TrailingZeroBits())
	fl := new(big.Float).SetPrec(100).SetInt(&z)
	fl.Quo(fl, big.NewFloat(3))
	fmt.Println(fl.Text('g', 25))
}
