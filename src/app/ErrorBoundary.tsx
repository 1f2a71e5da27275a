/**
 * One pane that fails to draw (a record it cannot show, a view in the address it cannot open) shows what went
 * wrong and a way out, and the rest of the page keeps working. React only catches render and effect errors in
 * a class component with getDerivedStateFromError; there is no hook for it.
 *
 * The way out is "Reset view": the same timeline with no filter, selection, open document, window, lanes or
 * presentation. Because the view lives in the address, a crash caused by it would come back on every reload;
 * the reset replaces that address, so reloading after a reset opens the plain view.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { explorerStore, type Store } from './store/store';
import { applyUrlState, readUrl, resetViewSearch } from './store/urlState';
import './errorBoundary.css';

const RESET = 'chronolens-reset-view';

/** Resets the view in this page (no reload: a large timeline is not downloaded again) and redraws every failed pane. */
export function resetView(win: Window = window): void {
  const search = resetViewSearch(win.location.search);
  win.history.pushState(null, '', `${win.location.pathname}${search}`);
  applyUrlState(explorerStore, readUrl(search));
  explorerStore.getState().setDrawerOpen(false);
  win.dispatchEvent(new Event(RESET));
}

interface Props {
  /** what the pane is, in the reader's words: "timeline", "event details" */
  name: string;
  children: ReactNode;
  /** a pane that failed tries again when this changes (the details pane, when another event is selected) */
  retryOn?: (s: Store) => string;
}

export class PaneBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => this.setState({ error: null });

  private unsubscribe: (() => void) | null = null;

  componentDidMount() {
    window.addEventListener(RESET, this.retry);
    const { retryOn } = this.props;
    if (retryOn) {
      let last = retryOn(explorerStore.getState());
      this.unsubscribe = explorerStore.subscribe((s) => {
        const now = retryOn(s);
        if (now !== last && this.state.error) this.retry();
        last = now;
      });
    }
  }

  componentWillUnmount() {
    window.removeEventListener(RESET, this.retry);
    this.unsubscribe?.();
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // for whoever opens the console to report it: which pane, and where in it
    console.error(`Chronolens: the ${this.props.name} could not be shown.`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="pane-error" role="alert" aria-label={`The ${this.props.name} failed`}>
        <h2>The {this.props.name} could not be shown</h2>
        <p className="error-message">{error.message || error.name}</p>
        <p className="muted">Something in this timeline or in this view could not be drawn here. The rest of the page still works.</p>
        <button type="button" onClick={() => resetView()}>
          Reset view
        </button>
      </section>
    );
  }
}
