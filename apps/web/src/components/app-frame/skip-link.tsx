import classes from "./skip-link.module.css";

/** The first tab stop: jumps keyboard and screen-reader users past the header and navigation. */
export function SkipLink() {
  return (
    <a className={classes.skipLink} href="#main">
      Skip to content
    </a>
  );
}
