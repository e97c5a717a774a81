import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { closeStorage, deleteAssessment, openStorage, putAssessments, saveAssessment, watchAssessment } from '@/storage/repository';
import { freshDbName } from '../../tests/setup/render-app';
import { useAppStore } from './app-store';
import { followAssessmentList, followListAtStart, listRead, releaseListAtStart } from './assessment-list';

const names = () => useAppStore.getState().assessments.map((a) => a.name);

beforeEach(async () => {
  useAppStore.setState({ assessments: [], listLoaded: false });
  expect(await openStorage(freshDbName())).toBe('ok');
});

afterEach(() => {
  releaseListAtStart();
  closeStorage();
});

describe('following the list of assessments', () => {
  it('keeps the list up to date while someone follows it, newest change first', async () => {
    await putAssessments([makeAssessment({ name: 'Kaszuby' }, '2026-03-01T10:00:00.000Z')]);
    const stop = followAssessmentList();
    await vi.waitFor(() => {
      expect(names()).toEqual(['Kaszuby']);
    });
    expect(useAppStore.getState().listLoaded).toBe(true);
    await putAssessments([makeAssessment({ name: 'Żuławy' }, '2026-03-02T10:00:00.000Z')]);
    await vi.waitFor(() => {
      expect(names()).toEqual(['Żuławy', 'Kaszuby']);
    });
    stop();
  });

  it('stops reading once the last follower lets go, and not before', async () => {
    const first = followAssessmentList();
    const second = followAssessmentList();
    await vi.waitFor(() => {
      expect(useAppStore.getState().listLoaded).toBe(true);
    });
    first();
    first(); // letting go twice counts once
    await putAssessments([makeAssessment({ name: 'Still followed' })]);
    await vi.waitFor(() => {
      expect(names()).toEqual(['Still followed']);
    });
    second();
    await putAssessments([makeAssessment({ name: 'Nobody looks' })]);
    // Give a live query every chance to run: the list must stay as it was.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(names()).toEqual(['Still followed']);
  });

  it('is read at start-up until the first screen takes over', async () => {
    await putAssessments([makeAssessment({ name: 'At start' })]);
    followListAtStart();
    await listRead(2000);
    expect(names()).toEqual(['At start']);
    releaseListAtStart();
    await putAssessments([makeAssessment({ name: 'Later' })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(names()).toEqual(['At start']);
  });

  it('does not hold the first screen for a list that never comes', async () => {
    vi.useFakeTimers();
    let done = false;
    void listRead(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    vi.useRealTimers();
  });
});

describe('watching one assessment', () => {
  it('reports changes of that record only, and its deletion', async () => {
    const watched = makeAssessment({ name: 'Watched', region: 'Kaszuby' });
    await putAssessments([watched]);
    const seen: (string | undefined)[] = [];
    const stop = watchAssessment(watched.id, (record) => seen.push(record?.region));
    await vi.waitFor(() => {
      expect(seen.length).toBe(1);
    });
    await putAssessments([makeAssessment({ name: 'Another one' })]);
    const saved = await saveAssessment({ ...watched, region: 'Pomorskie' }, '2026-03-02T09:00:00.000Z');
    expect(saved.ok).toBe(true);
    await vi.waitFor(() => {
      expect(seen.at(-1)).toBe('Pomorskie');
    });
    // The other assessment's write did not make it read this one again with the same content
    expect(seen.filter((region) => region === 'Kaszuby').length).toBe(1);
    await deleteAssessment(watched.id);
    await vi.waitFor(() => {
      expect(seen.at(-1)).toBeUndefined();
    });
    stop();
  });
});
