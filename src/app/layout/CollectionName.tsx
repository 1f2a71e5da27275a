/**
 * The collection's name in the header, and the reader's way to rename it. A collection built from a folder named
 * "bpoil_bbc" without --title was called "bpoil bbc" on the header and on the title slide a class saw; a teacher
 * could not change it without the command line. "Rename" names it here: the name is kept in the address (?name=),
 * as every other setting is, so a reload, Copy link and a presentation's link keep it, and the handout, the slides
 * and the exported image are titled with it. A title the build took from a folder asks for a name in words.
 */
import { collectionTitle } from '../store/collection';
import { looksLikeFolderName, NAME_MAX } from '../store/collectionName';
import { explorerStore, useExplorer } from '../store/store';
import { useDisclosure } from './useDisclosure';

export function CollectionName() {
  const title = useExplorer((s) => (s.index ? collectionTitle(s.index.timeline, s.name) : s.source));
  const fileTitle = useExplorer((s) => (s.index ? collectionTitle(s.index.timeline) : null));
  const named = useExplorer((s) => !!s.name);
  const folderLike = useExplorer((s) => looksLikeFolderName(s.index?.timeline.title));
  const warnings = useExplorer((s) => s.index?.timeline.warnings.length ?? 0);
  const { open, setOpen, panelId, root, button } = useDisclosure();

  const save = (value: string) => {
    const name = value.trim();
    explorerStore.getState().setName(name && name !== fileTitle ? name : null);
    setOpen(false);
    button.current?.focus();
  };
  // a folder's name, not yet renamed: the button says what it is for, in words
  const asks = folderLike && !named;
  return (
    <div className="collection-name" ref={root} data-keyscope="menu">
      <h1 className="collection-title" title={warnings ? `${title} (${warnings} build warnings)` : title}>
        <span className="visually-hidden">Chronolens: </span>
        {title}
      </h1>
      {fileTitle !== null && (
        <button
          ref={button}
          type="button"
          className={asks ? 'rename-button rename-asks' : 'rename-button'}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={asks ? undefined : 'Rename the collection'}
          title="Rename the collection"
          onClick={() => setOpen(!open)}
        >
          {asks ? 'Name it' : <span aria-hidden="true">✎</span>}
        </button>
      )}
      {open && fileTitle !== null && (
        <form
          id={panelId}
          className="rename-panel"
          aria-label="Rename the collection"
          onSubmit={(e) => {
            e.preventDefault();
            save(new FormData(e.currentTarget).get('name')?.toString() ?? '');
          }}
        >
          <label>
            <span>Name of the collection</span>
            {/* biome-ignore lint/a11y/noAutofocus: the panel opens to type a name; the focus goes back to its button when it closes */}
            <input name="name" type="text" defaultValue={title} maxLength={NAME_MAX} autoFocus onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p className="rename-note">
            Shown in the header, on the title slide, the handout and the image; kept in the address, so Copy link shares it.
            {named && ` Empty: the file's name, “${fileTitle}”.`}
          </p>
          {folderLike && (
            <p className="rename-note">
              “{explorerStore.getState().index?.timeline.title}” is the name of the folder it was built from. To name it when you build:{' '}
              <code>npm run extract -- --title "…"</code>
            </p>
          )}
          <div className="rename-actions">
            <button type="submit" className="present-button">
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
