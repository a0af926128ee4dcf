// duckdb-check.mjs reads the Parquet tables of a newsevent story with
// DuckDB (issue 11: "DuckDB reads the Parquet tables and a query matches
// the story"), through its Node API, and prints what DuckDB sees.
//
//	node duckdb-check.mjs DIR [SQL...]
//
// Each file DIR/NAME.parquet becomes a view NAME (read_parquet), so that
// the queries name the tables as a user would after loading them. It
// prints to standard output one JSON object:
//
//	{"duckdb": "v1.5.…",
//	 "tables": {"events": {"rows": 14, "columns": [{"name": "event_id", "type": "VARCHAR"}, …]}, …},
//	 "reserved": ["group", …],
//	 "queries": [{"sql": "select …", "rows": [{"kind": "attack", "n": "3"}, …]}, …]}
//
// "columns" are DuckDB's DESCRIBE of the view: each column's name and its
// type as DuckDB reads it (VARCHAR, DOUBLE, INTEGER, BOOLEAN, TIMESTAMP
// WITH TIME ZONE). "reserved" lists the column names, of any table, that
// are reserved keywords of DuckDB's SQL (duckdb_keywords()), which a
// query would have to quote. "queries" are the SQL arguments in the order
// given, each with its rows as objects in the Node API's JSON form
// (BIGINT and HUGEINT as strings, DOUBLE as numbers, timestamps as
// strings). The caller (format/parquet's tests) decides what must hold.
//
// A file that DuckDB cannot read, or a query that fails, is an error: the
// message goes to standard error and the exit code is 1. It is 2 for bad
// usage.
import { readdirSync } from "node:fs";
import { join } from "node:path";

import { DuckDBInstance, version } from "@duckdb/node-api";

const usage = "usage: node duckdb-check.mjs DIR [SQL...]";

const [dir, ...queries] = process.argv.slice(2);
if (!dir || dir.startsWith("-")) {
  console.error(usage);
  process.exit(2);
}

// sqlString quotes a string as an SQL literal.
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
// sqlName quotes a name as an SQL identifier.
const sqlName = (s) => `"${s.replaceAll('"', '""')}"`;

async function main() {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  const out = { duckdb: version(), tables: {}, reserved: [], queries: [] };

  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".parquet"))
    .map((f) => f.slice(0, -".parquet".length))
    .sort();
  const reservedWords = new Set(
    (await db.runAndReadAll("select keyword_name from duckdb_keywords() where keyword_category = 'reserved'"))
      .getRowObjectsJson()
      .map((r) => r.keyword_name.toLowerCase()),
  );
  for (const name of names) {
    const file = join(dir, `${name}.parquet`);
    try {
      await db.run(`create view ${sqlName(name)} as select * from read_parquet(${sqlString(file)})`);
      const columns = (await db.runAndReadAll(`describe ${sqlName(name)}`))
        .getRowObjectsJson()
        .map((r) => ({ name: r.column_name, type: r.column_type }));
      const count = (await db.runAndReadAll(`select count(*) as n from ${sqlName(name)}`)).getRowObjectsJson()[0].n;
      out.tables[name] = { rows: Number(count), columns };
      for (const c of columns) {
        if (reservedWords.has(c.name.toLowerCase())) {
          out.reserved.push(`${name}.${c.name}`);
        }
      }
    } catch (e) {
      throw new Error(`reading ${file}: ${e.message}`);
    }
  }
  for (const sql of queries) {
    try {
      const rows = (await db.runAndReadAll(sql)).getRowObjectsJson();
      out.queries.push({ sql, rows });
    } catch (e) {
      throw new Error(`query ${JSON.stringify(sql)}: ${e.message}`);
    }
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  console.error(`duckdb-check: ${e.message}`);
  process.exit(1);
});
