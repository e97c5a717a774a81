import { describe, expect, it } from 'vitest';
import { PRESENT_VIEWS, keyAction, leaveTarget, nextView, parseView, previousView, viewPosition } from './present-views';

describe('presentation views', () => {
  it('come in the order of the method, then the group’s view and what to discuss', () => {
    expect(PRESENT_VIEWS).toEqual(['describe', 'define', 'decide', 'goals', 'draft', 'group', 'discuss', 'join']);
    expect(viewPosition('decide')).toEqual({ index: 3, total: 8 });
    expect(viewPosition('join')).toEqual({ index: 8, total: 8 });
  });

  it('open the first view for an unknown or missing view in the URL', () => {
    expect(parseView('goals')).toBe('goals');
    expect(parseView('summary')).toBe('describe');
    expect(parseView(undefined)).toBe('describe');
    expect(parseView('')).toBe('describe');
  });

  it('have a next and a previous view, none beyond either end', () => {
    expect(nextView('describe')).toBe('define');
    expect(nextView('group')).toBe('discuss');
    expect(nextView('discuss')).toBe('join');
    expect(nextView('join')).toBeNull();
    expect(previousView('define')).toBe('describe');
    expect(previousView('describe')).toBeNull();
  });

  it('leave to the step of a step view, and to the workshop page from the group views', () => {
    expect(leaveTarget('a1', 'describe')).toBe('/a/a1/describe');
    expect(leaveTarget('a1', 'draft')).toBe('/a/a1/draft');
    expect(leaveTarget('a1', 'group')).toBe('/a/a1/workshop');
    expect(leaveTarget('a1', 'discuss')).toBe('/a/a1/workshop');
    expect(leaveTarget('a1', 'join')).toBe('/a/a1/workshop');
  });
});

describe('keyAction', () => {
  const go = (view: string) => ({ kind: 'go', view });

  it('moves forward with the right arrow, Page Down and Space, back with the left arrow and Page Up', () => {
    expect(keyAction('define', { key: 'ArrowRight' })).toEqual(go('decide'));
    expect(keyAction('define', { key: 'PageDown' })).toEqual(go('decide'));
    expect(keyAction('define', { key: ' ' })).toEqual(go('decide'));
    expect(keyAction('define', { key: 'ArrowLeft' })).toEqual(go('describe'));
    expect(keyAction('define', { key: 'PageUp' })).toEqual(go('describe'));
  });

  it('does nothing beyond the first and the last view', () => {
    expect(keyAction('describe', { key: 'ArrowLeft' })).toBeNull();
    expect(keyAction('join', { key: 'ArrowRight' })).toBeNull();
    expect(keyAction('describe', { key: 'Home' })).toBeNull();
  });

  it('jumps with Home, End and the numbers 1–8; other numbers do nothing', () => {
    expect(keyAction('goals', { key: 'Home' })).toEqual(go('describe'));
    expect(keyAction('goals', { key: 'End' })).toEqual(go('join'));
    expect(keyAction('describe', { key: '6' })).toEqual(go('group'));
    expect(keyAction('describe', { key: '8' })).toEqual(go('join'));
    expect(keyAction('describe', { key: '1' })).toBeNull();
    expect(keyAction('describe', { key: '9' })).toBeNull();
    expect(keyAction('describe', { key: '0' })).toBeNull();
  });

  it('leaves with Escape', () => {
    expect(keyAction('group', { key: 'Escape' })).toEqual({ kind: 'leave' });
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser, and Space on a button to the button', () => {
    expect(keyAction('define', { key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction('define', { key: '3', ctrlKey: true })).toBeNull();
    expect(keyAction('define', { key: 'ArrowRight', metaKey: true })).toBeNull();
    expect(keyAction('define', { key: ' ', onControl: true })).toBeNull();
    expect(keyAction('define', { key: 'ArrowRight', onControl: true })).toEqual(go('decide'));
  });
});
