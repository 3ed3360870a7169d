import { Anchor } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";

export function BackToMembers() {
  return (
    <Anchor component={Link} to="/members" size="sm" w="fit-content">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
      Members
    </Anchor>
  );
}
