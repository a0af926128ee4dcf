package examples

import (
	"fmt"

	"github.com/newsevent/newsevent"
)

// ArticleUpdated merges the update sample ([Update], the Kyiv
// Independent's later report on the strike of April 24) into the worked
// article ([Article]), the article first, under
// [newsevent.MergeKeepBoth]: where the two reports disagree on a single
// value (the strike's title, the words of its time), the merged story
// keeps the article's and the report keeps both, each with its sources.
// It returns the merged story, which validates (the update's revisions of
// the article's toll resolve once the two are one), and the merge's
// report.
func ArticleUpdated() (*newsevent.Story, *newsevent.MergeReport, error) {
	article, err := Article()
	if err != nil {
		return nil, nil, err
	}
	update, err := Update()
	if err != nil {
		return nil, nil, err
	}
	merged, report, err := newsevent.Merge(article, update, newsevent.MergeOptions{Policy: newsevent.MergeKeepBoth})
	if err != nil {
		return nil, nil, fmt.Errorf("examples: merge the update into the article: %w", err)
	}
	if err := merged.Validate(); err != nil {
		return nil, nil, fmt.Errorf("examples: the article with its update: %w", err)
	}
	return merged, report, nil
}
