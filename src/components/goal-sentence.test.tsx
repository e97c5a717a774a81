import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { newGoal } from '@/domain/plan';
import { initI18n } from '@/i18n/setup';
import { GoalSentence } from './goal-sentence';

beforeAll(async () => {
  await initI18n('en');
  await i18next.loadNamespaces('workspace');
  await i18next.loadLanguages('pl');
});

describe('GoalSentence', () => {
  it('puts the due date in front of a statement that does not name it', () => {
    render(<GoalSentence goal={{ ...newGoal('g1', 'finance'), statement: 'Six impact partnerships signed', dueDate: '2027-12-31' }} />);
    expect(screen.getByText('By 31 December 2027: Six impact partnerships signed.')).toBeVisible();
  });

  it('does not repeat a due date the statement already names, in English and Polish', async () => {
    const { unmount } = render(<GoalSentence goal={{ ...newGoal('g1', 'finance'), statement: 'By 31 December 2027, 6 impact partnerships signed.', dueDate: '2027-12-31' }} />);
    expect(screen.getByText('By 31 December 2027, 6 impact partnerships signed.')).toBeVisible();
    unmount();
    await i18next.changeLanguage('pl');
    render(<GoalSentence goal={{ ...newGoal('g1', 'finance'), statement: 'Do 31 grudnia 2027 r. podpisanych 6 partnerstw.', dueDate: '2027-12-31' }} />);
    expect(screen.getByText('Do 31 grudnia 2027 r. podpisanych 6 partnerstw.')).toBeVisible();
    await i18next.changeLanguage('en');
  });
});
