/**
 * What the built site makes a browser download, chunk by chunk, gzip-compressed (zlib's default level, as most
 * servers send it): read from Vite's manifest of the build the client benchmark serves, so each chunk is put where
 * the app loads it:
 * - 'first view': the entry, the app (boot) and what they import: everything before the header, filters and list show;
 * - 'timeline': the timeline's chunk, asked for as the app starts, drawn when it comes (src/app/timeline/lazyTimelineView.tsx);
 * - 'on demand': the presentation, the handout, the exports, My documents, the document texts' parser…;
 * - 'worker': the validation worker of large files (over 1 MB) and the extraction worker of My documents.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  loads: 'first view' | 'timeline' | 'on demand' | 'worker';
  kB: number;
  gzipKB: number;
}

export interface BundleResult {
  chunks: Chunk[];
  /** gzip kB of JavaScript before the first view (entry, app and their static imports) */
  firstViewKB: number;
  /** and with the timeline's chunk: before the timeline draws */
  timelineKB: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function bundleSizes(outDir: string): Promise<BundleResult> {
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (keys: string[], into = new Set<string>()) => {
    for (const key of keys) {
      if (into.has(key) || !manifest[key]) continue;
      into.add(key);
      closure(manifest[key].imports ?? [], into);
    }
    return into;
  };
  const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const boot = Object.keys(manifest).filter((k) => k.endsWith('src/app/boot.tsx'));
  const timeline = Object.keys(manifest).filter((k) => k.endsWith('src/app/timeline/TimelineView.tsx'));
  const first = closure([...entry, ...boot]);
  const drawn = closure(timeline);
  const where = new Map<string, Chunk['loads']>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    where.set(chunk.file, first.has(key) ? 'first view' : drawn.has(key) ? 'timeline' : 'on demand');
  }
  const chunks: Chunk[] = [];
  for (const name of await readdir(path.join(outDir, 'assets'))) {
    if (!name.endsWith('.js')) continue;
    const file = `assets/${name}`;
    const bytes = await readFile(path.join(outDir, file));
    chunks.push({ file, loads: where.get(file) ?? 'worker', kB: round(bytes.length / 1000), gzipKB: round(gzipSync(bytes).length / 1000) });
  }
  const order: Chunk['loads'][] = ['first view', 'timeline', 'on demand', 'worker'];
  chunks.sort((a, b) => order.indexOf(a.loads) - order.indexOf(b.loads) || b.gzipKB - a.gzipKB);
  const sum = (loads: Chunk['loads'][]) => round(chunks.filter((c) => loads.includes(c.loads)).reduce((n, c) => n + c.gzipKB, 0));
  return { chunks, firstViewKB: sum(['first view']), timelineKB: sum(['first view', 'timeline']) };
}
