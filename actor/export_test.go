package actor

// RulesHold is the generated quick check that Build runs (rules_gen.go),
// for the differential test of rules_test.go.
var RulesHold = rulesHold
