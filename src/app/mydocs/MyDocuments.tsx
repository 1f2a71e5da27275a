/**
 * The reader's own documents: the "Add documents" button and dialog, a drop zone over the whole page, the
 * "My documents" list and "Download timeline". Everything from a document is rendered as React text.
 */
import { docEvents, docEventsLine } from './docEvents';
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { formatDate } from '../store/dates';
import { EMPTY_FILTERS } from '../store/filtering';
import { explorerStore, useExplorer } from '../store/store';
import { fileFromPaste, fileFromUpload, refuseUpload, type MyDocument } from './myDocument';
import { addMyDocuments, myDocsStore, prepareToAdd, removeMyDocument, useMyDocs } from './myDocsStore';
import './mydocs.css';

const ACCEPT = '.txt,.md,.html,.htm,text/plain,text/markdown,text/html';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Files → candidates, and a message for each one refused before reading (wrong type, empty). */
async function fromFiles(files: File[]): Promise<{ candidates: MyDocument[]; refused: string[] }> {
  const candidates: MyDocument[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const problem = refuseUpload(file.name, file.size);
    if (problem) refused.push(problem);
    else candidates.push(fileFromUpload(file.name, new Uint8Array(await file.arrayBuffer())));
  }
  return { candidates, refused };
}

export function AddDocumentsButton() {
  const ready = useExplorer((s) => s.status === 'ready');
  return (
    <>
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          myDocsStore.setState({ dialogOpen: true, notice: null });
          prepareToAdd();
        }}
      >
        Add documents
      </button>
      <AddDocumentsDialog />
    </>
  );
}

function AddDocumentsDialog() {
  const open = useMyDocs((s) => s.dialogOpen);
  const busy = useMyDocs((s) => s.busy);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [date, setDate] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const reset = () => {
    setText('');
    setTitle('');
    setPublisher('');
    setDate('');
    setFiles([]);
    setProblem(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!text.trim() && !files.length) {
      setProblem('Paste an article’s text or choose a file first.');
      return;
    }
    setProblem(null);
    const { candidates, refused } = await fromFiles(files);
    if (text.trim()) candidates.push(fileFromPaste({ text, title, publisher, date }));
    const added = await addMyDocuments(candidates, refused);
    const notice = myDocsStore.getState().notice;
    if (added && notice?.kind !== 'error') {
      reset();
      myDocsStore.setState({ dialogOpen: false });
    } else if (added) {
      // some were added, some refused: keep the dialog open on the message, with the fields cleared
      reset();
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setDragging(false);
    setFiles([...files, ...Array.from(e.dataTransfer.files)]);
  };

  return (
    <dialog
      ref={ref}
      className="mydocs-dialog"
      aria-labelledby={titleId}
      onClose={() => myDocsStore.setState({ dialogOpen: false })}
      onCancel={(e) => busy && e.preventDefault()}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId}>Add documents</h2>
        <p className="muted">
          News articles as .txt, .md or .html files, or pasted text. They are read here in your browser, not uploaded, merged into this timeline and kept in
          this browser until you remove them.
        </p>
        <fieldset
          className="mydocs-drop"
          data-dragging={dragging}
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label className="field">
            <span className="field-label">Files (.txt, .md, .html): choose or drop here</span>
            <input ref={fileInput} type="file" multiple accept={ACCEPT} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
          </label>
          {files.length > 0 && <p className="mydocs-files">{files.map((f) => f.name).join(', ')}</p>}
        </fieldset>
        <label className="field">
          <span className="field-label">Article text</span>
          <textarea rows={9} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the article here" />
        </label>
        <fieldset className="mydocs-meta">
          <legend>About the pasted text (optional)</legend>
          <label className="field">
            <span className="field-label">Title</span>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Publisher</span>
            <input type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Date</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
        </fieldset>
        {problem && (
          <p role="alert" className="mydocs-error">
            {problem}
          </p>
        )}
        <MyDocsStatus />
        <div className="mydocs-actions">
          <button type="button" onClick={() => myDocsStore.setState({ dialogOpen: false })} disabled={!!busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!!busy}>
            {busy ? 'Adding…' : 'Add'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Progress while the extractor works, then what happened (a refused file is named with its reason). */
function MyDocsStatus() {
  const busy = useMyDocs((s) => s.busy);
  const notice = useMyDocs((s) => s.notice);
  return (
    <>
      <div role="status" className="mydocs-progress">
        {busy && (
          <>
            <progress max={busy.total || undefined} value={busy.total ? busy.done : undefined} aria-label="Extracting" />{' '}
            <span>
              {busy.label}
              {busy.total ? ` (${busy.done} of ${plural(busy.total, 'document')})` : '…'}
            </span>
          </>
        )}
        {!busy && notice?.kind === 'done' && notice.text}
      </div>
      {!busy && notice?.kind === 'error' && (
        <p role="alert" className="mydocs-error">
          {notice.text}
        </p>
      )}
    </>
  );
}

/** The list of the reader's documents, with each one's events, warnings and a remove button. */
export function MyDocumentsRegion() {
  const docs = useMyDocs((s) => s.docs);
  const busy = useMyDocs((s) => s.busy);
  const notice = useMyDocs((s) => s.notice);
  const dialogOpen = useMyDocs((s) => s.dialogOpen);
  const originals = useMyDocs((s) => s.originals);
  const index = useExplorer((s) => s.index);
  const mine = new Set(docs.map((d) => d.id));
  if (!docs.length && !busy && !notice) return null;
  return (
    <section className="mydocs" aria-label="My documents">
      <h2>My documents</h2>
      {!dialogOpen && <MyDocsStatus />}
      {originals === 'texts' && docs.length > 0 && <p className="muted">Merged with the loaded timeline’s texts: its original files are not on this site.</p>}
      {docs.length > 0 && (
        <ul className="mydocs-list">
          {docs.map((d) => {
            const record = index?.docById.get(d.id);
            const brought = index ? docEvents(index, d.id, mine) : { events: 0, added: 0 };
            const events = brought.events;
            const warnings = index?.timeline.warnings.filter((w) => w.doc === d.id) ?? [];
            const titleId = `mydoc-${d.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
            return (
              <li key={d.id}>
                <div className="mydocs-entry">
                  <span id={titleId} className="mydocs-title">
                    {record?.title || d.name}
                  </span>
                  <button type="button" aria-describedby={titleId} onClick={() => void removeMyDocument(d.id)} disabled={!!busy}>
                    Remove
                  </button>
                </div>
                <p className="muted mydocs-facts">
                  {docEventsLine(brought)}
                  {record?.published ? ` · published ${formatDate(record.published.value, record.published.precision)}` : ''}
                  {record?.publisher ? ` · ${record.publisher}` : ''}
                  {events > 0 && (
                    <>
                      {' · '}
                      <button type="button" className="link-button" aria-describedby={titleId} onClick={() => showEventsOf(d.id)}>
                        show {events === 1 ? 'its event' : 'its events'}
                      </button>
                    </>
                  )}
                </p>
                {events === 0 && (
                  <p className="mydocs-none">
                    No events found in it: an event is kept only from a sentence that dates it and names who acted, and none here did.
                  </p>
                )}
                {warnings.length > 0 && (
                  <ul className="mydocs-warnings" aria-label="Warnings">
                    {warnings.map((w) => (
                      <li key={w.code + w.message}>{w.message}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * The events of one added document, alone: filtered to it, every one listed. On a large collection an added
 * article's event was not among the 30 key events (the BBC's spill coverage: "1 new event", and neither the timeline
 * nor the table had it), and nothing said where to find it.
 */
function showEventsOf(docId: string) {
  const s = explorerStore.getState();
  s.setFilters({ ...EMPTY_FILTERS, docs: [docId] });
  s.setDetail('all');
  s.setBackground('shown');
}

/** Dropping files anywhere on the page adds them, as the dialog would. */
export function PageDropZone() {
  const [dragging, setDragging] = useState(false);
  const ready = useExplorer((s) => s.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    let depth = 0;
    const hasFiles = (e: globalThis.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: globalThis.DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const over = (e: globalThis.DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = async (e: globalThis.DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const { candidates, refused } = await fromFiles(Array.from(e.dataTransfer?.files ?? []));
      await addMyDocuments(candidates, refused);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [ready]);
  if (!dragging) return null;
  return (
    <div className="page-drop" aria-hidden="true">
      Drop .txt, .md or .html articles to add them to this timeline
    </div>
  );
}
