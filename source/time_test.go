package source_test

import (
	"encoding/json"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Kyiv and Asia/Kolkata on systems without a zone database

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

func utc(y int, m time.Month, d, h, min, s int) time.Time {
	return time.Date(y, m, d, h, min, s, 0, time.UTC)
}

func date(y int, m time.Month, d int) time.Time { return utc(y, m, d, 0, 0, 0) }

func loadLocation(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

func TestTimeConstructors(t *testing.T) {
	assert.Equal(t, source.Time{Start: date(2025, 4, 24), Precision: source.PrecisionDay, Text: "Thursday"},
		source.Day(2025, time.April, 24, "Thursday"))
	assert.Equal(t, source.Time{Start: date(2025, 4, 1), Precision: source.PrecisionMonth, Text: "in April"},
		source.Month(2025, time.April, "in April"))
	assert.Equal(t, source.Time{Start: date(2022, 1, 1), Precision: source.PrecisionYear, Text: "2022"},
		source.Year(2022, "2022"))
	assert.Equal(t, source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight"},
		source.Between(utc(2025, 4, 24, 22, 15, 0), utc(2025, 4, 25, 5, 0, 0), source.PrecisionDay, "overnight"))
	assert.Equal(t, source.Time{Start: utc(2025, 4, 24, 10, 0, 0), End: utc(2025, 4, 24, 13, 0, 0), Precision: source.PrecisionHour, Text: "three-hour"},
		source.Between(utc(2025, 4, 24, 10, 20, 0), utc(2025, 4, 24, 13, 59, 59), source.PrecisionHour, "three-hour"))

	for _, tm := range []source.Time{
		source.Day(2025, time.April, 24, "Thursday"),
		source.Month(2025, time.April, ""),
		source.Year(2022, "since 2022").Since(),
		source.Between(utc(2025, 4, 24, 22, 15, 0), utc(2025, 4, 25, 5, 0, 0), source.PrecisionDay, "overnight"),
	} {
		assertNoError(t, tm.Validate())
	}
}

func TestAt(t *testing.T) {
	kyiv := loadLocation(t, "Europe/Kyiv")     // UTC+3 in April (EEST)
	kolkata := loadLocation(t, "Asia/Kolkata") // UTC+5:30

	for _, c := range []struct {
		name string
		at   time.Time
		p    source.Precision
		want time.Time
	}{
		{"minute in Kyiv is stored in UTC", time.Date(2025, 4, 24, 9, 30, 45, 0, kyiv), source.PrecisionMinute, utc(2025, 4, 24, 6, 30, 0)},
		{"second in Kyiv", time.Date(2025, 4, 24, 9, 30, 45, 999, kyiv), source.PrecisionSecond, utc(2025, 4, 24, 6, 30, 45)},
		{"hour in Kyiv", time.Date(2025, 4, 24, 9, 30, 0, 0, kyiv), source.PrecisionHour, utc(2025, 4, 24, 6, 0, 0)},
		{"hour half an hour off UTC is cut on the local clock", time.Date(2025, 4, 24, 10, 45, 0, 0, kolkata), source.PrecisionHour, utc(2025, 4, 24, 4, 30, 0)},
		{"day keeps the calendar date in Kyiv", time.Date(2025, 4, 25, 1, 0, 0, 0, kyiv), source.PrecisionDay, date(2025, 4, 25)},
		{"month keeps the local month", time.Date(2025, 5, 1, 1, 0, 0, 0, kyiv), source.PrecisionMonth, date(2025, 5, 1)},
		{"year keeps the local year", time.Date(2025, 1, 1, 1, 0, 0, 0, kyiv), source.PrecisionYear, date(2025, 1, 1)},
		{"UTC minute", utc(2025, 4, 24, 6, 30, 59), source.PrecisionMinute, utc(2025, 4, 24, 6, 30, 0)},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := source.At(c.at, c.p, "Kyiv time", "9:30 a.m.")
			assert.Equal(t, source.Time{Start: c.want, Precision: c.p, Zone: "Kyiv time", Text: "9:30 a.m."}, got)
			assert.True(t, got.Start.Location() == time.UTC, "stored in UTC")
			assertNoError(t, got.Validate())
		})
	}

	// time.Now has a monotonic reading and the Local location; At drops both.
	now := time.Now()
	got := source.At(now, source.PrecisionSecond, "", "")
	assertNoError(t, got.Validate())
	assert.True(t, got.Start.Equal(now.Truncate(time.Second)))
}

func TestBetweenKeepsLocalDates(t *testing.T) {
	kyiv := loadLocation(t, "Europe/Kyiv")
	// 00:30 on April 25 in Kyiv is still April 24 in UTC; the report names
	// the 25th.
	got := source.Between(time.Date(2025, 4, 24, 22, 0, 0, 0, kyiv), time.Date(2025, 4, 25, 0, 30, 0, 0, kyiv), source.PrecisionDay, "overnight")
	assert.Equal(t, source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight"}, got)
	assertNoError(t, got.Validate())
}

func TestSince(t *testing.T) {
	got := source.Between(date(2022, 1, 1), date(2023, 1, 1), source.PrecisionYear, "since 2022").Since()
	assert.Equal(t, source.Time{Start: date(2022, 1, 1), Precision: source.PrecisionYear, Bound: source.BoundSince, Text: "since 2022"}, got)
	assertNoError(t, got.Validate())
}

func TestTimeIsZero(t *testing.T) {
	assert.True(t, source.Time{}.IsZero())
	assert.False(t, source.Time{Text: "during his campaign"}.IsZero())
	assert.False(t, source.Day(2025, 4, 24, "").IsZero())
}

func TestTimeValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		t    source.Time
	}{
		{"zero", source.Time{}},
		{"phrase without a date", source.Time{Text: "during his presidential campaign"}},
		{"phrase with its zone", source.Time{Text: "in the morning", Zone: "Kyiv time"}},
		{"day", source.Day(2025, time.April, 24, "Thursday")},
		{"period", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight"}},
		{"period of one day", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 24), Precision: source.PrecisionDay}},
		{"second", source.Time{Start: utc(2025, 4, 24, 6, 30, 15), Precision: source.PrecisionSecond}},
		{"hour half past UTC", source.Time{Start: utc(2025, 4, 24, 4, 30, 0), Precision: source.PrecisionHour, Zone: "IST"}},
		{"not before", source.Time{Start: date(2025, 4, 25), Precision: source.PrecisionDay, Bound: source.BoundNotBefore}},
		{"not after", source.Time{Start: date(2025, 4, 23), Precision: source.PrecisionDay, Bound: source.BoundNotAfter, Text: "by April 23"}},
		{"since", source.Year(2022, "since 2022").Since()},
		{"year 0", source.Year(0, "")},
		{"year 9999", source.Time{Start: utc(9999, 12, 31, 23, 59, 59), Precision: source.PrecisionSecond}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.t.Validate())
		})
	}
}

func TestTimeValidateInvalid(t *testing.T) {
	kyiv := loadLocation(t, "Europe/Kyiv")
	day := source.Day(2025, time.April, 24, "Thursday")
	period := source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay}

	for _, c := range []struct {
		name string
		t    source.Time
		want []problem
	}{
		{"end without start", source.Time{End: date(2025, 4, 25), Text: "x"}, []problem{{"end", "requires"}}},
		{"precision without start", source.Time{Precision: source.PrecisionDay, Text: "x"}, []problem{{"precision", "requires"}}},
		{"bound without start", source.Time{Bound: source.BoundSince, Text: "x"}, []problem{{"bound", "requires"}}},
		{"zone without text or date", source.Time{Zone: "EEST"}, []problem{{"text", "required"}}},
		{"start without precision", source.Time{Start: date(2025, 4, 24)}, []problem{{"precision", "required"}}},
		{"unknown precision", source.Time{Start: date(2025, 4, 24), Precision: "week"}, []problem{{"precision", "enum"}}},
		{"unknown bound", source.Time{Start: date(2025, 4, 24), Precision: source.PrecisionDay, Bound: "around"}, []problem{{"bound", "enum"}}},
		{"start in Kyiv", source.Time{Start: time.Date(2025, 4, 24, 9, 30, 0, 0, kyiv), Precision: source.PrecisionMinute}, []problem{{"start", "utc"}}},
		{"start from time.Now", source.Time{Start: time.Now(), Precision: source.PrecisionSecond}, []problem{{"start", "utc"}}},
		{"end in Kyiv", source.Time{Start: utc(2025, 4, 24, 6, 0, 0), End: time.Date(2025, 4, 24, 12, 0, 0, 0, kyiv), Precision: source.PrecisionHour}, []problem{{"end", "utc"}}},
		{"day not at midnight", source.Time{Start: utc(2025, 4, 24, 3, 0, 0), Precision: source.PrecisionDay}, []problem{{"start", "precision"}}},
		{"month not on the first", source.Time{Start: date(2025, 4, 24), Precision: source.PrecisionMonth}, []problem{{"start", "precision"}}},
		{"year not on January 1", source.Time{Start: date(2025, 4, 1), Precision: source.PrecisionYear}, []problem{{"start", "precision"}}},
		{"end not at midnight", source.Time{Start: date(2025, 4, 24), End: utc(2025, 4, 25, 1, 0, 0), Precision: source.PrecisionDay}, []problem{{"end", "precision"}}},
		{"end before start", source.Time{Start: date(2025, 4, 25), End: date(2025, 4, 24), Precision: source.PrecisionDay}, []problem{{"end", "order"}}},
		{"end with a bound", func() source.Time { p := period; p.Bound = source.BoundSince; return p }(), []problem{{"end", "conflicts"}}},
		{"text untrimmed", func() source.Time { d := day; d.Text = "Thursday "; return d }(), []problem{{"text", "trimmed"}}},
		{"zone untrimmed", func() source.Time { d := day; d.Zone = " EEST"; return d }(), []problem{{"zone", "trimmed"}}},
		{"start after year 9999", source.Time{Start: date(10000, 1, 1), Precision: source.PrecisionYear}, []problem{{"start", "date"}}},
		{"start before year 0", source.Time{Start: date(-1, 1, 1), Precision: source.PrecisionYear}, []problem{{"start", "date"}}},
		{"end after year 9999", source.Time{Start: date(9999, 1, 1), End: date(10000, 1, 1), Precision: source.PrecisionYear}, []problem{{"end", "date"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.ElementsMatch(t, c.want, problemsOf(t, c.t.Validate()))
		})
	}
}

func TestTimeSpan(t *testing.T) {
	for _, c := range []struct {
		name     string
		t        source.Time
		from, to time.Time
	}{
		{"no date", source.Time{Text: "during the campaign"}, time.Time{}, time.Time{}},
		{"day", source.Day(2025, 4, 24, ""), date(2025, 4, 24), date(2025, 4, 25)},
		{"month", source.Month(2025, 2, ""), date(2025, 2, 1), date(2025, 3, 1)},
		{"year", source.Year(2024, ""), date(2024, 1, 1), date(2025, 1, 1)},
		{"second", source.Time{Start: utc(2025, 4, 24, 6, 30, 15), Precision: source.PrecisionSecond}, utc(2025, 4, 24, 6, 30, 15), utc(2025, 4, 24, 6, 30, 16)},
		{"minute", source.Time{Start: utc(2025, 4, 24, 6, 30, 0), Precision: source.PrecisionMinute}, utc(2025, 4, 24, 6, 30, 0), utc(2025, 4, 24, 6, 31, 0)},
		{"hour", source.Time{Start: utc(2025, 4, 24, 6, 0, 0), Precision: source.PrecisionHour}, utc(2025, 4, 24, 6, 0, 0), utc(2025, 4, 24, 7, 0, 0)},
		{"period runs to the end of its last day", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay}, date(2025, 4, 24), date(2025, 4, 26)},
		{"period of months", source.Time{Start: date(2025, 1, 1), End: date(2025, 3, 1), Precision: source.PrecisionMonth}, date(2025, 1, 1), date(2025, 4, 1)},
		{"since", source.Year(2022, "").Since(), date(2022, 1, 1), time.Time{}},
		{"not before", source.Time{Start: date(2025, 4, 25), Precision: source.PrecisionDay, Bound: source.BoundNotBefore}, date(2025, 4, 25), time.Time{}},
		{"not after includes its day", source.Time{Start: date(2025, 4, 23), Precision: source.PrecisionDay, Bound: source.BoundNotAfter}, time.Time{}, date(2025, 4, 24)},
	} {
		t.Run(c.name, func(t *testing.T) {
			from, to := c.t.Span()
			assert.Equal(t, c.from, from)
			assert.Equal(t, c.to, to)
		})
	}
}

func TestTimeCovers(t *testing.T) {
	thursday := source.Day(2025, 4, 24, "Thursday")
	overnight := source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay}
	since := source.Year(2022, "").Since()
	notAfter := source.Time{Start: date(2025, 4, 23), Precision: source.PrecisionDay, Bound: source.BoundNotAfter}

	for _, c := range []struct {
		name string
		t    source.Time
		at   time.Time
		want bool
	}{
		{"start of the day", thursday, date(2025, 4, 24), true},
		{"last instant of the day", thursday, date(2025, 4, 25).Add(-time.Nanosecond), true},
		{"the next day", thursday, date(2025, 4, 25), false},
		{"the day before", thursday, date(2025, 4, 24).Add(-time.Nanosecond), false},
		{"period's last day", overnight, utc(2025, 4, 25, 23, 0, 0), true},
		{"after the period", overnight, date(2025, 4, 26), false},
		{"since: long after", since, date(2030, 1, 1), true},
		{"since: before", since, date(2021, 12, 31), false},
		{"not after: long before", notAfter, date(1990, 1, 1), true},
		{"not after: its own day", notAfter, utc(2025, 4, 23, 12, 0, 0), true},
		{"not after: the day after", notAfter, date(2025, 4, 24), false},
		{"no date covers nothing", source.Time{Text: "once"}, date(2025, 4, 24), false},
		{"zero time covers nothing", source.Time{}, time.Time{}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.t.Covers(c.at))
		})
	}
}

func TestTimeCompare(t *testing.T) {
	// In timeline order.
	ordered := []source.Time{
		source.Year(2022, "since 2022").Since(),
		source.Month(2025, 4, ""),
		source.Time{Start: date(2025, 4, 23), Precision: source.PrecisionHour},
		source.Day(2025, 4, 23, "April 23"),
		source.Time{Start: date(2025, 4, 24), Precision: source.PrecisionDay, Bound: source.BoundNotAfter},
		source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 24), Precision: source.PrecisionDay},
		source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay},
		source.Time{Start: date(2025, 4, 24), Precision: source.PrecisionDay, Bound: source.BoundNotBefore},
		source.Time{Start: utc(2025, 4, 24, 6, 30, 0), Precision: source.PrecisionMinute},
		source.Time{Text: "during his campaign"},
	}
	for i, a := range ordered {
		assert.Equal(t, 0, a.Compare(a), "%d with itself", i)
		for j := i + 1; j < len(ordered); j++ {
			b := ordered[j]
			assert.Equal(t, -1, a.Compare(b), "%d before %d", i, j)
			assert.Equal(t, 1, b.Compare(a), "%d after %d", j, i)
		}
	}
	assert.Equal(t, 0, source.Time{Text: "a"}.Compare(source.Time{Text: "b"}), "undated times tie")
	assert.Equal(t, 0, source.Day(2025, 4, 24, "Thursday").Compare(source.Day(2025, 4, 24, "April 24")), "the text does not order")
}

func TestTimeJSON(t *testing.T) {
	for _, c := range []struct {
		name string
		t    source.Time
		want string
	}{
		{"day", source.Day(2025, 4, 24, "Thursday"), `{"start":"2025-04-24T00:00:00Z","precision":"day","text":"Thursday"}`},
		{"period with zone", source.Time{Start: utc(2025, 4, 24, 21, 0, 0), End: utc(2025, 4, 25, 3, 0, 0), Precision: source.PrecisionHour, Text: "overnight", Zone: "Kyiv time"},
			`{"start":"2025-04-24T21:00:00Z","end":"2025-04-25T03:00:00Z","precision":"hour","text":"overnight","zone":"Kyiv time"}`},
		{"since", source.Year(2022, "since 2022").Since(), `{"start":"2022-01-01T00:00:00Z","precision":"year","bound":"since","text":"since 2022"}`},
		{"phrase only", source.Time{Text: "during his campaign"}, `{"text":"during his campaign"}`},
		{"zero", source.Time{}, `{}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.NoError(t, c.t.Validate())
			b, err := json.Marshal(c.t)
			require.NoError(t, err)
			assert.JSONEq(t, c.want, string(b))
			var back source.Time
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, c.t, back)
		})
	}
}

func TestTimeJSONErrors(t *testing.T) {
	var tm source.Time
	for _, c := range []struct{ name, data, mention string }{
		{"unknown precision", `{"start":"2025-04-24T00:00:00Z","precision":"week"}`, `"week"`},
		{"unknown bound", `{"start":"2025-04-24T00:00:00Z","precision":"day","bound":"around"}`, `"around"`},
		{"not RFC 3339", `{"start":"24 April 2025","precision":"day"}`, "24 April 2025"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(c.data), &tm)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
	_, err := json.Marshal(source.Time{Start: date(2025, 4, 24), Precision: "week"})
	assert.Error(t, err, "an unknown precision is not written")
}
