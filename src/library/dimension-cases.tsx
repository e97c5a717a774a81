import type { DimensionId } from '@/domain/dimensions';

/** How other clusters handle this dimension (shown inside the dimension's guidance panel). Stub. */
export function DimensionCases({ dimension }: { dimension: DimensionId }) {
  return <div className="dimension-cases" data-dimension={dimension} hidden />;
}
