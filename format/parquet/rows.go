package parquet

import (
	"time"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/source"
)

// The row types of the tables: one Go struct per table, whose fields, in
// order, are the table's columns (parquet-go derives the schema from
// them). The tags say the column's name and type; every optional column
// is a pointer, null when nil. (parquet-go's writing of the zero value of
// a non-pointer optional field as null has changed between its versions,
// and v0.32.0 writes "" for some: a pointer says it in every version.)
// The package doc lists every column, and a test holds the two together.

// eventRow is a row of the events table.
type eventRow struct {
	EventID string `parquet:"event_id"`
	Kind    string `parquet:"kind,dict"`
	Title   string `parquet:"title"`
	Status  string `parquet:"status,dict"`

	TimeStart     *time.Time `parquet:"time_start,optional,timestamp(microsecond)"`
	TimeEnd       *time.Time `parquet:"time_end,optional,timestamp(microsecond)"`
	TimePrecision *string    `parquet:"time_precision,optional,dict"`
	TimeBound     *string    `parquet:"time_bound,optional,dict"`
	TimeText      *string    `parquet:"time_text,optional"`
	TimeZone      *string    `parquet:"time_zone,optional"`
	TimeInferred  *string    `parquet:"time_inferred,optional"`

	RescheduledStart     *time.Time `parquet:"rescheduled_start,optional,timestamp(microsecond)"`
	RescheduledEnd       *time.Time `parquet:"rescheduled_end,optional,timestamp(microsecond)"`
	RescheduledPrecision *string    `parquet:"rescheduled_precision,optional,dict"`
	RescheduledBound     *string    `parquet:"rescheduled_bound,optional,dict"`
	RescheduledText      *string    `parquet:"rescheduled_text,optional"`
	RescheduledZone      *string    `parquet:"rescheduled_zone,optional"`
	RescheduledInferred  *string    `parquet:"rescheduled_inferred,optional"`

	PlacedStart     *time.Time `parquet:"placed_start,optional,timestamp(microsecond)"`
	PlacedEnd       *time.Time `parquet:"placed_end,optional,timestamp(microsecond)"`
	PlacedPrecision *string    `parquet:"placed_precision,optional,dict"`
	PlacedBound     *string    `parquet:"placed_bound,optional,dict"`
	PlacedByLinks   bool       `parquet:"placed_by_links"`

	CAMEO       *string `parquet:"cameo,optional,dict"`
	PLOVER      *string `parquet:"plover,optional,dict"`
	PLOVERMode  *string `parquet:"plover_mode,optional,dict"`
	Description *string `parquet:"description,optional"`
	Fatalities  *int32  `parquet:"fatalities,optional"`
}

// timeRow is a row of the times table.
type timeRow struct {
	EventID string  `parquet:"event_id"`
	Path    string  `parquet:"path"`
	Ref     *string `parquet:"ref,optional"`

	TimeStart     *time.Time `parquet:"time_start,optional,timestamp(microsecond)"`
	TimeEnd       *time.Time `parquet:"time_end,optional,timestamp(microsecond)"`
	TimePrecision *string    `parquet:"time_precision,optional,dict"`
	TimeBound     *string    `parquet:"time_bound,optional,dict"`
	TimeText      *string    `parquet:"time_text,optional"`
	TimeZone      *string    `parquet:"time_zone,optional"`
	TimeInferred  *string    `parquet:"time_inferred,optional"`

	Revises   *string `parquet:"revises,optional"`
	RevisesIn *string `parquet:"revises_in_id,optional"`
}

// participantRow is a row of the participants table.
type participantRow struct {
	EventID string `parquet:"event_id"`
	ActorID string `parquet:"actor_id"`
	Role    string `parquet:"role,dict"`
}

// placeRow is a row of the places table.
type placeRow struct {
	RecordID    string `parquet:"record_id"`
	RecordType  string `parquet:"record_type,dict"`
	Path        string `parquet:"path"`
	Relation    string `parquet:"relation,dict"`
	TerritoryID string `parquet:"territory_id"`
}

// figureRow is a row of the figures table.
type figureRow struct {
	RecordID   string   `parquet:"record_id"`
	RecordType string   `parquet:"record_type,dict"`
	Path       string   `parquet:"path"`
	Ref        *string  `parquet:"ref,optional"`
	Measure    string   `parquet:"measure,dict"`
	Family     string   `parquet:"family,dict"`
	Broader    *string  `parquet:"broader,optional,dict"`
	Qualifier  string   `parquet:"qualifier,dict"`
	Value      *float64 `parquet:"value,optional"`
	Min        *float64 `parquet:"min,optional"`
	Max        *float64 `parquet:"max,optional"`
	Magnitude  *string  `parquet:"magnitude,optional,dict"`
	Period     *string  `parquet:"period,optional"`
	Text       *string  `parquet:"text,optional"`
	Unit       *string  `parquet:"unit,optional,dict"`
	Per        *string  `parquet:"per,optional,dict"`
	Currency   *string  `parquet:"currency,optional,dict"`
	Modality   *string  `parquet:"modality,optional,dict"`
	Subject    *string  `parquet:"subject,optional,dict"`
	OfID       *string  `parquet:"of_id,optional"`
	WithinRef  *string  `parquet:"within_ref,optional"`
	Revises    *string  `parquet:"revises,optional"`
	RevisesIn  *string  `parquet:"revises_in_id,optional"`

	AsOfStart     *time.Time `parquet:"as_of_start,optional,timestamp(microsecond)"`
	AsOfEnd       *time.Time `parquet:"as_of_end,optional,timestamp(microsecond)"`
	AsOfPrecision *string    `parquet:"as_of_precision,optional,dict"`
	AsOfBound     *string    `parquet:"as_of_bound,optional,dict"`
	AsOfText      *string    `parquet:"as_of_text,optional"`
	AsOfZone      *string    `parquet:"as_of_zone,optional"`
	AsOfInferred  *string    `parquet:"as_of_inferred,optional"`

	OverStart     *time.Time `parquet:"over_start,optional,timestamp(microsecond)"`
	OverEnd       *time.Time `parquet:"over_end,optional,timestamp(microsecond)"`
	OverPrecision *string    `parquet:"over_precision,optional,dict"`
	OverBound     *string    `parquet:"over_bound,optional,dict"`
	OverText      *string    `parquet:"over_text,optional"`
	OverZone      *string    `parquet:"over_zone,optional"`
	OverInferred  *string    `parquet:"over_inferred,optional"`

	Conservative *float64 `parquet:"conservative,optional"`
	Best         *float64 `parquet:"best,optional"`
	Usable       bool     `parquet:"usable"`
	Denied       bool     `parquet:"denied"`
}

// attributionRow is a row of the attributions table.
type attributionRow struct {
	RecordID   string  `parquet:"record_id"`
	RecordType string  `parquet:"record_type,dict"`
	Path       string  `parquet:"path"`
	Index      int32   `parquet:"index"`
	SourceID   string  `parquet:"source_id"`
	Verb       string  `parquet:"verb,dict"`
	Text       *string `parquet:"text,optional"`
	Grade      *string `parquet:"grade,optional,dict"`
	Quotes     int32   `parquet:"quotes"`
}

// linkRow is a row of the links table.
type linkRow struct {
	EventID       string   `parquet:"event_id"`
	Index         int32    `parquet:"index"`
	Type          string   `parquet:"type,dict"`
	ToID          string   `parquet:"to_id"`
	Implied       bool     `parquet:"implied"`
	Ref           *string  `parquet:"ref,optional"`
	Text          *string  `parquet:"text,optional"`
	OffsetMinSecs *float64 `parquet:"offset_min_seconds,optional"`
	OffsetMaxSecs *float64 `parquet:"offset_max_seconds,optional"`
	OffsetText    *string  `parquet:"offset_text,optional"`
}

// statusRow is a row of the statuses table.
type statusRow struct {
	StatusID     string  `parquet:"status_id"`
	Relation     string  `parquet:"relation,dict"`
	HolderID     *string `parquet:"holder_id,optional"`
	RecogniserID *string `parquet:"recogniser_id,optional"`
	Extent       *string `parquet:"extent,optional,dict"`
	Standing     string  `parquet:"standing,dict"`

	PeriodStart     *time.Time `parquet:"period_start,optional,timestamp(microsecond)"`
	PeriodEnd       *time.Time `parquet:"period_end,optional,timestamp(microsecond)"`
	PeriodPrecision *string    `parquet:"period_precision,optional,dict"`
	PeriodBound     *string    `parquet:"period_bound,optional,dict"`
	PeriodText      *string    `parquet:"period_text,optional"`
	PeriodZone      *string    `parquet:"period_zone,optional"`
	PeriodInferred  *string    `parquet:"period_inferred,optional"`

	Words        *string `parquet:"words,optional"`
	FromEventID  *string `parquet:"from_event_id,optional"`
	UntilEventID *string `parquet:"until_event_id,optional"`
	BoundaryID   *string `parquet:"boundary_id,optional"`
	RevisesID    *string `parquet:"revises_id,optional"`
}

// actorRow is a row of the actors table.
type actorRow struct {
	ActorID     string  `parquet:"actor_id"`
	Kind        string  `parquet:"kind,dict"`
	Name        *string `parquet:"name,optional"`
	Description *string `parquet:"description,optional"`
	Country     *string `parquet:"country,optional,dict"`
}

// territoryRow is a row of the territories table.
type territoryRow struct {
	TerritoryID    string   `parquet:"territory_id"`
	Kind           string   `parquet:"kind,dict"`
	Name           *string  `parquet:"name,optional"`
	Description    *string  `parquet:"description,optional"`
	Country        *string  `parquet:"country,optional,dict"`
	Subdivision    *string  `parquet:"subdivision,optional,dict"`
	ParentID       *string  `parquet:"parent_id,optional"`
	Lat            *float64 `parquet:"lat,optional"`
	Lon            *float64 `parquet:"lon,optional"`
	PointPrecision *string  `parquet:"point_precision,optional,dict"`
	IsGroup        bool     `parquet:"is_group"`
}

// sourceRow is a row of the sources table.
type sourceRow struct {
	SourceID    string  `parquet:"source_id"`
	Kind        string  `parquet:"kind,dict"`
	Title       *string `parquet:"title,optional"`
	PublisherID *string `parquet:"publisher_id,optional"`
	Platform    *string `parquet:"platform,optional,dict"`
	Handle      *string `parquet:"handle,optional"`
	URL         *string `parquet:"url,optional"`

	PublishedStart     *time.Time `parquet:"published_start,optional,timestamp(microsecond)"`
	PublishedEnd       *time.Time `parquet:"published_end,optional,timestamp(microsecond)"`
	PublishedPrecision *string    `parquet:"published_precision,optional,dict"`
	PublishedBound     *string    `parquet:"published_bound,optional,dict"`
	PublishedText      *string    `parquet:"published_text,optional"`
	PublishedZone      *string    `parquet:"published_zone,optional"`
	PublishedInferred  *string    `parquet:"published_inferred,optional"`

	Language    *string `parquet:"language,optional,dict"`
	ViaID       *string `parquet:"via_id,optional"`
	Description *string `parquet:"description,optional"`
	Excerpt     bool    `parquet:"excerpt"`
	DatelineID  *string `parquet:"dateline_id,optional"`
	CopyOfID    *string `parquet:"copy_of_id,optional"`
	RevisesID   *string `parquet:"revises_id,optional"`
	Correction  bool    `parquet:"correction"`
}

// identityRow is a row of the identities table.
type identityRow struct {
	IdentityID string  `parquet:"identity_id"`
	ActorID    string  `parquet:"actor_id"`
	Relation   string  `parquet:"relation,dict"`
	OtherID    string  `parquet:"other_id"`
	Text       *string `parquet:"text,optional"`
}

// timeCols are the columns of one [source.Time].
type timeCols struct {
	start, end                             *time.Time
	precision, bound, text, zone, inferred *string
}

// timeOf spreads a time over its columns. Start and End are in UTC
// already (the model stores them so); UTC is applied again so that a time
// built without validation is still written as the instant it names.
func timeOf(t source.Time) timeCols {
	return timeCols{
		start: instant(t.Start), end: instant(t.End),
		precision: str(t.Precision), bound: str(t.Bound),
		text: str(t.Text), zone: str(t.Zone), inferred: str(t.Inferred),
	}
}

// instant returns t in UTC for an optional TIMESTAMP column, nil (null)
// for the zero time.
func instant(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}

// str returns s for an optional STRING column, nil (null) for "".
func str[S ~string](s S) *string {
	if s == "" {
		return nil
	}
	v := string(s)
	return &v
}

// ref returns a reference for an optional STRING column: the ID in its
// canonical UUID form, nil (null) for the zero ID.
func ref[T ~[16]byte](v T) *string { return str(id(v)) }

// id writes an ID in its canonical UUID form, or "" for the zero ID.
func id[T ~[16]byte](v T) string {
	if v == (T{}) {
		return ""
	}
	return uuid.UUID(v).String()
}

// num returns a pointer to v, for an optional DOUBLE column.
func num(v float64) *float64 { return &v }
