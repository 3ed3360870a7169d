import { expect, test, trpc } from "../fixtures.ts";

test("an admin tunes the organisation's thresholds; a value out of range is refused beside its field", async ({
  page,
  adminApi,
  signInAs,
}) => {
  const before = await trpc<{ waitlistOfferDays: number }>(adminApi, "settings.get", undefined, "query");
  await signInAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  const offer = page.getByRole("textbox", { name: "Waitlist offer lasts" });
  await expect(offer).toHaveValue(`${before.waitlistOfferDays} days`);
  await offer.fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose from 1 to 30 days")).toBeVisible();
  await expect(offer).toBeFocused();

  const next = before.waitlistOfferDays === 5 ? 4 : 5;
  await offer.fill(String(next));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Waitlist offer lasts" })).toHaveValue(`${next} days`);
  await trpc(adminApi, "settings.update", { waitlistOfferDays: before.waitlistOfferDays });
});
