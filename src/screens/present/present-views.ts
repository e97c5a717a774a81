/**
 * The views of the presentation, in order, and how the keyboard moves between them. Pure.
 */
export const PRESENT_VIEWS = ['describe', 'define', 'decide', 'goals', 'draft', 'group', 'discuss', 'join'] as const;
export type PresentView = (typeof PRESENT_VIEWS)[number];

export function isPresentView(value: unknown): value is PresentView {
  return typeof value === 'string' && (PRESENT_VIEWS as readonly string[]).includes(value);
}

/** The view named in the URL; an unknown or missing one opens the first view. */
export function parseView(value: string | undefined): PresentView {
  return isPresentView(value) ? value : 'describe';
}

/** 1-based position of a view and the number of views, as shown ("3 / 7"). */
export function viewPosition(view: PresentView): { index: number; total: number } {
  return { index: PRESENT_VIEWS.indexOf(view) + 1, total: PRESENT_VIEWS.length };
}

/** The next view, or null on the last one. */
export function nextView(view: PresentView): PresentView | null {
  return PRESENT_VIEWS[PRESENT_VIEWS.indexOf(view) + 1] ?? null;
}

/** The previous view, or null on the first one. */
export function previousView(view: PresentView): PresentView | null {
  const index = PRESENT_VIEWS.indexOf(view);
  return index > 0 ? (PRESENT_VIEWS[index - 1] ?? null) : null;
}

/** Where "Leave presentation" goes: the step of a step view, the workshop page for the group views. */
export function leaveTarget(assessmentId: string, view: PresentView): string {
  const page = view === 'group' || view === 'discuss' || view === 'join' ? 'workshop' : view;
  return `/a/${assessmentId}/${page}`;
}

export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The key went to a button, link or form field, which handles Space and Enter itself. */
  onControl?: boolean;
};

export type KeyAction = { kind: 'go'; view: PresentView } | { kind: 'leave' } | null;

/**
 * What a key does on a view: ArrowRight / PageDown / Space next, ArrowLeft / PageUp previous, Home
 * and End the first and last view, 1–8 that view, Escape leaves. Keys with Ctrl, Alt or Meta stay the
 * browser's (Alt+Left is "back"); nothing happens at either end. Space on a control is the control's.
 */
export function keyAction(view: PresentView, input: KeyInput): KeyAction {
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const go = (target: PresentView | null | undefined): KeyAction => (target && target !== view ? { kind: 'go', view: target } : null);
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return go(nextView(view));
    case ' ':
    case 'Spacebar':
      return input.onControl ? null : go(nextView(view));
    case 'ArrowLeft':
    case 'PageUp':
      return go(previousView(view));
    case 'Home':
      return go(PRESENT_VIEWS[0]);
    case 'End':
      return go(PRESENT_VIEWS[PRESENT_VIEWS.length - 1]);
    case 'Escape':
      return { kind: 'leave' };
    default:
      if (/^[1-9]$/.test(input.key)) return go(PRESENT_VIEWS[Number(input.key) - 1]);
      return null;
  }
}
