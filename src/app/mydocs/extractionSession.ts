/**
 * The browser half of `npm run extract`: what the worker runs. It calls the build step's own functions
 * (analyseFile, assembleTimeline, serializeTimeline), never a second implementation, so the reader's documents
 * merge with the loaded timeline exactly as the CLI would merge the same files.
 *
 * Why the originals: a timeline.json keeps each document's cleaned text, not its bytes, and the CLI analyses
 * bytes. The built site serves data/ as its public folder, so the loaded timeline's source files are at
 * documents/<id>; the session fetches them once, analyses them once (cached for the session: adding a second
 * document only analyses that document) and assembles everything together.
 *
 * When an original is not served (a timeline opened with ?data= without its documents, or a file edited since
 * the build, detected because its text no longer matches), the document is rebuilt from the text the timeline
 * keeps: its title, publisher and stated date as recorded, its sentences and actor mentions found again by the
 * same stages. The merge is then the CLI's merge over those texts, not over the files, and the session says so
 * (`originals: 'texts'`) so the UI can tell the reader.
 */
import type { DocumentWithText, WholeTimeline } from '../../schema/timeline';
import { analyseCleanText, analyseFile, assembleTimeline, type Analysed, type AssemblyMemo, type SourceFile } from '../../extract/pipeline';
import { decodeAnalyses, textTag, type StoredAnalyses } from '../../extract/analysesFile';
import type { DraftMention } from '../../extract/events';
import { parseActorsFile } from '../../extract/actorsFile';
import type { ActorOverrides } from '../../extract/canonical';
import type { BuildWarning } from '../../extract/types';
import { serializeTimeline } from '../../extract/write';
import { servedDocumentPath } from './documentPath';
import { contentTag } from './myDocument';

export type AnalysisResult = ReturnType<typeof analyseFile>;

/** How the site's own files are reached: by path relative to the site (documents/<id>, actors.json); null when absent. */
export type SiteReader = (path: string) => Promise<Uint8Array | null>;

export type Progress = (done: number, total: number, label: string) => void;

export interface BuildResult {
  /** the timeline as the CLI writes it (serializeTimeline) */
  text: string;
  /** 'files': every loaded document was re-read from its original file; 'texts': at least one from its kept text */
  originals: 'files' | 'texts';
}

/** Where each loaded document's analysis came from in the last build (for the benchmark and the tests). */
export interface BuildStats {
  /** read from the timeline's analyses file (analysesFile.ts): nothing analysed */
  stored: number;
  /** analysed in this session, from the original file or the kept text (or reused from an earlier build of it) */
  analysed: number;
}

export type CheckResult = { ok: true; warnings: BuildWarning[] } | { ok: false; message: string };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDocThenCode = (a: BuildWarning, b: BuildWarning) => a.doc.localeCompare(b.doc) || a.code.localeCompare(b.code);

/** A loaded document rebuilt from its record: the pipeline's own analysis, minus read and clean. */
export function analysedFromRecord(d: DocumentWithText): Analysed {
  // An inferred date came from the other documents; assembleTimeline infers it again from the new corpus.
  const published = d.published && d.published.basis !== 'inferred' ? d.published : null;
  return analyseCleanText(d.id, d.text, { title: d.title, publisher: d.publisher, citedSources: d.citedSources, published });
}

/**
 * What the progress line says while a merge reads the documents. Each of the timeline's own was named ("Reading
 * Shrimp fishing has been restricted in Louisiana because of the spill Roy's wife (90 of 292 documents)"): a reader
 * who had pasted one article read the title of another they had never seen, and at 1280×720 the line, on two rows,
 * pushed the dialog's Add button under its bottom edge. It says what is being done, the count says how far.
 */
export const BASE_LABEL = 'Merging with the timeline';

/** Does an analysis describe a document as its timeline record does? (An inferred date came from the other documents.) */
function describesRecord(doc: Analysed, record: DocumentWithText): boolean {
  const a = doc.published;
  const b = record.published && record.published.basis !== 'inferred' ? record.published : null;
  const sameDate = a === null || b === null ? a === b : a.value === b.value && a.precision === b.precision && a.basis === b.basis && a.text === b.text;
  return (
    sameDate &&
    doc.title === record.title &&
    doc.publisher === record.publisher &&
    doc.citedSources.length === record.citedSources.length &&
    doc.citedSources.every((s, i) => s === record.citedSources[i])
  );
}
export const MINE_LABEL = 'Reading your documents';

export class ExtractionSession {
  private analysed = new Map<string, AnalysisResult>();
  private originals = new Map<string, Promise<Uint8Array | null>>();
  private overrides: Promise<ActorOverrides | undefined> | null = null;
  private stored = new Map<string, Promise<StoredAnalyses | null>>();
  /** analyses taken from the analyses file, by id and text tag: the same object for every build of the session */
  private taken = new Map<string, AnalysisResult>();
  /**
   * The events stage of each document (pipeline.ts, AssemblyMemo), by its analysis and the inputs it was made
   * with, as incremental.ts keeps it between CLI builds: a document whose canonical actors and date an added
   * article does not change is not read for events again. Keyed by the analysis object itself (the session
   * gives assembleTimeline the same one for a document in every build; assembly copies the record but not its
   * arrays), so a document analysed again, from its text or another file, is never given another's drafts.
   */
  private drafts = new WeakMap<object, Map<string, DraftMention[]>>();
  private readonly memo: AssemblyMemo = {
    drafts: (doc, inputs, compute) => {
      let byInputs = this.drafts.get(doc.eventCandidates);
      if (!byInputs) this.drafts.set(doc.eventCandidates, (byInputs = new Map()));
      const key = `${doc.id}\0${JSON.stringify(inputs)}`;
      const kept = byInputs.get(key);
      // copies both ways: the value kept is the value made, whatever later stages do with theirs
      if (kept) return structuredClone(kept);
      const made = compute();
      byInputs.set(key, structuredClone(made));
      return made;
    },
  };
  lastBuild: BuildStats = { stored: 0, analysed: 0 };
  private warmed = false;

  /**
   * extractor: the version of this extractor (cache.ts, extractorVersion), which an analyses file must name to be
   * used; null reads none (under `vite dev`, where the code can change under a file written before the edit).
   */
  constructor(
    private readonly site: SiteReader,
    private readonly extractor: string | null = null,
  ) {}

  /** analyseFile, once per id and content. */
  analyse(file: SourceFile): AnalysisResult {
    const key = `${file.id}\0${contentTag(file.bytes)}`;
    let result = this.analysed.get(key);
    if (!result) {
      result = analyseFile(file);
      this.analysed.set(key, result);
    }
    return result;
  }

  /**
   * What any merge needs first, made before one is asked for (the dialog opened, the reader still choosing what to
   * add): the timeline's analyses file and actors.json read, the language model loaded, and, given the loaded
   * timeline, the events stage of each of its documents (the memo above), which an added article leaves as it was
   * for every document whose actors and date it does not change. Adding an article then costs its own analysis and
   * the corpus-wide steps.
   */
  async prepare(analyses?: string, base?: WholeTimeline): Promise<void> {
    const [stored] = await Promise.all([this.storedAnalyses(analyses), this.actorOverrides()]);
    if (!this.warmed) {
      this.warmed = true;
      // a line that is not kept: the model and the code of every stage loaded, when no document is loaded with the timeline
      analyseFile({ id: 'prepare.txt', bytes: new TextEncoder().encode('The council approved the plan on 3 March 2025, the mayor said.') });
    }
    // Only when the file has every document: analysing them here would hold up the reader's Add behind work whose
    // progress ("Merging with the timeline (13 of 292 documents)") only a merge shows.
    if (base && stored && base.documents.every((d) => this.take(stored, d))) await this.build(base, [], () => {}, analyses);
  }

  /**
   * A loaded document's analysis from the analyses file: made from its very text, and describing it as the timeline
   * does (title, publisher, sources, date), since those come from the file's markup, not its text: a file left from
   * an earlier build beside a timeline extracted again without it could hold a date since corrected in a page's <meta>.
   */
  private take(stored: StoredAnalyses, record: DocumentWithText): AnalysisResult | null {
    const key = `${record.id}\0${textTag(record.text)}`;
    let result = this.taken.get(key);
    if (!result) {
      const fresh = stored.take(record.id, record.text);
      if (!fresh) return null;
      this.taken.set(key, (result = fresh));
    }
    return result.doc && describesRecord(result.doc, record) ? result : null;
  }

  /** Can this file be added? A binary, empty or unreadable file is refused with the read stage's own reason. */
  check(file: SourceFile): CheckResult {
    const result = this.analyse(file);
    if (result.doc) return { ok: true, warnings: result.warnings };
    return { ok: false, message: result.warnings[0]?.message ?? 'no article text found' };
  }

  private original(id: string): Promise<Uint8Array | null> {
    let bytes = this.originals.get(id);
    if (!bytes) {
      const path = servedDocumentPath(id);
      // an id that could leave documents/ is never fetched: that document is rebuilt from the text the timeline keeps
      bytes = path === null ? Promise.resolve(null) : this.site(path).catch(() => null);
      this.originals.set(id, bytes);
    }
    return bytes;
  }

  /** The timeline's analyses file (analysesFile.ts), fetched and read once; null when absent or not of this extractor. */
  private storedAnalyses(path: string | undefined): Promise<StoredAnalyses | null> {
    const extractor = this.extractor;
    if (!path || !extractor) return Promise.resolve(null);
    let stored = this.stored.get(path);
    if (!stored) {
      stored = this.site(path)
        .then((bytes) => (bytes ? decodeAnalyses(new TextDecoder().decode(bytes), extractor) : null))
        .catch(() => null);
      this.stored.set(path, stored);
    }
    return stored;
  }

  /** data/actors.json, which the CLI honours when it sits beside the timeline. */
  private actorOverrides(): Promise<ActorOverrides | undefined> {
    this.overrides ??= this.site('actors.json')
      .then((bytes) => {
        if (!bytes) return undefined;
        // read as the CLI reads it; a file the CLI would refuse (or the site's index page) is left out
        const parsed = parseActorsFile(new TextDecoder().decode(bytes), 'actors.json');
        return parsed.ok ? parsed.overrides : undefined;
      })
      .catch(() => undefined);
    return this.overrides;
  }

  /**
   * The loaded timeline's documents plus the reader's, built as `npm run extract` builds a folder of them.
   * analyses: the site path of the timeline's analyses file, when it may have one (timeline.analyses.json): the
   * documents it has an analysis for are not fetched or analysed again, only the others and the reader's.
   */
  async build(base: WholeTimeline, mine: SourceFile[], progress: Progress = () => {}, analyses?: string): Promise<BuildResult> {
    const baseIds = new Set(base.documents.map((d) => d.id));
    const added = mine.filter((f) => !baseIds.has(f.id));
    const total = base.documents.length + added.length;
    progress(0, total, BASE_LABEL);
    const [overrides, stored] = await Promise.all([this.actorOverrides(), this.storedAnalyses(analyses)]);
    const kept = base.documents.map((record) => (stored ? this.take(stored, record) : null));
    const bytes = await Promise.all(base.documents.map((d, i) => (kept[i] ? null : this.original(d.id))));
    this.lastBuild = { stored: kept.filter(Boolean).length, analysed: 0 };

    let done = 0;
    const fromTexts = new Set<string>();
    const results: Array<{ id: string; result: AnalysisResult }> = [];
    base.documents.forEach((record, i) => {
      const stored = kept[i];
      if (stored) {
        results.push({ id: record.id, result: stored });
        done++;
        return;
      }
      progress(done, total, BASE_LABEL);
      this.lastBuild.analysed++;
      const file = bytes[i];
      const result = file ? this.analyse({ id: record.id, bytes: file }) : null;
      // The original must give back the very text the timeline holds; otherwise it is not the same document.
      if (result?.doc && result.doc.text === record.text) results.push({ id: record.id, result });
      else {
        fromTexts.add(record.id);
        results.push({ id: record.id, result: { doc: analysedFromRecord(record), warnings: [] } });
      }
      done++;
    });
    for (const file of added) {
      progress(done, total, MINE_LABEL);
      results.push({ id: file.id, result: this.analyse(file) });
      done++;
    }
    progress(done, total, 'Merging events');

    // in the CLI's order (buildTimeline sorts the files by id), so warnings of equal rank keep the same order
    const timeline = assembleTimeline(
      results.sort(byId).map((r) => r.result),
      { overrides, title: base.title, memo: this.memo },
    );
    // Warnings the CLI gives again on the same folder: files it skipped (not among the documents), and for a
    // document rebuilt from its text, what reading its bytes had said (assembleTimeline recomputes 'undated').
    const carried = base.warnings.filter((w) => !baseIds.has(w.doc) || (fromTexts.has(w.doc) && w.code !== 'undated'));
    timeline.warnings = [...carried, ...timeline.warnings].sort(byDocThenCode);
    return { text: serializeTimeline(timeline), originals: fromTexts.size ? 'texts' : 'files' };
  }
}
