import type { Role } from "@circle/validators";
import type { ComponentType } from "react";
import { EVERY_ROLE } from "../../lib/roles.ts";
import { IntakeWaitingCard } from "./intake-waiting-card.tsx";
import { MyAccountCard } from "./my-account-card.tsx";
import { PeopleSummaryCard } from "./people-summary-card.tsx";

export interface HomeCard {
  key: string;
  roles: readonly Role[];
  Card: ComponentType;
}

// One line per card; the grid shows those the signed-in role may see, in this order.
export const HOME_CARDS: readonly HomeCard[] = [
  { key: "intake-waiting", roles: ["ADMIN"], Card: IntakeWaitingCard },
  { key: "people", roles: ["ADMIN"], Card: PeopleSummaryCard },
  { key: "my-account", roles: EVERY_ROLE, Card: MyAccountCard },
];
