import packageJson from '../package.json' with { type: 'json' };

/** The version of `@losi/cli` (inlined at build time). */
export const CLI_VERSION: string = packageJson.version;
