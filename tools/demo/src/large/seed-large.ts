import { parseArgs } from "node:util";
import { createDb, readDbEnv } from "@circle/db";
import { FACTORY_PASSWORD } from "@circle/db/testing";
import { DateTime } from "luxon";
import { seedLargeOrganisation } from "./organisation.ts";

/** `--scale` and `--seed` as the large seed and the benchmark take them. */
export function largeOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { scale: { type: "string", default: "1" }, seed: { type: "string", default: "16" } },
    // the benchmark passes its own options along with these
    allowPositionals: true,
    strict: false,
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0 && scale <= 20)) throw new Error(`--scale: a number above 0 and at most 20 (got ${values.scale})`);
  if (!Number.isInteger(seed)) throw new Error(`--seed: a whole number (got ${values.seed})`);
  return { scale, seed, today: DateTime.utc().startOf("day") };
}

/**
 * `npm run seed:large`: the database of DATABASE_URL, or the PGlite folder of DATA_DIR, filled with
 * a large organisation. It must be empty of members: this never mixes generated people into real ones.
 */
export async function runSeedLarge(args: string[]): Promise<void> {
  const options = largeOptions(args);
  const env = readDbEnv();
  const handle = env.DATABASE_URL ? await createDb({ url: env.DATABASE_URL }) : await createDb({ dataDir: env.DATA_DIR });
  try {
    if ((await handle.prisma.member.count()) > 0 || (await handle.prisma.user.count()) > 0)
      throw new Error("The database already has people in it: seed:large fills an empty database only.");
    const started = performance.now();
    const { counts, signIns } = await seedLargeOrganisation(handle, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded (scale ${options.scale}, seed ${options.seed}) on ${handle.kind} in ${seconds} s: ` +
        Object.entries(counts)
          .map(([what, n]) => `${n.toLocaleString("en")} ${what}`)
          .join(", "),
    );
    console.log(`Sign in as ${Object.values(signIns).join(", ")} with the password ${FACTORY_PASSWORD}`);
  } finally {
    await handle.close();
  }
}
