package source

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsevent/newsevent/internal/excerpt"

	// The IANA time zone database, built into the binary. The reader
	// resolves "Kyiv time" and "Europe/Kyiv" with time.LoadLocation, which
	// otherwise needs the system's zoneinfo files: minimal containers
	// (scratch, distroless) and Windows have none, and there the same
	// phrase would resolve on one machine and be an error on another.
	// LoadLocation still prefers the system's copy when there is one; the
	// embedded copy costs about 450 KB.
	_ "time/tzdata"
)

// zoneSpec is a time zone as a phrase names it.
type zoneSpec struct {
	// text is the zone as written ("Kyiv time", "GMT+02:00", "local
	// time"); empty when no zone is named.
	text string
	// local says the phrase wrote "local time": the zone of
	// [Resolver.Local], looked up when it is used.
	local bool
	// loc is the zone; nil for "local time".
	loc *time.Location
}

// named reports whether z names a zone.
func (z zoneSpec) named() bool { return z.text != "" }

// zoneRegions are the areas of the IANA database whose zones are named
// after a city; "<city> time" tries each. The other areas (Antarctica,
// Arctic, Etc, and the legacy names) are not tried: "Etc/GMT+3" is three
// hours behind UTC, the opposite of what a reader expects.
var zoneRegions = []string{"Europe", "Asia", "Africa", "America", "Australia", "Pacific", "Atlantic", "Indian"}

// zoneAbbreviations are the only abbreviations the reader accepts: each
// names one UTC offset wherever it is written. A report that writes
// "EEST" gives the offset of summer time whatever the date, so each is a
// fixed offset.
var zoneAbbreviations = map[string]int{
	"cet":  1 * 3600, // Central European Time
	"cest": 2 * 3600, // Central European Summer Time
	"eet":  2 * 3600, // Eastern European Time
	"eest": 3 * 3600, // Eastern European Summer Time
	"msk":  3 * 3600, // Moscow Time
}

// ambiguousZones are abbreviations in common use for more than one zone;
// the reader refuses them and says which zones they may mean.
var ambiguousZones = map[string]string{
	"ist": "India UTC+5:30, Ireland UTC+1, Israel UTC+2",
	"cst": "North American Central UTC-6, China UTC+8, Cuba UTC-5",
	"cdt": "North American Central UTC-5, Cuba UTC-4",
	"est": "North American Eastern UTC-5, Australian Eastern UTC+10",
	"edt": "North American Eastern UTC-4, Australian Eastern UTC+11",
	"bst": "British Summer UTC+1, Bangladesh UTC+6",
	"ast": "Atlantic UTC-4, Arabia UTC+3",
	"pst": "North American Pacific UTC-8, Philippine UTC+8",
	"mst": "North American Mountain UTC-7, Malaysia UTC+8",
	"sst": "Samoa UTC-11, Singapore UTC+8",
	"gst": "Gulf UTC+4, South Georgia UTC-2",
}

// maxCityWords is the most words of a city in "<city> time" ("Ho Chi
// Minh time").
const maxCityWords = 3

// parseZone reads the zone that the words start with, if any: "GMT",
// "UTC", "Z", "UTC+3", "GMT+02:00", "+0300", an IANA name, one of
// zoneAbbreviations, "local time" or "<city> time". It returns the zone,
// the number of words it takes (0 when the words do not start with a
// zone), and an error for a zone that is named but cannot be read (an
// ambiguous abbreviation, a city without an IANA zone, an offset out of
// range).
func parseZone(low, orig []string) (zoneSpec, int, error) {
	if len(low) == 0 {
		return zoneSpec{}, 0, nil
	}
	// "<city> time", "local time": up to maxCityWords name words, then
	// "time".
	for j := 1; j <= maxCityWords && j < len(low); j++ {
		if !isNameWord(low[j-1]) {
			break
		}
		if strings.TrimSuffix(low[j], ",") != "time" {
			continue
		}
		text := strings.TrimSuffix(strings.Join(orig[:j+1], " "), ",")
		if j == 1 && low[0] == "local" {
			return zoneSpec{text: text, local: true}, 2, nil
		}
		loc, err := cityZone(orig[:j])
		if err != nil {
			return zoneSpec{}, 0, err
		}
		return zoneSpec{text: text, loc: loc}, j + 1, nil
	}
	tok := strings.TrimSuffix(low[0], ",")
	text := strings.TrimSuffix(orig[0], ",")
	switch tok {
	case "gmt", "utc", "z":
		return zoneSpec{text: text, loc: time.UTC}, 1, nil
	}
	if off, ok := zoneAbbreviations[tok]; ok {
		return zoneSpec{text: text, loc: time.FixedZone(strings.ToUpper(tok), off)}, 1, nil
	}
	if zones, ok := ambiguousZones[tok]; ok {
		return zoneSpec{}, 0, fmt.Errorf("%q is ambiguous: it names several zones (%s); write the UTC offset or the place (\"UTC+3\", \"Kyiv time\")", text, zones)
	}
	if off, ok, err := parseOffset(tok); ok {
		if err != nil {
			return zoneSpec{}, 0, err
		}
		return zoneSpec{text: text, loc: time.FixedZone(text, off)}, 1, nil
	}
	if strings.Contains(tok, "/") {
		loc, err := ianaZone(text)
		if err != nil {
			return zoneSpec{}, 0, err
		}
		return zoneSpec{text: text, loc: loc}, 1, nil
	}
	return zoneSpec{}, 0, nil
}

// isNameWord reports whether w may be a word of a city's name: ASCII
// letters and hyphens, as the IANA database spells them.
func isNameWord(w string) bool {
	if w == "" || len(w) > 32 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return true
}

// parseOffset reads a UTC offset: "UTC+3", "GMT-5", "UTC+5:30",
// "GMT+02:00", "UTC+0300", and without "UTC" or "GMT" only the full forms
// "+03:00" and "+0300", so that a bare "+3" is no zone. ok says the token
// has the form of an offset; err that its numbers are out of range (hours
// up to 14, minutes up to 59, from UTC-12 to UTC+14). A minus may be
// written as U+2212.
func parseOffset(tok string) (seconds int, ok bool, err error) {
	s := tok
	prefixed := false
	for _, p := range []string{"utc", "gmt"} {
		if strings.HasPrefix(s, p) {
			s, prefixed = s[len(p):], true
			break
		}
	}
	sign := 1
	switch {
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	case strings.HasPrefix(s, "-"):
		s, sign = s[1:], -1
	case strings.HasPrefix(s, "\u2212"):
		s, sign = s[len("\u2212"):], -1
	default:
		return 0, false, nil
	}
	hh, mm := s, ""
	switch {
	case strings.Contains(s, ":"):
		hh, mm, _ = strings.Cut(s, ":")
		if len(mm) != 2 || len(hh) == 0 || len(hh) > 2 || (!prefixed && len(hh) != 2) {
			return 0, false, nil
		}
	case len(s) == 4:
		hh, mm = s[:2], s[2:]
	case prefixed && (len(s) == 1 || len(s) == 2):
	default:
		return 0, false, nil
	}
	if !asciiDigits(hh) || (mm != "" && !asciiDigits(mm)) {
		return 0, false, nil
	}
	h, _ := strconv.Atoi(hh)
	m := 0
	if mm != "" {
		m, _ = strconv.Atoi(mm)
	}
	off := sign * (h*3600 + m*60)
	if m > 59 || off > 14*3600 || off < -12*3600 {
		return 0, true, fmt.Errorf("UTC offset %q is out of range (UTC-12 to UTC+14)", tok)
	}
	return off, true, nil
}

// ianaZone loads an IANA zone name as written ("Europe/Kyiv"), or with
// each part capitalised when written in another case ("europe/kyiv").
// Only the regions of zoneRegions and Antarctica are read.
func ianaZone(name string) (*time.Location, error) {
	area, _, _ := strings.Cut(name, "/")
	known := strings.EqualFold(area, "Antarctica")
	for _, r := range zoneRegions {
		known = known || strings.EqualFold(area, r)
	}
	if !known || len(name) > 64 || !isZoneName(name) {
		return nil, fmt.Errorf("%q is not an IANA time zone name this reader knows (\"Europe/Kyiv\")", name)
	}
	for _, cand := range []string{name, capitalise(name)} {
		if loc, ok := loadZone(cand); ok {
			return loc, nil
		}
	}
	return nil, fmt.Errorf("%q is not in the IANA time zone database", name)
}

// isZoneName reports whether s has only the characters of IANA names and
// no empty part.
func isZoneName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '_' || c == '-' || c == '+') {
			return false
		}
		if c == '/' && (i == 0 || i == len(s)-1 || s[i-1] == '/') {
			return false
		}
	}
	return true
}

// capitalise writes each part of a zone name between '/', '_' and '-'
// with a capital letter and the rest in lower case: "new_york" becomes
// "New_York".
func capitalise(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == '/' || b[i-1] == '_' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// cityZone finds the IANA zone of a city written as words ("New York"):
// spaces become underscores, and each region of zoneRegions is tried,
// with the name as written and capitalised. No list of cities is kept: a
// city without its own zone in the database ("Washington", "Beijing") is
// an error, and so is a name found in two regions.
func cityZone(words []string) (*time.Location, error) {
	city := strings.Join(words, " ")
	written := strings.Join(words, "_")
	var found []*time.Location
	for _, region := range zoneRegions {
		for _, cand := range []string{region + "/" + written, capitalise(region + "/" + written)} {
			loc, ok := loadZone(cand)
			if !ok {
				continue
			}
			if len(found) == 0 || found[len(found)-1].String() != loc.String() {
				found = append(found, loc)
			}
			break
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("no IANA time zone is named after %q: write the zone's IANA name (\"Europe/Kyiv\") or the UTC offset", city)
	case 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, l := range found {
		names[i] = l.String()
	}
	return nil, fmt.Errorf("%q names several IANA time zones (%s): write the one meant", city, strings.Join(names, ", "))
}

// loadZone is time.LoadLocation that reports a miss as false. It keeps
// no memo, so that the package holds no mutable state: "<city> time" tries
// up to sixteen names, each miss costing some tens of microseconds (about
// 0.6 ms for a city no region has), which a phrase of a report can afford.
func loadZone(name string) (*time.Location, bool) {
	loc, err := time.LoadLocation(name)
	return loc, err == nil
}

// errNoLocal is the error of "local time" when the resolver does not know
// the zone of the place.
var errNoLocal = errors.New(`the zone of "local time" is unknown: set Resolver.Local to the zone of the place`)

// localZone returns the zone of [Resolver.Local].
func (r Resolver) localZone() (*time.Location, error) {
	if r.Local == "" {
		return nil, errNoLocal
	}
	orig := strings.Fields(r.Local)
	z, n, err := parseZone(lowerWords(orig), orig)
	if err == nil && (n == 0 || n != len(orig) || z.local) {
		err = errors.New("not a zone")
	}
	if err != nil {
		return nil, fmt.Errorf("the zone of Resolver.Local, %s, is not one this reader knows: %w", excerpt.Quote(r.Local), err)
	}
	return z.loc, nil
}

// zoneOf returns the location of z, looking up "local time" in
// [Resolver.Local]; nil, with no error, for "local time" when Local is
// empty.
func (r Resolver) zoneOf(z zoneSpec) (*time.Location, error) {
	if !z.local {
		return z.loc, nil
	}
	if r.Local == "" {
		return nil, nil
	}
	return r.localZone()
}

// asciiDigits reports whether w is one or more of the digits 0 to 9.
func asciiDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
