/** The versions the report names: this package's and those of the libraries that shaped its findings. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionOf(manifest: string): string | undefined {
  try {
    return (require(manifest) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The version of @losi/audit (src/ and dist/ both sit one folder below package.json). */
export const AUDIT_VERSION: string = versionOf('../package.json') ?? '0.0.0';

/** playwright-core, axe-core, html-validate, tldts and robots-parser, as installed. */
export function libraryVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of ['playwright-core', 'axe-core', 'html-validate', 'tldts', 'robots-parser']) {
    const version = versionOf(`${name}/package.json`);
    if (version !== undefined) versions[name] = version;
  }
  return versions;
}
