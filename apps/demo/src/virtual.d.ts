/** Written by the demo:cdn-badge Vite plugin (scripts/vite-plugins.ts) from the built @losi/widgets cdn bundle. */
declare module 'virtual:cdn-badge' {
  /** Version of @losi/widgets, as in its package.json. */
  export const version: string;
  /** Versioned jsDelivr address of cdn/losi-badge.js. */
  export const url: string;
  /** Subresource Integrity hash of that file: `sha384-…`. */
  export const integrity: string;
  /** The address of the same file in the demo (`<site>/downloads/losi-badge.js`), for portals that host it themselves. */
  export const download: string;
}
