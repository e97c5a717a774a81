import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import en from '@locales/en/snapshots.json';
import pl from '@locales/pl/snapshots.json';
import type { Assessment, Language } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Snapshot } from '@/domain/participants';
import { makeAssessment } from '@/lib/test-assessment';
import { editDimension } from '@/state/editor-actions';
import { useEditorStore } from '@/state/editor-store';
import { useSnapshotOverlays, useSnapshotStore } from '@/state/snapshot-store';
import { getAssessment } from '@/storage/repository';
import { bootTestStorage, setTestLanguage } from '../../../tests/setup/render-app';
import { SnapshotsPanel } from './snapshots-panel';

afterEach(() => {
  useSnapshotStore.setState(useSnapshotStore.getInitialState(), true);
});

/** The panel as the workspace will show it: on the assessment open in the editor store. */
function Harness() {
  const assessment = useEditorStore((s) => s.assessment);
  return assessment ? <SnapshotsPanel assessment={assessment} /> : null;
}

function rated(snapshots: Snapshot[] = []): Assessment {
  const a: Assessment = { ...makeAssessment(), revision: 1 };
  DIMENSION_IDS.forEach((id) => {
    a.dimensions[id].baseline.value = 2;
    a.dimensions[id].ideal.value = 4;
  });
  a.dimensions.membership.baseline.value = 1;
  a.snapshots = snapshots;
  return a;
}

function snapshot(id: string, label: string, takenAt: string, baseline: 1 | 2 | 3 | 4 | 5 = 2): Snapshot {
  return {
    id,
    label,
    takenAt,
    ratings: Object.fromEntries(DIMENSION_IDS.map((d) => [d, { baseline, ideal: 4 }])) as Snapshot['ratings'],
    measures: [],
  };
}

async function renderPanel(assessment: Assessment, language: Language = 'en') {
  await bootTestStorage(undefined, [assessment]);
  await setTestLanguage(language);
  await i18next.loadNamespaces(['snapshots', 'guidance', 'workspace']);
  await useEditorStore.getState().open(assessment.id);
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <Harness />
      </Suspense>
    </I18nextProvider>,
  );
  const texts = language === 'pl' ? pl : en;
  const panel = await screen.findByRole('region', { name: texts.title });
  return { ...result, user, panel };
}

const stored = async (id: string) => {
  await useEditorStore.getState().flush();
  return (await getAssessment(id)) ?? expect.fail('assessment not stored');
};

const table = () => screen.getByRole('table');
/** The cells of one dimension's row, after its header. */
const cells = (dimension: string) =>
  within(within(table()).getByRole('rowheader', { name: dimension }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => Array.from(c.children, (line) => line.textContent).join(' | '));

async function saveAs(user: ReturnType<typeof userEvent.setup>, label: string) {
  const field = screen.getByRole('textbox', { name: en.save.label });
  await user.clear(field);
  await user.type(field, label);
  await user.click(screen.getByRole('button', { name: en.save.submit }));
  expect(await screen.findByText(`Snapshot “${label}” saved.`)).toBeVisible();
}

describe('SnapshotsPanel', () => {
  it('offers "Baseline <year>" as the label and says when nothing is saved or compared yet', async () => {
    const a = rated();
    await renderPanel(a);
    expect(screen.getByRole('textbox', { name: 'Name of the snapshot' })).toHaveValue(`Baseline ${String(new Date().getFullYear())}`);
    expect(screen.getByText(en.list.empty)).toBeVisible();
    expect(screen.getByText(en.compare.none)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('refuses an empty label', async () => {
    const a = rated();
    const { user } = await renderPanel(a);
    await user.clear(screen.getByRole('textbox', { name: en.save.label }));
    await user.click(screen.getByRole('button', { name: en.save.submit }));
    expect(screen.getByText(en.save.labelRequired)).toBeVisible();
    expect(screen.getByRole('textbox', { name: en.save.label })).toHaveAttribute('aria-invalid', 'true');
    expect((await stored(a.id)).snapshots).toEqual([]);
  });

  it('saves two snapshots with a rating change in between, and the table shows the change', async () => {
    const a = rated();
    a.workshop.revealed = true;
    const { user } = await renderPanel(a);
    await saveAs(user, 'Before the workshop');
    editDimension('membership', (d) => ({ ...d, baseline: { ...d.baseline, value: 3 } }));
    editDimension('finance', (d) => ({ ...d, ideal: { ...d.ideal, value: 'na' } }));
    await saveAs(user, 'After the workshop');
    editDimension('membership', (d) => ({
      ...d,
      participantRatings: [
        { participantId: 'p1', baseline: { value: 3, note: '' }, ideal: { value: 5, note: '' } },
        { participantId: 'p2', baseline: { value: 4, note: '' }, ideal: { value: 5, note: '' } },
      ],
    }));

    const saved = (await stored(a.id)).snapshots;
    expect(saved.map((s) => s.label)).toEqual(['Before the workshop', 'After the workshop']);
    expect(saved.map((s) => s.ratings.membership.baseline)).toEqual([1, 3]);

    const list = screen.getByRole('group', { name: en.compare.hint });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByText(/^Taken /)).toHaveLength(2);
    await user.click(within(list).getByRole('checkbox', { name: 'After the workshop' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Before the workshop' }));

    expect(table()).toHaveAccessibleName('Ratings of the eight dimensions in the chosen snapshots and now. The change in brackets is counted from “Before the workshop”.');
    const headers = within(table()).getAllByRole('columnheader').map((h) => h.firstChild?.textContent);
    expect(headers).toEqual(['Dimension', 'Before the workshop', 'After the workshop', 'Now']);
    expect(within(table()).getAllByRole('rowheader').map((h) => h.textContent)).toHaveLength(8);
    expect(cells('Membership model')).toEqual(['Baseline: 1 | Ideal: 4', 'Baseline: 3 (+2) | Ideal: 4 (0)', 'Baseline: 3.5 (+2.5) | Ideal: 5 (+1)']);
    expect(cells('Financial model')).toEqual(['Baseline: 2 | Ideal: 4', 'Baseline: 2 (0) | Ideal: n/a', 'Baseline: 2 (0) | Ideal: n/a']);

    // Unticking the oldest makes the next one the reference
    await user.click(within(list).getByRole('checkbox', { name: 'Before the workshop' }));
    expect(cells('Membership model')).toEqual(['Baseline: 3 | Ideal: 4', 'Baseline: 3.5 (+0.5) | Ideal: 5 (+1)']);
  });

  it('writes numbers and decreases in the Polish format', async () => {
    const a = rated([snapshot('s1', 'Punkt wyjścia 2025', '2025-05-01T10:00:00.000Z', 4)]);
    a.workshop.revealed = true;
    a.dimensions.composition.participantRatings = [
      { participantId: 'p1', baseline: { value: 3, note: '' }, ideal: { value: 4, note: '' } },
      { participantId: 'p2', baseline: { value: 4, note: '' }, ideal: { value: 4, note: '' } },
    ];
    const { user } = await renderPanel(a, 'pl');
    expect(screen.getByRole('textbox', { name: pl.save.label })).toHaveValue(`Punkt wyjścia ${String(new Date().getFullYear())}`);
    await user.click(screen.getByRole('checkbox', { name: 'Punkt wyjścia 2025' }));
    expect(cells('Skład międzysektorowy')).toEqual(['Punkt wyjścia: 4 | Poziom docelowy: 4', 'Punkt wyjścia: 3,5 (\u22120,5) | Poziom docelowy: 4 (0)']);
    expect(within(table()).getByRole('columnheader', { name: 'Teraz' })).toBeVisible();
  });

  it('compares at most three snapshots and refuses a fourth with a visible note', async () => {
    const a = rated(['A', 'B', 'C', 'D'].map((l, i) => snapshot(l, `Snapshot ${l}`, `2026-0${String(i + 1)}-01T10:00:00.000Z`)));
    const { user } = await renderPanel(a);
    for (const l of ['A', 'B', 'C']) await user.click(screen.getByRole('checkbox', { name: `Snapshot ${l}` }));
    expect(screen.queryByText(en.compare.limit)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Snapshot D' }));
    expect(screen.getByRole('checkbox', { name: 'Snapshot D' })).not.toBeChecked();
    expect(screen.getByText(en.compare.limit)).toBeVisible();
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(5);

    await user.click(screen.getByRole('checkbox', { name: 'Snapshot A' }));
    expect(screen.queryByText(en.compare.limit)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Snapshot D' }));
    expect(screen.getByRole('checkbox', { name: 'Snapshot D' })).toBeChecked();
    expect(within(table()).getAllByRole('columnheader').map((h) => h.firstChild?.textContent)).toEqual(['Dimension', 'Snapshot B', 'Snapshot C', 'Snapshot D', 'Now']);
  });

  it('deletes a snapshot only after confirmation, and drops it from the comparison', async () => {
    const a = rated([snapshot('s1', 'Baseline 2025', '2025-05-01T10:00:00.000Z'), snapshot('s2', 'Mid-term', '2025-11-01T10:00:00.000Z')]);
    const { user } = await renderPanel(a);
    await user.click(screen.getByRole('checkbox', { name: 'Baseline 2025' }));
    await user.click(screen.getByRole('button', { name: 'Delete snapshot “Baseline 2025”' }));
    const question = screen.getByRole('alert');
    expect(question).toHaveTextContent('Delete the snapshot “Baseline 2025”? This cannot be undone.');
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete snapshot “Baseline 2025”' })).toHaveFocus();
    expect((await stored(a.id)).snapshots).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete snapshot “Baseline 2025”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(screen.queryByRole('checkbox', { name: 'Baseline 2025' })).not.toBeInTheDocument();
    expect(screen.getByText('Snapshot “Baseline 2025” deleted.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(useSnapshotStore.getState().chosen[a.id]).toEqual([]);
    await waitFor(async () => {
      expect((await stored(a.id)).snapshots.map((s) => s.label)).toEqual(['Mid-term']);
    });
  });

  it('gives the radar the chosen snapshots’ baselines, oldest first', async () => {
    const later = snapshot('s2', 'Later', '2026-02-01T10:00:00.000Z', 3);
    later.ratings.finance = { baseline: 'unknown', ideal: 4 };
    const a = rated([later, snapshot('s1', 'Earlier', '2026-01-01T10:00:00.000Z', 1)]);
    const { user } = await renderPanel(a);
    const { result } = renderHook(() => {
      const assessment = useEditorStore((s) => s.assessment);
      return assessment ? useSnapshotOverlays(assessment) : [];
    });
    expect(result.current).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Later' }));
    await user.click(screen.getByRole('checkbox', { name: 'Earlier' }));
    await waitFor(() => {
      expect(result.current.map((o) => o.label)).toEqual(['Earlier', 'Later']);
    });
    expect(result.current[0]?.values.membership).toBe(1);
    expect(result.current[1]?.values).toMatchObject({ membership: 3, finance: null });
  });
});
