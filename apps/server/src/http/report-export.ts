import { Readable } from "node:stream";
import type { Services } from "@circle/api";
import { resolveSession } from "@circle/auth";
import { type Actor, type ExportCell, exportReport, recordAudit } from "@circle/core";
import { type ReportFilters, ReportKind, reportFilters } from "@circle/validators";
import { stringify } from "csv-stringify";
import type { FastifyInstance } from "fastify";
import { readSessionToken } from "./session-cookie.ts";

/**
 * GET /exports/<report>.csv?<filters> — a report as CSV for spreadsheets, signed in by the
 * session cookie like the dashboard. Rows stream from the reporting database page by page
 * through csv-stringify (UTF-8 with BOM, one header row, quoting as needed, formulas escaped),
 * so memory stays flat; when the download ends an audit event records who exported what.
 */
export function registerReportExport(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { file: string }; Querystring: Record<string, string> }>("/exports/:file", async (request, reply) => {
    const kind = ReportKind.safeParse(request.params.file.replace(/\.csv$/, ""));
    if (!kind.success || !request.params.file.endsWith(".csv")) return reply.code(404).send({ error: "No such report" });
    // A download another site starts would still carry the cookie (SameSite=Lax): refuse it.
    if (request.headers["sec-fetch-site"] === "cross-site") return reply.code(403).send({ error: "Cross-site request refused" });

    const session = await resolveSession(services.db, readSessionToken(request), services.sessionPolicy);
    if (!session) return reply.code(401).send({ error: "Please sign in" });
    if (session.user.mustChangePassword) return reply.code(403).send({ error: "Choose a new password before continuing" });
    const parsed = reportFilters.safeParse(request.query);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        parsed.error.issues.map((issue) => [issue.path.join(".") || "input", issue.message]),
      );
      return reply.code(400).send({
        error: Object.entries(fieldErrors)
          .map(([f, m]) => `${f}: ${m}`)
          .join("; "),
        fieldErrors,
      });
    }
    const filters = parsed.data;
    const actor: Actor = {
      userId: session.user.id,
      role: session.user.role,
      ip: request.ip,
      userAgent: request.headers["user-agent"],
    };
    const report = exportReport(services.reportingDb, actor, kind.data, filters);

    const csv = stringify({ header: true, bom: true, escape_formulas: true, columns: report.columns.map((c) => ({ ...c })) });
    const source = Readable.from(auditedRows(services, actor, kind.data, filters, report.rows));
    source.on("error", (err) => {
      request.log.error({ err }, "report export failed");
      csv.destroy(err);
    });
    source.pipe(csv);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${kind.data}-${filters.from}-to-${filters.to}.csv"`)
      .header("cache-control", "no-store")
      .send(csv);
  });
}

/** Passes the rows through, counting them; the audit event is written when they end, however they end. */
async function* auditedRows(
  services: Services,
  actor: Actor,
  report: ReportKind,
  filters: ReportFilters,
  rows: AsyncIterable<Record<string, ExportCell>>,
): AsyncGenerator<Record<string, ExportCell>> {
  let count = 0;
  let complete = false;
  try {
    for await (const row of rows) {
      count += 1;
      yield row;
    }
    complete = true;
  } finally {
    await recordAudit(services.db, actor, {
      action: "report.export",
      entityType: "Report",
      entityId: report,
      details: { filters, rows: count, complete },
    });
  }
}
