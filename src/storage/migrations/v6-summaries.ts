/**
 * Schema version 6: a new table, `summaries`, holds what the home list shows of each assessment
 * (src/domain/assessment-summary.ts), so that the list does not read whole records. Assessment rows keep
 * their shape (the upgrade stamps them with version 6); the summaries are built from the rows once, here,
 * and from then on written by src/storage in the same transaction as every write of a record.
 */
import type { Transaction } from 'dexie';
import type { Assessment } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import { summarize } from '@/domain/assessment-summary';

/** Rows upgraded by earlier versions are current records by now; a row that is not a record gets no summary. */
export async function buildSummaries(tx: Transaction): Promise<void> {
  const summaries: AssessmentSummary[] = [];
  await tx
    .table('assessments')
    .toCollection()
    .each((row: Assessment) => {
      try {
        summaries.push(summarize(row));
      } catch {
        // A damaged row stays as it is; it is not shown in the list rather than stopping the upgrade.
      }
    });
  await tx.table('summaries').bulkPut(summaries);
}
