// jsonld-check.mjs reads a JSON-LD document with jsonld.js, the JSON-LD
// processor of JavaScript, and checks that nothing in it is lost on the way
// to RDF: the check behind format/jsonld (issue 11).
//
//	node jsonld-check.mjs FILE
//
// It expands the document with a document loader that refuses every URL
// (no network: the document must carry its own @context), converts the
// expansion to RDF, and prints the N-Quads to standard output. It fails,
// with the problems on standard error and exit code 1, when:
//
//   - jsonld.js reports an event while expanding or converting (a dropped
//     property, a relative IRI, an invalid value...), or throws;
//   - a term of the document is dropped: JSON-LD drops a key that the
//     context does not define, silently. The keys of the document (outside
//     @context), its @type values and the values of terms typed @vocab are
//     counted, then counted again in the expansion compacted back with the
//     document's own context; every term that occurs fewer times there was
//     dropped, and is named;
//   - a property or type of the expansion is not a schema.org term (an IRI
//     under https://schema.org/), or a node is named by a relative IRI.
import { readFileSync } from "node:fs";
import jsonld from "jsonld";

const schema = "https://schema.org/";
// problems holds each problem once: jsonld.js reports an event again in
// each pass (expansion, compaction, conversion).
const problems = new Set();

// documentLoader refuses every URL: the check runs without a network, and
// a document that needs one fails.
const documentLoader = async (url) => {
	throw new Error(`refusing to load ${url}: the document must carry its own @context`);
};

// eventHandler records every event jsonld.js reports (in its safe mode
// each of them is an error).
const eventHandler = ({ event }) => {
	problems.add(`jsonld.js ${event.code}: ${event.message} ${JSON.stringify(event.details ?? {})}`);
};

// count adds the terms used in a compacted document to counts: the keys
// that are not keywords, the @type values, and the string values of the
// terms in vocabTerms.
function count(value, counts, vocabTerms) {
	const add = (t) => counts.set(t, (counts.get(t) ?? 0) + 1);
	if (Array.isArray(value)) {
		for (const v of value) count(v, counts, vocabTerms);
		return;
	}
	if (value === null || typeof value !== "object") return;
	for (const [k, v] of Object.entries(value)) {
		if (k === "@context") continue;
		if (k === "@type") {
			for (const t of [v].flat()) add(`@type ${t}`);
			continue;
		}
		if (!k.startsWith("@")) add(k);
		if (vocabTerms.has(k)) {
			for (const t of [v].flat()) if (typeof t === "string") add(`${k} ${t}`);
		}
		count(v, counts, vocabTerms);
	}
}

// iris checks the IRIs of an expanded document: every property and type
// under schema.org, every node named by an absolute IRI or a blank node.
function iris(value, path) {
	if (Array.isArray(value)) {
		value.forEach((v, i) => iris(v, `${path}[${i}]`));
		return;
	}
	if (value === null || typeof value !== "object") return;
	for (const [k, v] of Object.entries(value)) {
		if (k === "@type" && !("@value" in value)) {
			for (const t of [v].flat()) {
				if (!t.startsWith(schema)) problems.add(`${path}: type ${t} is not a schema.org term`);
			}
		} else if (k === "@id") {
			if (!/^([a-z][a-z0-9+.-]*:|_:)/i.test(v)) problems.add(`${path}: ${v} is a relative IRI`);
		} else if (!k.startsWith("@") && !k.startsWith(schema)) {
			problems.add(`${path}: property ${k} is not a schema.org term`);
		}
		iris(v, `${path}/${k}`);
	}
}

// check checks the document in file and returns its N-Quads.
async function check(file) {
	const doc = JSON.parse(readFileSync(file, "utf8"));
	const context = doc["@context"];
	if (context === undefined || typeof context !== "object" || Array.isArray(context)) {
		problems.add("the document has no @context object of its own");
	}
	const vocabTerms = new Set(
		Object.entries(context ?? {})
			.filter(([, def]) => def && typeof def === "object" && def["@type"] === "@vocab")
			.map(([t]) => t),
	);
	const options = { documentLoader, eventHandler };
	const expanded = await jsonld.expand(doc, options);
	iris(expanded, "");

	const before = new Map();
	count(doc, before, vocabTerms);
	const compacted = await jsonld.compact(expanded, { "@context": context }, options);
	const after = new Map();
	count(compacted, after, vocabTerms);
	for (const [t, n] of [...before].sort()) {
		const m = after.get(t) ?? 0;
		if (m < n) problems.add(`term ${t} is dropped: ${n} in the document, ${m} after expansion`);
	}

	const nquads = await jsonld.toRDF(expanded, { format: "application/n-quads", ...options });
	if (nquads.trim() === "") problems.add("the document gives no triple");
	return nquads;
}

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	console.error("usage: node jsonld-check.mjs FILE");
	process.exitCode = 2;
} else {
	let nquads = "";
	try {
		nquads = await check(file);
	} catch (err) {
		problems.add(`jsonld.js failed: ${err && err.stack ? err.stack : err}`);
	}
	if (problems.size > 0) {
		// exitCode, not exit(): the process ends once standard error is
		// written, which a pipe receives asynchronously.
		console.error(`${file}: ${problems.size} problem(s)`);
		for (const p of problems) console.error(`  ${p}`);
		process.exitCode = 1;
	} else {
		process.stdout.write(nquads);
	}
}
