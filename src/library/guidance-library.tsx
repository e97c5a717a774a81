import type { DimensionId } from '@/domain/dimensions';
import { DimensionCases } from './dimension-cases';
import { ReferenceFigures } from './reference-figures';

/** What the knowledge library says about one dimension, inside its guidance panel. */
export function GuidanceLibrary({ dimension }: { dimension: DimensionId }) {
  return (
    <div className="guidance-library">
      <DimensionCases dimension={dimension} />
      <ReferenceFigures dimension={dimension} />
    </div>
  );
}
