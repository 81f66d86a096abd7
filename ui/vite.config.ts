import { defineConfig } from "vite";

// The UI is served from the app's own protocol: relative asset paths, no dev server
// needed at run time, and no inline scripts (the CSP forbids them).
export default defineConfig({
  base: "./",
  // The words live in ../locales, shared with the Rust side (crates/words).
  server: { fs: { allow: [".", "../locales"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
  },
});
