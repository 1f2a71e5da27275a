import { useState } from 'react';
import { selectFilterResult, selectStoryView } from '../store/selectors';
import { explorerStore } from '../store/store';
import { buildCsv } from './csv';
import { downloadFile } from './download';
import { filteredTimeline } from './filteredTimeline';
import { collectionFacts, factsLine } from '../store/collection';
import { filterPhrases, onlyLine } from '../store/filterSummary';
import { printHandout } from '../print/HandoutSlot';
import { timelinePng } from './timelinePng';
import { visTimelineIn } from '../timeline/visTimeline';
import { withWholeStack } from './wholeStack';

/** The filtered events as a handout, CSV or JSON, and the timeline view as a PNG. */
export function ExportActions() {
  const [problem, setProblem] = useState<string | null>(null);
  const filtered = () => {
    const s = explorerStore.getState();
    return { index: s.index!, matches: selectFilterResult(s).matches, view: selectStoryView(s) };
  };
  const exportCsv = () => {
    const { index, matches } = filtered();
    downloadFile(buildCsv(index, matches), 'chronolens-events.csv', 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    const { index, matches } = filtered();
    try {
      setProblem(null);
      // one file with the documents' texts: those of a timeline in two parts are fetched first
      const texts = await explorerStore.getState().loadTexts();
      downloadFile(`${JSON.stringify(filteredTimeline(index, matches, texts), null, 2)}\n`, 'chronolens-timeline.json', 'application/json');
    } catch (e) {
      setProblem(`Could not export JSON: ${(e as Error).message}`);
    }
  };
  const [drawing, setDrawing] = useState(false);
  const exportImage = async () => {
    const host = document.querySelector<HTMLElement>('.timeline-host');
    if (!host) return;
    try {
      setDrawing(true);
      setProblem(null);
      const { index, matches, view } = filtered();
      const facts = collectionFacts(index, matches, view, explorerStore.getState().name);
      // the filters in words, as the handout and the title slide say them: a picture of one actor's events said
      // "4 events of 7" and nothing of whose, and on a slide it read as the whole story
      const only = onlyLine(filterPhrases(index, explorerStore.getState().filters));
      const subtitle = [facts.period, factsLine(facts), only].filter(Boolean).join(' · ');
      const png = await withWholeStack(host, () => timelinePng(host, { title: facts.title, subtitle }), visTimelineIn(host));
      downloadFile(png, 'chronolens-timeline.png', 'image/png');
    } catch (e) {
      setProblem(`Could not make the image: ${(e as Error).message}`);
    } finally {
      setDrawing(false);
    }
  };
  return (
    <span className="export-actions">
      <button type="button" onClick={() => void printHandout()} title="Print the filtered events as a handout">
        Print handout
      </button>
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
      <button type="button" onClick={exportJson}>
        Export JSON
      </button>
      {/* busy while the timeline is grown for the picture (wholeStack.ts) */}
      <button type="button" onClick={exportImage} disabled={drawing} aria-busy={drawing}>
        Export image
      </button>
      {problem && (
        <span role="alert" className="export-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
