import type { Assessment } from '@/domain/assessment';

/** Ballots for participants on their own devices: export an invitation, import the ballots that come back. */
export function BallotExchange({ assessment }: { assessment: Assessment }) {
  return <div className="ballot-exchange" data-assessment={assessment.id} />;
}
