import pg from "pg";
import type { Statement } from "./sql-floor.ts";

export interface ExplainedStatement {
  sql: string;
  executionMs: number;
  plan: string;
}

/**
 * EXPLAIN ANALYZE of the very statements each case sent (captured from Prisma), so the report
 * shows where a request's database time goes and which index each query used. Only reads are
 * explained: ANALYZE executes, and a write must not run twice.
 */
export async function explainCases(url: string, captured: Map<string, Statement[]>): Promise<Map<string, ExplainedStatement[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const explained = new Map<string, ExplainedStatement[]>();
  try {
    for (const [name, statements] of captured) {
      const plans: ExplainedStatement[] = [];
      for (const s of statements) {
        if (!/^\s*(SELECT|WITH)\b/i.test(s.sql)) continue;
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${s.sql}`, s.params);
        const lines = rows.map((r) => r["QUERY PLAN"]);
        const execution = lines.find((l) => l.startsWith("Execution Time"));
        plans.push({ sql: s.sql, executionMs: Number(execution?.match(/[\d.]+/)?.[0] ?? 0), plan: lines.join("\n") });
      }
      explained.set(name, plans);
    }
  } finally {
    await client.end();
  }
  return explained;
}

/** Each case's statements, slowest first, with their plans. */
export function explainMarkdown(title: string, explained: Map<string, ExplainedStatement[]>): string {
  const sections = [...explained].map(([name, plans]) => {
    const total = plans.reduce((sum, p) => sum + p.executionMs, 0);
    const slowest = [...plans].sort((a, b) => b.executionMs - a.executionMs);
    const body = slowest
      .map((p) => `#### ${p.executionMs.toFixed(2)} ms\n\n\`\`\`sql\n${p.sql}\n\`\`\`\n\n\`\`\`\n${p.plan}\n\`\`\``)
      .join("\n\n");
    return `## ${name}: ${plans.length} reads, ${total.toFixed(2)} ms in the database\n\n${body}`;
  });
  return `# EXPLAIN ANALYZE — ${title}\n\nOne client, one run each, after the load.\n\n${sections.join("\n\n")}\n`;
}
