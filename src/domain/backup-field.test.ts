import { describe, expect, it } from 'vitest';
import { describeBackupPath } from './backup-field';

describe('describeBackupPath', () => {
  it('names a rating by its dimension and profile, counting assessments from 1', () => {
    expect(describeBackupPath('assessments[0].dimensions.membership.baseline.value')).toEqual({ kind: 'rating', assessment: 1, dimension: 'membership', profile: 'baseline' });
    expect(describeBackupPath('assessments[2].dimensions.finance.ideal')).toEqual({ kind: 'rating', assessment: 3, dimension: 'finance', profile: 'ideal' });
  });

  it('names another field by its key, its list and its place in the list', () => {
    expect(describeBackupPath('assessments[0].goals[1].dueDate')).toEqual({ kind: 'field', assessment: 1, area: 'goals', item: 2, key: 'dueDate' });
    expect(describeBackupPath('assessments[1].mode')).toEqual({ kind: 'field', assessment: 2, area: null, item: null, key: 'mode' });
  });

  it('keeps a path it cannot place as it is', () => {
    expect(describeBackupPath('formatVersion')).toEqual({ kind: 'path', path: 'formatVersion' });
    expect(describeBackupPath('assessments[0]')).toEqual({ kind: 'path', path: 'assessments[0]' });
  });
});
