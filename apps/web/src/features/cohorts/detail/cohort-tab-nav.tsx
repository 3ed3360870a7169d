import { Link } from "@tanstack/react-router";
import { COHORT_TABS } from "../cohort-tabs.ts";
import classes from "./cohort-tab-nav.module.css";

/** The cohort's parts as links (each is its own address), marked with aria-current when open. */
export function CohortTabNav({ cohortId }: { cohortId: string }) {
  return (
    <nav aria-label="Cohort" className={classes.nav}>
      <ul className={classes.list}>
        {COHORT_TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              params={{ cohortId }}
              className={classes.link}
              activeOptions={{ exact: true, includeSearch: false }}
              // Moving between tabs keeps the reader where they were on the page.
              resetScroll={false}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
