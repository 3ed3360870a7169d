import { Link } from "@tanstack/react-router";
// The same tab strip as a cohort's parts, so both read as one design.
import classes from "../cohorts/detail/cohort-tab-nav.module.css";
import { REPORT_PAGES } from "./report-kinds.ts";

/** The reports as links; moving between them keeps the filters. */
export function ReportTabNav() {
  return (
    <nav aria-label="Reports" className={classes.nav}>
      <ul className={classes.list}>
        {REPORT_PAGES.map((page) => (
          <li key={page.kind}>
            <Link
              to={page.to}
              search={(previous) => ({ ...previous, page: undefined })}
              className={classes.link}
              activeOptions={{ exact: true, includeSearch: false }}
              resetScroll={false}
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
