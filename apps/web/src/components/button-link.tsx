import { Button, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import { forwardRef } from "react";

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Button component="a" ref={ref} {...props} />,
);

const RouterButton = createLink(MantineButtonAnchor);

/** A Mantine button that is a link, with the router's typed `to`, `params` and `search`. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => <RouterButton {...props} />;
