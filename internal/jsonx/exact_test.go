package jsonx_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// Scan's exactness check compares a number of more than 15 significant
// digits with the shortest form of its float64 digit by digit; it must
// decide as math/big does (inexact, the fuzz targets' reference) on
// numbers written every way: up to 25 digits, with and without a
// fraction, trailing and leading zeros, exponents of both signs and
// cases, subnormals, and the neighbours of exact numbers.
func TestNumbersExactAsMathBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var lits []string
	for range 10_000 {
		var f float64
		switch rng.IntN(4) {
		case 0:
			f = math.Float64frombits(rng.Uint64() &^ (1 << 63))
		case 1:
			f = rng.Float64() * math.Pow(10, float64(rng.IntN(40)-20))
		case 2:
			f = math.Float64frombits(rng.Uint64N(1 << 52)) // subnormal
		default:
			f = float64(rng.Int64N(1<<62)) / float64(int64(1)<<rng.IntN(60))
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			continue
		}
		p := 14 + rng.IntN(12)
		lits = append(lits,
			strconv.FormatFloat(f, 'e', p, 64),
			strconv.FormatFloat(f, 'e', -1, 64),
			strconv.FormatFloat(f, 'g', p, 64),
			"-"+strconv.FormatFloat(f, 'g', -1, 64),
			strings.Replace(strconv.FormatFloat(f, 'e', -1, 64), "e", "E", 1),
			strconv.FormatFloat(f, 'e', -1, 64)+"0",
		)
		if f > 1e-5 && f < 1e20 {
			lits = append(lits, strconv.FormatFloat(f, 'f', -1, 64)+"000", strconv.FormatFloat(f, 'f', p, 64))
		}
	}
	lits = append(lits, "9007199254740993", "9007199254740992", "0.30000000000000004", "0.30000000000000005",
		"0.10000000000000000", "100000000000000000000", "1.000000000000000000001", "4.9e-324", "5e-324",
		"2.2250738585072014e-308", "1.7976931348623157e308", "123456789012345678", "0.0000000000000000000012345678901234567")
	for _, lit := range lits {
		got := jsonx.Scan([]byte(lit), jsonx.Limits{}) != nil
		if want := inexact(lit); got != want {
			t.Errorf("Scan(%s) refuses: %v, math/big says inexact: %v", lit, got, want)
		}
	}
}
