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
  },
});
