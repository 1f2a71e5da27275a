/** The timeline's focusable canvas: the skip link's target. */
export const TIMELINE_CANVAS_ID = 'timeline-canvas';

/** Set on the timeline's canvas while the image export has grown it (export/wholeStack.ts): the stack cue holds still. */
export const SNAPSHOT_ATTR = 'data-snapshot';
