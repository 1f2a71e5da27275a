/**
 * The "More" menu's exports and download: a chunk of their own (CSV, the PNG renderer, the JSON export), fetched
 * when the menu is first opened, not with the first view.
 */
import { ExportActions } from '../export/ExportActions';
import { DownloadTimelineButton } from '../mydocs/DownloadTimelineButton';
import { selectTotal } from '../store/selectors';
import { useExplorer } from '../store/store';

export default function MoreActions() {
  const total = useExplorer(selectTotal);
  return (
    <>
      {total > 0 && <ExportActions />}
      <DownloadTimelineButton />
    </>
  );
}
