// After every migration has run, the database is exactly what prisma/schema.prisma declares:
// a migration that was forgotten, edited by hand or written for another schema fails here.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import internals from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { openTestDb } from "../testing/test-db.ts";

type Document = Awaited<ReturnType<typeof internals.getDMMF>>;
type Model = Document["datamodel"]["models"][number];
type Field = Model["fields"][number];

const SCHEMA = fileURLToPath(new URL("../../../../prisma/schema.prisma", import.meta.url));

let handle: DbHandle;
let dmmf: Document;
let schemaText: string;
beforeAll(async () => {
  schemaText = await readFile(SCHEMA, "utf8");
  [handle, dmmf] = await Promise.all([openTestDb(), internals.getDMMF({ datamodel: schemaText })]);
});
afterAll(() => handle.close());

const q = <Row>(sql: string) => handle.sql.query<Row>(sql);
const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (model: Model, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`${model.name}.${fieldName} is not a field`);
  return field.dbName ?? field.name;
};
const modelNamed = (name: string) => {
  const model = dmmf.datamodel.models.find((m) => m.name === name);
  if (!model) throw new Error(`no model ${name}`);
  return model;
};
const sorted = (items: string[]) => [...items].sort();

// ─── What the schema declares, in PostgreSQL's words ─────────────────────────

/** The PostgreSQL type Prisma creates for a field, as information_schema reports it. */
function declaredType(field: Field): string {
  const native = field.nativeType?.[0];
  if (field.kind === "enum") {
    const enumName = dmmf.datamodel.enums.find((e) => e.name === field.type)?.dbName ?? field.type;
    return field.isList ? `${enumName}[]` : `enum ${enumName}`;
  }
  if (field.isList) {
    const udt: Record<string, string> = { String: "text", Int: "int4", Boolean: "bool", DateTime: "timestamp", Json: "jsonb" };
    const base = native === "Uuid" ? "uuid" : udt[field.type];
    if (!base) throw new Error(`add a list mapping for ${field.type}`);
    return `${base}[]`;
  }
  if (native === "Uuid") return "uuid";
  if (native === "Date") return "date";
  if (native) throw new Error(`add a mapping for @db.${native}`);
  const scalar: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const type = scalar[field.type];
  if (!type) throw new Error(`add a mapping for ${field.type}`);
  return type;
}

/** Defaults Prisma fills in itself (uuid(), cuid() …) have no database default. */
function hasDatabaseDefault(field: Field): boolean {
  if (!field.hasDefaultValue) return false;
  const value = field.default as { name?: string } | undefined;
  return !(
    value &&
    typeof value === "object" &&
    "name" in value &&
    ["uuid", "cuid", "nanoid", "ulid"].includes(value.name ?? "")
  );
}

interface Column {
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

function declaredColumns(): Record<string, Record<string, Column>> {
  const out: Record<string, Record<string, Column>> = {};
  for (const model of dmmf.datamodel.models) {
    const columns: Record<string, Column> = {};
    for (const field of model.fields) {
      if (field.kind !== "scalar" && field.kind !== "enum") continue;
      columns[field.dbName ?? field.name] = {
        type: declaredType(field),
        // Prisma creates list columns without NOT NULL
        nullable: field.isList || !field.isRequired,
        hasDefault: hasDatabaseDefault(field),
      };
    }
    out[tableOf(model)] = columns;
  }
  for (const { table, column, type } of unsupportedColumns()) {
    (out[table] as Record<string, Column>)[column] = { type, nullable: false, hasDefault: false };
  }
  return out;
}

/**
 * Required `Unsupported("type")` fields, which the DMMF leaves out: read from the schema's text
 * (a model's fields are the lines between `model Name {` and its closing brace).
 */
function unsupportedColumns(): { table: string; column: string; type: string }[] {
  return [...schemaText.matchAll(/^model (\w+) \{([^}]*)\}/gm)].flatMap(([, model = "", body = ""]) =>
    [...body.matchAll(/^\s*(\w+)\s+Unsupported\("(\w+)"\)\s*$/gm)].map(([, column = "", type = ""]) => ({
      table: tableOf(modelNamed(model)),
      column,
      type,
    })),
  );
}

function declaredIndexes(): string[] {
  return dmmf.datamodel.indexes.map((index) => {
    const model = modelNamed(index.model);
    const columns = index.fields.map((f) => columnOf(model, f.name)).join(", ");
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique" : "index";
    return `${tableOf(model)} (${columns}) ${kind}`;
  });
}

const ACTION: Record<string, string> = { Cascade: "c", Restrict: "r", NoAction: "a", SetNull: "n", SetDefault: "d" };

function declaredForeignKeys(): string[] {
  const out: string[] = [];
  for (const model of dmmf.datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = modelNamed(field.type);
      const required = field.relationFromFields.every((f) => model.fields.find((x) => x.name === f)?.isRequired);
      // Prisma's defaults when a relation names no referential action
      const onDelete = field.relationOnDelete ?? (required ? "Restrict" : "SetNull");
      const onUpdate = (field as Field & { relationOnUpdate?: string }).relationOnUpdate ?? "Cascade";
      out.push(
        `${tableOf(model)} (${field.relationFromFields.map((f) => columnOf(model, f)).join(", ")}) → ${tableOf(target)} (${(field.relationToFields ?? []).map((f) => columnOf(target, f)).join(", ")}) on delete ${ACTION[onDelete]} on update ${ACTION[onUpdate]}`,
      );
    }
  }
  return out;
}

// ─── What the migrated database has ──────────────────────────────────────────

async function actualColumns(): Promise<Record<string, Record<string, Column>>> {
  const rows = await q<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
    datetime_precision: number | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
  }>(`SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default,
             c.datetime_precision, c.numeric_precision, c.numeric_scale
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`);
  const out: Record<string, Record<string, Column>> = {};
  for (const r of rows) {
    let type = r.data_type;
    if (r.data_type === "ARRAY") type = `${r.udt_name.replace(/^_/, "")}[]`;
    else if (r.data_type === "USER-DEFINED") type = `enum ${r.udt_name}`;
    else if (r.data_type.startsWith("timestamp")) type = r.data_type.replace("timestamp", `timestamp(${r.datetime_precision})`);
    else if (r.data_type === "numeric") type = `numeric(${r.numeric_precision},${r.numeric_scale})`;
    out[r.table_name] ??= {};
    (out[r.table_name] as Record<string, Column>)[r.column_name] = {
      type,
      nullable: r.is_nullable === "YES",
      hasDefault: r.column_default !== null,
    };
  }
  return out;
}

async function actualIndexes(): Promise<string[]> {
  const rows = await q<{ table: string; columns: string[]; primary: boolean; unique: boolean }>(`
    SELECT t.relname AS "table",
           array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
           ix.indisprimary AS "primary", ix.indisunique AS "unique"
      FROM pg_index ix
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace ns ON ns.oid = t.relnamespace
     WHERE ns.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
  return rows.map((r) => `${r.table} (${r.columns.join(", ")}) ${r.primary ? "primary key" : r.unique ? "unique" : "index"}`);
}

async function actualForeignKeys(): Promise<string[]> {
  const rows = await q<{
    from_table: string;
    from_cols: string[];
    to_table: string;
    to_cols: string[];
    del: string;
    upd: string;
  }>(`
    SELECT src.relname AS from_table, dst.relname AS to_table,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS from_cols,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS to_cols,
           c.confdeltype::text AS del, c.confupdtype::text AS upd
      FROM pg_constraint c
      JOIN pg_class src ON src.oid = c.conrelid
      JOIN pg_class dst ON dst.oid = c.confrelid
      JOIN pg_namespace ns ON ns.oid = src.relnamespace
     WHERE c.contype = 'f' AND ns.nspname = 'public'`);
  return rows.map(
    (r) =>
      `${r.from_table} (${r.from_cols.join(", ")}) → ${r.to_table} (${r.to_cols.join(", ")}) on delete ${r.del} on update ${r.upd}`,
  );
}

// ─── The comparisons ─────────────────────────────────────────────────────────

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has exactly the declared tables", async () => {
    const rows = await q<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(sorted(rows.map((r) => r.name))).toEqual(sorted(dmmf.datamodel.models.map(tableOf)));
  });

  it("has exactly the declared columns, with their types, nullability and database defaults", async () => {
    const actual = await actualColumns();
    const declared = declaredColumns();
    // table by table, so a failure names the table
    for (const table of Object.keys(declared)) {
      expect({ table, columns: actual[table] }).toEqual({ table, columns: declared[table] });
    }
    expect(sorted(Object.keys(actual))).toEqual(sorted(Object.keys(declared)));
  });

  it("has exactly the declared enums, with their values in order", async () => {
    const rows = await q<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace ns ON ns.oid = t.typnamespace
       WHERE ns.nspname = 'public'
       GROUP BY t.typname`);
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const declared = Object.fromEntries(
      dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
    );
    expect(actual).toEqual(declared);
  });

  it("has exactly the declared primary keys, unique constraints and indexes", async () => {
    expect(sorted(await actualIndexes())).toEqual(sorted(declaredIndexes()));
  });

  it("has exactly the declared foreign keys, with their referential actions", async () => {
    expect(sorted(await actualForeignKeys())).toEqual(sorted(declaredForeignKeys()));
  });
});
