/**
 * Two changes to how vis-timeline (8.5) takes in item changes, so that a filter or a pan costs one layout of the
 * page per frame instead of dozens. Found by profiling a filter click at 1,000 events (Chrome trace):
 *
 * 1. Its ItemSet redraws synchronously on every add/update/remove of the DataSet (the listener calls redraw() on
 *    top of queueing one for the next frame). A redraw measures items, so each DataSet call forced a layout of the
 *    whole page there and then, the first one with the freshly rendered Events table: 80–120 ms each. The queued
 *    redraw (vis-timeline's own, once per animation frame) is enough; it runs before the frame is painted.
 * 2. A group shows each added item on its own (Group.add → _checkIfVisible → item.show()), measuring it between
 *    DOM writes: one forced layout per new item, 200 in a row when a filter swaps 200 items. The group's redraw
 *    shows all new visible items in one batch (all writes, then all reads), so adding leaves showing to it.
 *
 * Both rely on private members. They are checked first: with another version where they are missing, nothing is
 * changed and vis-timeline behaves as shipped (slower, never wrong).
 */

interface ItemSetInternals {
  id?: string;
  itemsData?: { on(event: string, cb: unknown, id?: string): void; off(event: string, cb: unknown): void } | null;
  itemListeners?: Record<string, unknown>;
  groups?: Record<string, object>;
  _onAdd?: (ids: unknown[]) => void;
  _onUpdate?: (ids: unknown[]) => void;
  _onRemove?: (ids: unknown[]) => void;
}

interface GroupInternals {
  _checkIfVisible: (item: ItemInternals, visibleItems: ItemInternals[], range: unknown) => void;
}

interface ItemInternals {
  displayed: boolean;
  isVisible(range: unknown): boolean;
  repositionX(): void;
  hide(): void;
}

const PATCHED = Symbol('chronolens.batchedShow');

/** Applies both changes to one timeline (the group change to the class, once). Returns what it changed. */
export function batchItemRedraws(timeline: unknown): { listeners: boolean; groups: boolean } {
  const itemSet = (timeline as { itemSet?: ItemSetInternals }).itemSet;
  return { listeners: !!itemSet && queueOnlyListeners(itemSet), groups: !!itemSet && showInGroupRedraw(itemSet) };
}

function queueOnlyListeners(itemSet: ItemSetInternals): boolean {
  const { itemsData, itemListeners, _onAdd, _onUpdate, _onRemove } = itemSet;
  if (!itemsData || !itemListeners || !_onAdd || !_onUpdate || !_onRemove) return false;
  if (!['add', 'update', 'remove'].every((e) => typeof itemListeners[e] === 'function')) return false;
  for (const [event, cb] of Object.entries(itemListeners)) itemsData.off(event, cb);
  // the same handlers without the synchronous redraw(); each of them queues a redraw for the next frame
  itemSet.itemListeners = {
    add: (_event: string, params: { items: unknown[] }) => _onAdd.call(itemSet, params.items),
    update: (_event: string, params: { items: unknown[] }) => _onUpdate.call(itemSet, params.items),
    remove: (_event: string, params: { items: unknown[] }) => _onRemove.call(itemSet, params.items),
  };
  for (const [event, cb] of Object.entries(itemSet.itemListeners)) itemsData.on(event, cb, itemSet.id);
  return true;
}

function showInGroupRedraw(itemSet: ItemSetInternals): boolean {
  const group = Object.values(itemSet.groups ?? {})[0];
  let proto = group ? Object.getPrototypeOf(group) : null;
  while (proto && !Object.hasOwn(proto, '_checkIfVisible')) proto = Object.getPrototypeOf(proto);
  if (!proto) return false;
  const groupClass = proto as GroupInternals & { [PATCHED]?: boolean };
  if (groupClass[PATCHED]) return true;
  if (typeof groupClass._checkIfVisible !== 'function' || groupClass._checkIfVisible.length !== 3) return false;
  groupClass._checkIfVisible = (item, visibleItems, range) => {
    if (item.isVisible(range)) {
      // not shown yet: the group's next redraw shows it, with every other new item, in one batch
      if (item.displayed) item.repositionX();
      visibleItems.push(item);
    } else if (item.displayed) item.hide();
  };
  groupClass[PATCHED] = true;
  return true;
}
