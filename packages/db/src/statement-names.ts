/**
 * Names Prisma's statements so that each connection prepares a statement once and PostgreSQL
 * plans it once: Prisma sends every query unnamed, and planning its nested reads cost more than
 * running them (the attendance sheet's read: 6.8 ms to plan, under 1 ms to run). A name is the
 * statement's text, numbered in the order first seen. pg cannot forget a prepared statement, so
 * past `limit` texts (a list of values makes a new text for each length) statements go unnamed
 * and no connection keeps more than that (Prisma's former engine kept 100 per connection).
 */
export function statementNames(limit = 300): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit) return ""; // pg sends an empty name as an unnamed statement
    const name = `circle_${names.size}`;
    names.set(sql, name);
    return name;
  };
}
