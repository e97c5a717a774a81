import type { DimensionId } from '@/domain/dimensions';

/** EU reference figures (GECES, 30 clusters) for this dimension (shown inside its guidance panel). Stub. */
export function ReferenceFigures({ dimension }: { dimension: DimensionId }) {
  return <div className="reference-figures" data-dimension={dimension} hidden />;
}
