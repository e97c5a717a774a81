import { GroupRadarFigure } from '@/charts/group-radar-figure';
import type { RadarView } from '@/charts/radar-figure';
import { RadarFigure } from '@/charts/radar-figure';
import { JoinCode } from '@/components/join-code';
import type { Assessment } from '@/domain/assessment';
import { DiscussTable, GoalsList, PlanList } from './present-lists';
import type { PresentView } from './present-views';

const RADAR: Record<Exclude<PresentView, 'group' | 'discuss' | 'join'>, RadarView> = {
  describe: 'describe',
  define: 'define',
  decide: 'decide',
  goals: 'decide',
  draft: 'decide',
};

/** The content of one view: a radar as large as fits, beside it the goals or the plan, or the group's view. */
export function PresentBody({ assessment, view }: { assessment: Assessment; view: PresentView }) {
  if (view === 'group') {
    return (
      <div className="present-body is-chart">
        <GroupRadarFigure assessment={assessment} profile="baseline" fill />
      </div>
    );
  }
  if (view === 'join') {
    return (
      <div className="present-body is-join">
        <JoinCode assessment={assessment} large />
      </div>
    );
  }
  if (view === 'discuss') {
    return (
      <div className="present-body is-text">
        <DiscussTable assessment={assessment} />
      </div>
    );
  }
  const radar = <RadarFigure assessment={assessment} view={RADAR[view]} fill />;
  if (view === 'goals' || view === 'draft') {
    return (
      <div className="present-body is-split">
        {radar}
        {view === 'goals' ? <GoalsList assessment={assessment} /> : <PlanList assessment={assessment} />}
      </div>
    );
  }
  return <div className="present-body is-chart">{radar}</div>;
}
