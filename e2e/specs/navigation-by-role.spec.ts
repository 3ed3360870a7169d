import { expect, type Role, test } from "../fixtures.ts";

// What each role finds in the main navigation; the page and the server check again.
const EXPECTED: Record<Role, string[]> = {
  ADMIN: [
    "Home",
    "Sessions",
    "Cohorts",
    "Programs",
    "Intake",
    "Members",
    "Referrals",
    "Resources",
    "Reports",
    "Consent",
    "People",
    "Settings",
    "My account",
  ],
  FACILITATOR: [
    "Home",
    "Sessions",
    "Cohorts",
    "Programs",
    "Intake",
    "Members",
    "Referrals",
    "Resources",
    "Reports",
    "My account",
  ],
  STAFF: ["Home", "Sessions", "Cohorts", "Programs", "Resources", "Reports", "My account"],
};

const ROLE_LABELS: Record<Role, string> = { ADMIN: "Administrator", FACILITATOR: "Facilitator", STAFF: "Staff" };

for (const role of Object.keys(EXPECTED) as Role[]) {
  test(`${ROLE_LABELS[role].toLowerCase()} sees exactly their navigation`, async ({ page, createAccount, signInAs }) => {
    const account = await createAccount(role);
    await signInAs(account);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(account.name.split(" ")[0] ?? "");
    const banner = page.getByRole("banner");
    await expect(banner).toContainText(account.name);
    await expect(banner).toContainText(ROLE_LABELS[role]);
    await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();

    const navigation = page.getByRole("navigation", { name: "Main" });
    await expect(navigation.getByRole("link")).toHaveText(EXPECTED[role]);
  });
}
