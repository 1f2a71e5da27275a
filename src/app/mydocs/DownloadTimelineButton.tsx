/** "Download timeline": the timeline shown, the reader's documents merged in, as one file with every text. */
import { serializeTimeline } from '../../extract/write';
import { joinTexts } from '../../schema/timeline';
import { explorerStore, useExplorer } from '../store/store';
import { myDocsStore } from './myDocsStore';

export function DownloadTimelineButton() {
  const index = useExplorer((s) => s.index);
  const download = async () => {
    if (!index) return;
    let texts: ReadonlyMap<string, string>;
    try {
      texts = await explorerStore.getState().loadTexts();
    } catch (e) {
      myDocsStore.setState({ notice: { kind: 'error', text: `The timeline was not downloaded: ${(e as Error).message}` } });
      return;
    }
    // one file, the documents' texts in it: the CLI's serialisation, so it opens with ?data= or in another tool
    const blob = new Blob([serializeTimeline(joinTexts(index.timeline, texts))], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'timeline.json';
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" onClick={download} disabled={!index}>
      Download timeline
    </button>
  );
}
