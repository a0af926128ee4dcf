// ajv-check.mjs validates newsevent documents with Ajv, the most common
// JSON Schema validator of JavaScript, in its strict mode: the check that
// newsevent.schema.json is a schema every validator accepts (issue 11).
//
//	node ajv-check.mjs [-schema FILE] [-default] DOCUMENT[#FRAGMENT]...
//
// It compiles the schema (the module's newsevent.schema.json unless
// -schema names another) with Ajv2020 {strict: true, allErrors: true}, or
// under -default with Ajv's defaults (strictTypes and strictTuples only
// logged, strictRequired off, the first error only), and with ajv-formats
// added. A compile error, in either mode, is a failure: the error goes to
// standard error and the exit code is 1.
//
// Then it validates each DOCUMENT. A file whose name ends in .jsonl holds
// JSON Lines: each line (blank ones skipped) is checked against the
// schema's "#/$defs/line", the def of one line of the JSON Lines form (an
// object with exactly one member, "actor", "territory", "source",
// "status", "event" or "identity", that holds the record). Any other file
// is one JSON document, checked against the whole schema (a story). A
// #FRAGMENT after the name checks the document, or each line, against
// that part of the schema instead: "actor.json#/$defs/actor" for one
// actor record.
//
// It prints to standard output one JSON array, an element per DOCUMENT in
// the order given:
//
//	{"file": "a.json", "valid": false, "errors": [{"line": 0, "instancePath": "/events/0/kind", ...}]}
//
// "line" is the line of a JSON Lines file (from 1), 0 for a JSON file; the
// other fields of an error are Ajv's own (instancePath, schemaPath,
// keyword, params, message). A file that cannot be read or parsed as JSON
// is invalid, with an error whose keyword is "parse". The exit code is 0
// whatever the documents hold: the caller (schema_ajv_test.go in the
// module root) decides which must pass. It is 2 for bad usage.
//
// Formats: the schema states every form it checks with "pattern" (draft
// 2020-12 makes "format" an annotation, which many validators do not
// assert), and uses no "format" keyword, so that it compiles in strict
// mode without ajv-formats too. ajv-formats is added all the same, as a
// user would: a "format" the generator may come to write is then known to
// Ajv (strict mode refuses an unknown format) and asserted.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const usage = "usage: node ajv-check.mjs [-schema FILE] [-default] DOCUMENT[#FRAGMENT]...";

let schemaFile = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "newsevent.schema.json");
let strict = true;
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "-schema") {
    if (i + 1 >= args.length) {
      console.error(usage);
      process.exit(2);
    }
    schemaFile = args[++i];
  } else if (a === "-default") {
    strict = false;
  } else if (a.startsWith("-")) {
    console.error(`ajv-check: unknown flag ${a}\n${usage}`);
    process.exit(2);
  } else {
    files.push(a);
  }
}

let schema;
try {
  schema = JSON.parse(readFileSync(schemaFile, "utf8"));
} catch (e) {
  console.error(`ajv-check: reading the schema ${schemaFile}: ${e.message}`);
  process.exit(1);
}

const ajv = strict ? new Ajv2020({ strict: true, allErrors: true }) : new Ajv2020();
addFormats(ajv);

let validateStory;
try {
  validateStory = ajv.compile(schema);
  if (!ajv.getSchema(`${schema.$id}#/$defs/line`)) {
    throw new Error("the schema has no #/$defs/line");
  }
} catch (e) {
  console.error(`ajv-check: the schema does not compile (strict: ${strict}): ${e.message}`);
  process.exit(1);
}

// validator returns the validate function of a fragment of the schema.
function validator(fragment) {
  const v = ajv.getSchema(`${schema.$id}${fragment}`);
  if (!v) {
    console.error(`ajv-check: the schema has no ${fragment}\n${usage}`);
    process.exit(2);
  }
  return v;
}

function check(validate, value, line) {
  if (validate(value)) {
    return [];
  }
  return validate.errors.map((e) => ({ line, ...e }));
}

function parse(src, line, errors) {
  try {
    return { ok: true, value: JSON.parse(src) };
  } catch (e) {
    errors.push({ line, keyword: "parse", message: e.message });
    return { ok: false };
  }
}

const results = [];
for (const arg of files) {
  const hash = arg.indexOf("#");
  const file = hash < 0 ? arg : arg.slice(0, hash);
  const fragment = hash < 0 ? "" : arg.slice(hash);
  const lines = file.endsWith(".jsonl");
  const validate = fragment !== "" ? validator(fragment) : lines ? validator("#/$defs/line") : validateStory;
  const errors = [];
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    errors.push({ line: 0, keyword: "parse", message: e.message });
  }
  if (text !== undefined && lines) {
    text.split("\n").forEach((src, i) => {
      if (src.trim() === "") {
        return;
      }
      const p = parse(src, i + 1, errors);
      if (p.ok) {
        errors.push(...check(validate, p.value, i + 1));
      }
    });
  } else if (text !== undefined) {
    const p = parse(text, 0, errors);
    if (p.ok) {
      errors.push(...check(validate, p.value, 0));
    }
  }
  results.push({ file: arg, valid: errors.length === 0, errors });
}
process.stdout.write(JSON.stringify(results) + "\n");
