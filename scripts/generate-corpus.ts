/**
 * npm run generate-corpus -- --documents N [--seed S] --out DIR
 * Writes N synthetic news articles for benchmarks (never for quality figures). Deterministic: the same
 * seed and count give the same files, byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './bench/corpus';

const USAGE = 'Usage: npm run generate-corpus -- --documents N [--seed S] --out DIR';

function parseArgs(argv: string[]) {
  const opts = { documents: NaN, seed: 1, out: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[++i];
    if (a === '--documents') opts.documents = Number(v);
    else if (a === '--seed') opts.seed = Number(v);
    else if (a === '--out') opts.out = v ?? '';
    else throw new Error(`Unknown option ${a}.\n${USAGE}`);
  }
  if (!Number.isInteger(opts.documents) || opts.documents < 1 || !Number.isInteger(opts.seed) || !opts.out) throw new Error(USAGE);
  return opts;
}

/** Writes the corpus into dir and returns its size in bytes. */
export async function writeCorpus(dir: string, documents: number, seed: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const article of generateCorpus(seed, documents)) {
    const data = Buffer.from(article.text, 'utf8');
    bytes += data.length;
    await writeFile(path.join(dir, article.name), data);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const bytes = await writeCorpus(opts.out, opts.documents, opts.seed);
    console.log(`${opts.out}: ${opts.documents} articles, ${(bytes / 1e6).toFixed(2)} MB (seed ${opts.seed})`);
  } catch (e) {
    console.error(`generate-corpus: ${(e as Error).message}`);
    process.exit(1);
  }
}
