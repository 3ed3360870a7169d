import { Typography } from "@mantine/core";
import Markdown from "react-markdown";
import classes from "./consent-markdown.module.css";

/**
 * A consent document's text, rendered from markdown. react-markdown never renders raw HTML,
 * so a document cannot carry scripts or hidden markup. Headings start at level 3: the page and
 * its sections own levels 1 and 2.
 */
export function ConsentMarkdown({ body }: { body: string }) {
  return (
    <Typography className={classes.document}>
      <Markdown
        components={{
          h1: ({ node: _node, ...props }) => <h3 {...props} />,
          h2: ({ node: _node, ...props }) => <h4 {...props} />,
          h3: ({ node: _node, ...props }) => <h5 {...props} />,
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
        }}
      >
        {body}
      </Markdown>
    </Typography>
  );
}
