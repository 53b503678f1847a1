// tsup 8 turns split ESM chunks into CommonJS with sucrase and chains the two source maps. The lines sucrase adds
// (the require/exports glue) have no original, so the chained map keeps them pointing at the generated .cjs file
// itself, by absolute build path: a source no installed package has. This drops those segments and that source,
// leaving every mapping into ../src untouched. Run after the build (tsup onSuccess).
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** Fixes every `*.cjs.map` under `distDir`; returns how many sources it dropped, per map file. */
export function fixCjsSourceMaps(distDir) {
  const fixed = {};
  for (const name of readdirSync(distDir, { recursive: true })) {
    if (!String(name).endsWith('.cjs.map')) continue;
    const mapPath = join(distDir, String(name));
    const dropped = fixMapFile(mapPath);
    if (dropped > 0) fixed[relative(distDir, mapPath)] = dropped;
  }
  return fixed;
}

function fixMapFile(mapPath) {
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const generated = resolve(dirname(mapPath), map.file ?? mapPath.replace(/\.map$/, ''));
  const self = new Set();
  map.sources.forEach((source, index) => {
    const target = isAbsolute(source) ? source : resolve(dirname(mapPath), map.sourceRoot ?? '', source);
    if (target === generated) self.add(index);
  });
  if (self.size === 0) return 0;
  const renumber = new Map();
  map.sources.forEach((_, index) => {
    if (!self.has(index)) renumber.set(index, renumber.size);
  });
  const lines = decode(map.mappings).map((line) =>
    line.map((segment) => {
      if (segment.length === 1) return segment;
      // A segment into the dropped source keeps its generated column only: "this code has no original".
      if (self.has(segment[1])) return [segment[0]];
      return [segment[0], renumber.get(segment[1]), ...segment.slice(2)];
    }),
  );
  const keep = (_, index) => !self.has(index);
  const next = {
    ...map,
    file: relative(dirname(mapPath), generated),
    sources: map.sources.filter(keep),
    ...(map.sourcesContent ? { sourcesContent: map.sourcesContent.filter(keep) } : {}),
    ...(map.ignoreList ? { ignoreList: map.ignoreList.filter((index) => !self.has(index)).map((index) => renumber.get(index)) } : {}),
    mappings: encode(lines),
  };
  // Written beside and renamed, so an interrupted build never leaves half a map.
  const temporary = `${mapPath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(next));
  renameSync(temporary, mapPath);
  return self.size;
}
