/**
 * "Add documents" in the browser: one article added to a built collection of N, through the extraction worker's own
 * code (src/app/mydocs/extractionSession.ts, run here in Node as its tests run it), from a fresh session as a
 * reader's first addition after loading the page: what the worker does when the dialog opens (prepare, not timed:
 * the reader is choosing an article), then what they wait for after pressing Add: the check of the new file and
 * the merge; and the same without prepare ("cold": Add pressed the moment the dialog opened). Its peer, measured
 * right after each run: the same article extracted alone (buildTimeline of that one file), so the ratio says how
 * much the collection adds to the work of the article itself. Once per collection, for comparison, the same
 * addition without the timeline's analyses file (timeline.analyses.json, src/extract/analysesFile.ts): every
 * loaded document analysed again, as before that file existed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExtractionSession, type SiteReader } from '../../src/app/mydocs/extractionSession';
import { analysesFileFor, encodeAnalyses } from '../../src/extract/analysesFile';
import { extractorVersion } from '../../src/extract/cache';
import { analyseFile, assembleTimeline, buildTimeline, type SourceFile } from '../../src/extract/pipeline';
import { serializeTimeline } from '../../src/extract/write';
import type { WholeTimeline } from '../../src/schema/timeline';
import { generateCorpus } from './corpus';
import { median } from './stats';

export interface AddDocumentResult {
  /** "generated" or the Timeline17 topic's name */
  collection: string;
  documents: number;
  megabytes: number;
  /** the analyses file's size */
  analysesMegabytes: number;
  /** median wall ms of the addition (check + merge) after the dialog's prepare, from a fresh session */
  addMs: number;
  /** median CPU ms of the same (this process: the worker's work is all on one thread) */
  addCpuMs: number;
  /** median CPU ms of the addition without prepare: the analyses file read and every document's events stage run */
  coldCpuMs: number;
  /** the peer: median CPU ms of extracting the added article alone */
  aloneCpuMs: number;
  /** median over the runs of addition CPU / the next peer's CPU */
  ratioToAlone: number;
  /** one addition without the analyses file: every loaded document analysed again (CPU ms) */
  withoutFileCpuMs: number;
  runs: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (x: number, digits: number) => Number(x.toFixed(digits));

async function measure(collection: string, files: SourceFile[], extra: SourceFile, runs: number, log: (line: string) => void): Promise<AddDocumentResult> {
  log(`  add one document to ${collection} (${files.length} documents): analysing the collection, as the build step does…`);
  const analysed = [...files].sort((a, b) => (a.id < b.id ? -1 : 1)).map((f) => analyseFile(f));
  const analysesText = encodeAnalyses(analysed, extractorVersion());
  const base = JSON.parse(serializeTimeline(assembleTimeline(analysed))) as WholeTimeline;
  const analysesPath = analysesFileFor('timeline.json');
  const analysesBytes = new TextEncoder().encode(analysesText);
  const withFile: SiteReader = async (p) => (p === analysesPath ? analysesBytes : null);

  const add = async (site: SiteReader, prepared = false) => {
    const session = new ExtractionSession(site, extractorVersion());
    if (prepared) await session.prepare(analysesPath, base);
    const [t, c] = [performance.now(), cpuMs()];
    if (!session.check(extra).ok) throw new Error(`the added article ${extra.id} cannot be read`);
    await session.build(base, [extra], undefined, analysesPath);
    return { ms: performance.now() - t, cpu: cpuMs() - c, stats: session.lastBuild };
  };
  const alone = () => {
    const c = cpuMs();
    buildTimeline([extra]);
    return cpuMs() - c;
  };
  // once each, unmeasured: the NLP model's loading and the first compilations belong to neither figure
  await add(withFile, true);
  alone();
  const adds: Array<{ ms: number; cpu: number }> = [];
  const colds: number[] = [];
  const peers: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await add(withFile, true);
    if (run.stats.analysed !== 0) throw new Error(`the addition analysed ${run.stats.analysed} loaded documents again`);
    adds.push(run);
    peers.push(alone());
    colds.push((await add(withFile)).cpu);
    log(
      `    run ${i + 1}/${runs}: added in ${run.ms.toFixed(0)} ms, ${run.cpu.toFixed(0)} CPU ms (cold ${colds[i].toFixed(0)}); alone ${peers[i].toFixed(0)} CPU ms`,
    );
  }
  const without = await add(async () => null);
  log(`    without the analyses file: ${(without.cpu / 1000).toFixed(1)} CPU s (${without.stats.analysed} documents analysed again)`);
  return {
    collection,
    documents: files.length,
    megabytes: round(files.reduce((n, f) => n + f.bytes.length, 0) / 1e6, 2),
    analysesMegabytes: round(analysesBytes.length / 1e6, 2),
    addMs: Math.round(median(adds.map((a) => a.ms))),
    addCpuMs: Math.round(median(adds.map((a) => a.cpu))),
    coldCpuMs: Math.round(median(colds)),
    aloneCpuMs: Math.round(median(peers)),
    ratioToAlone: round(median(adds.map((a, i) => a.cpu / peers[i])), 1),
    withoutFileCpuMs: Math.round(without.cpu),
    runs,
  };
}

const readFolder = (dir: string): SourceFile[] =>
  readdirSync(dir)
    .filter((f) => /\.(md|txt|html?)$/.test(f))
    .sort()
    .map((id) => ({ id, bytes: new Uint8Array(readFileSync(path.join(dir, id))) }));

/**
 * Generated collections of each size (the extract benchmark's corpus, seed 1) plus its added article; with the
 * Timeline17 folder, also bpoil_bbc (291 BBC reports on the oil spill) with a Guardian report added.
 */
export async function benchAddDocument(sizes: number[], realDir: string | null, runs: number, log: (line: string) => void): Promise<AddDocumentResult[]> {
  const results: AddDocumentResult[] = [];
  const enc = new TextEncoder();
  const [extra] = [...generateCorpus(999, 1)];
  for (const documents of sizes) {
    const files = [...generateCorpus(1, documents)].map((a) => ({ id: a.name, bytes: enc.encode(a.text) }));
    results.push(await measure('generated', files, { id: `zz-added-${extra.name}`, bytes: enc.encode(extra.text) }, runs, log));
  }
  if (realDir) {
    const guardian = readFolder(path.join(realDir, 'bpoil_guardian'));
    const added = guardian[Math.floor(guardian.length / 2)];
    results.push(await measure('bpoil_bbc', readFolder(path.join(realDir, 'bpoil_bbc')), { id: `mine/${added.id}`, bytes: added.bytes }, runs, log));
  }
  return results;
}
