/** The timeline's focusable canvas: the skip link's target. */
export const TIMELINE_CANVAS_ID = 'timeline-canvas';
