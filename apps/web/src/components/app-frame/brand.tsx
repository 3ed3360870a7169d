import { UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { BrandMark } from "../brand-mark.tsx";

export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Circle, go to home">
      <BrandMark />
    </UnstyledButton>
  );
}
