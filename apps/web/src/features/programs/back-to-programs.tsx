import { Anchor } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";

export function BackToPrograms() {
  return (
    <Anchor component={Link} to="/programs" size="sm" w="fit-content">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
      Programs
    </Anchor>
  );
}
