/** Drops the self-referencing source tsup's CommonJS splitting leaves in every `*.cjs.map` under `distDir`. */
export function fixCjsSourceMaps(distDir: string): Record<string, number>;
