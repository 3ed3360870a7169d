// `npm run build` for the server: the server and the workspace packages it imports, bundled into
// dist/ (ES modules, one chunk per lazy command), with every npm dependency left where npm put it.
// `npm start` runs the bundle: compiling a few hundred TypeScript files through tsx at each start
// took about a second of a three-second cold start. Development (`npm run dev`) and the tests
// still run the TypeScript itself.
import { readFile, rm } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${serverDir}dist`;

/**
 * A workspace file that finds something next to it (the dashboard's build, the migrations, the
 * generated Prisma client's folder) does so from its own `import.meta.url`; in the bundle that
 * would be the bundle's address. Each such file gets the address of its source instead, written
 * relative to the bundle, so a checkout that is moved keeps working.
 */
const keepSourceAddress = {
  name: "keep-source-address",
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const fromBundle = relative(outdir, path);
      return {
        contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: "ts",
        resolveDir: dirname(path),
      };
    });
  },
};

/** npm packages stay outside (native addons, WebAssembly and files they find by path); `@circle/*` is ours. */
const dependenciesOutside = {
  name: "dependencies-outside",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) => (path.startsWith("@circle/") ? undefined : { path, external: true }));
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [`${serverDir}src/main.ts`],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node24",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [keepSourceAddress, dependenciesOutside],
});
