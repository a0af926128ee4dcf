package schemagen_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/schemagen"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// The files in the module are what the generator makes from the Go types
// now: a kind, field or enum value added without `go generate .` fails
// here.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	schema, err := schemagen.Generate(root)
	require.NoError(t, err)
	onDisk, err := os.ReadFile(filepath.Join(root, schemagen.File))
	require.NoError(t, err)
	assert.Equal(t, string(schema), string(onDisk), "%s is out of date: run go generate . in the module root", schemagen.File)

	plain, err := schemagen.Plain()
	require.NoError(t, err)
	onDisk, err = os.ReadFile(filepath.Join(root, schemagen.PlainFile))
	require.NoError(t, err)
	assert.Equal(t, string(plain), string(onDisk), "%s is out of date: run go generate . in the module root", schemagen.PlainFile)
}

// Every kind of the table of kinds has a def and a branch of the "event"
// dispatch, and the event_kind enum lists exactly the kinds, in order.
func TestSchemaHasEveryKind(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	var kinds struct {
		Enum []string `json:"enum"`
	}
	require.NoError(t, json.Unmarshal(doc.Defs["event_kind"], &kinds))
	var dispatch struct {
		AllOf []struct {
			If struct {
				Properties struct {
					Kind struct {
						Const string `json:"const"`
					} `json:"kind"`
				} `json:"properties"`
			} `json:"if"`
			Then struct {
				Ref string `json:"$ref"`
			} `json:"then"`
		} `json:"allOf"`
	}
	require.NoError(t, json.Unmarshal(doc.Defs["event"], &dispatch))
	require.Len(t, dispatch.AllOf, len(event.Kinds()))
	for i, k := range event.Kinds() {
		assert.Equal(t, string(k), kinds.Enum[i])
		assert.Contains(t, doc.Defs, string(k), "no def for kind %s", k)
		assert.Equal(t, string(k), dispatch.AllOf[i].If.Properties.Kind.Const)
		assert.Equal(t, "#/$defs/"+string(k), dispatch.AllOf[i].Then.Ref)
	}
}

// Every def has a description, taken from the Go doc comments, so the
// schema documents itself.
func TestSchemaDefsAreDescribed(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]struct {
			Description string `json:"description"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	for name, d := range doc.Defs {
		if name == "count_single" || name == "count_range" || name == "count_vague" || name == "count_period" || name == "story" || name == "line" {
			continue
		}
		assert.NotEmpty(t, d.Description, "$defs/%s has no description", name)
	}
}
