import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

// In development the API runs separately (apps/server on :3000); in production the server
// serves this build from the same origin, so the app always calls relative URLs.
const api = "http://127.0.0.1:3000";

export default defineConfig({
  // Brotli and gzip copies of every file beside it, sent by the server as they are (no compression
  // work per request); source maps stay uncompressed, fetched only by developer tools.
  plugins: [react(), compression({ algorithms: ["brotliCompress", "gzip"], exclude: [/\.map$/] })],
  server: {
    port: 5173,
    proxy: {
      // Keep the browser's Host header: the server accepts mutations only from its own origin.
      "/trpc": { target: api, changeOrigin: false },
      "/healthz": { target: api },
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    // Every browser the dashboard supports preloads modules itself; the polyfill sat in the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // @trpc/client declares no `sideEffects`, so importing its error class (the sign-in page)
      // brought its whole index, links and WebSocket client along. Its modules only define things.
      treeshake: { moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@trpc[\\/]client[\\/]/, sideEffects: false }] },
      output: {
        // A first visit walked 120 small files in rounds of import → fetch → evaluate. Instead:
        // React alone (the sign-in page shares it), then the dashboard with everything it imports
        // statically (router, query cache, Mantine, frame, home) as one chunk. Lazy pages keep
        // their own chunks and take what they share with the dashboard from its chunk.
        codeSplitting: {
          groups: [
            // Vite's helper that preloads a lazy chunk's files: the entry needs it before the dashboard.
            { name: "preload-helper", test: /^\0vite[\\/]preload-helper/, priority: 5 },
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
            // The sign-in page opened by its address loads without the dashboard (sign-in.tsx): its
            // own code, then what it shares with the dashboard (Mantine's provider and inputs, the
            // form hook), which the dashboard takes from the "sign-in" chunk.
            {
              name: "sign-in-page",
              test: /[\\/]src[\\/](sign-in\.tsx|features[\\/]auth[\\/]sign-in-[a-z-]+\.tsx?)$/,
              includeDependenciesRecursively: false,
              priority: 3,
            },
            // The page needs only tRPC's error class (and the helpers it is built with); the client's
            // links, which its files import, would otherwise come along into the "sign-in" chunk.
            {
              name: "trpc-client",
              test: /[\\/]node_modules[\\/]@trpc[\\/](client[\\/]dist[\\/](?!TRPCClientError|objectSpread2)|server[\\/]dist[\\/](?!codes))/,
              includeDependenciesRecursively: false,
              priority: 2.5,
            },
            { name: "sign-in", test: /[\\/]src[\\/]sign-in\.tsx$/, priority: 2 },
            { name: "dashboard", test: /[\\/]src[\\/]dashboard\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
});
