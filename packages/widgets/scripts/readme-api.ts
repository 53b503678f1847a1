/**
 * Writes the API reference of README.md (between `<!-- api:start -->` and `<!-- api:end -->`) from
 * custom-elements.json: for each element its attributes, properties, events, slots, parts and CSS custom
 * properties. `pnpm --filter @losi/widgets docs` (after a build); a widgets-cdn test fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Escapes a table cell. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The API reference of every element in the manifest, as markdown. */
export function apiReference(manifest: Manifest): string {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  return elements
    .map((element) => {
      const attributes = element.attributes ?? [];
      const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
      const properties = (element.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
      );
      const sections = [
        `### \`<${element.tagName}>\``,
        element.summary ? `**${cell(element.summary)}**` : '',
        element.description ?? '',
        table(
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          attributes.map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', cell(a.type?.text && `\`${a.type.text}\``), cell(a.default && `\`${a.default}\``), cell(a.description)]),
        ),
        table(
          ['Property (no attribute)', 'Type', 'Description'],
          properties.filter((p) => !attributeFields.has(p.name)).map((p) => [`\`${p.name}\``, cell(p.type?.text && `\`${p.type.text}\``), cell(p.description)]),
        ),
        table(['Event', 'Type', 'Description'], (element.events ?? []).map((e) => [`\`${e.name}\``, cell(e.type?.text && `\`${e.type.text}\``), cell(e.description)])),
        table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)])),
        table(['Part (`::part`)', 'Description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)])),
        table(['CSS custom property', 'Description'], (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, cell(p.description)])),
      ];
      return sections.filter(Boolean).join('\n\n');
    })
    .join('\n\n');
}

/** README.md with its API section replaced. */
export function withApiReference(readme: string, manifest: Manifest): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n\n${apiReference(manifest)}\n\n${readme.slice(end)}`;
}

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
export const MANIFEST = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  writeFileSync(README, withApiReference(readFileSync(README, 'utf8'), manifest));
  console.log('README.md: API reference written from custom-elements.json');
}
