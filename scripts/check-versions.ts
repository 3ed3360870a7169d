// npm run lint:versions: a dependency that two workspaces (or a workspace and the root) both
// declare must be declared with the same range, so the lock file holds one version of it and
// an upgrade is one edit everywhere. Exits non-zero, naming each difference, when they differ.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

type Manifest = { name?: string; workspaces?: string[] } & Partial<Record<(typeof SECTIONS)[number], Record<string, string>>>;

const SECTIONS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

const root = join(import.meta.dirname, "..");
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** The folders the root's workspace globs name ("apps/*", "e2e"). */
function workspaceFolders(globs: string[]): string[] {
  return globs.flatMap((glob) => {
    if (!glob.endsWith("/*")) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
}

const rootManifest = read(root);
const manifests = [
  { where: "package.json", manifest: rootManifest },
  ...workspaceFolders(rootManifest.workspaces ?? [])
    .filter((folder) => existsSync(join(root, folder, "package.json")))
    .map((folder) => ({ where: `${folder}/package.json`, manifest: read(join(root, folder)) })),
];

// dependency → range → where it is declared so
const ranges = new Map<string, Map<string, string[]>>();
for (const { where, manifest } of manifests) {
  for (const section of SECTIONS) {
    for (const [name, range] of Object.entries(manifest[section] ?? {})) {
      const byRange = ranges.get(name) ?? new Map<string, string[]>();
      byRange.set(range, [...(byRange.get(range) ?? []), where]);
      ranges.set(name, byRange);
    }
  }
}

const differing = [...ranges].filter(([, byRange]) => byRange.size > 1);
for (const [name, byRange] of differing) {
  console.error(`${name} is declared with ${byRange.size} ranges:`);
  for (const [range, places] of byRange) console.error(`  ${range}  in ${places.join(", ")}`);
}
if (differing.length > 0) {
  console.error(
    `\n${differing.length} shared ${differing.length === 1 ? "dependency has" : "dependencies have"} more than one range: declare one.`,
  );
  process.exit(1);
}
console.log(`versions: ${ranges.size} dependencies, each declared with one range across ${manifests.length} manifests`);
