import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '@/domain/dimensions';
import type { ProfileRow } from '@/domain/gaps';
import { sortProfile } from '@/domain/gaps';
import { formatNumber } from '@/i18n/format';

/** The largest possible gap on the 1–5 scale: a full bar. */
const MAX_GAP = 4;

type GapBarsProps = { rows: readonly ProfileRow[]; focus: readonly DimensionId[] };

/** The gaps as a list of bars, largest first; the numbers are written out, the bars only repeat them. */
export function GapBars({ rows, focus }: GapBarsProps) {
  const { t, i18n } = useTranslation('charts');
  const { t: tg } = useTranslation('guidance');
  const titleId = useId();
  const chosen = new Set(focus);
  return (
    <section className="gap-bars" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('gapBars.title')}</h3>
      <p className="hint">{t('gapBars.intro')}</p>
      <ol>
        {sortProfile(rows, 'gap').map((row) => {
          const isFocus = chosen.has(row.dimension);
          const share = row.gap === null ? 0 : Math.min(100, (Math.abs(row.gap) / MAX_GAP) * 100);
          const kind = row.gap === null ? 'is-none' : row.gap < 0 ? 'is-negative' : 'is-positive';
          return (
            <li key={row.dimension} className={isFocus ? 'gap-bar is-focus' : 'gap-bar'}>
              <span className="gap-bar-name">
                {tg(`dimensions.${row.dimension}.name`)}
                {isFocus && <strong className="gap-bar-focus">
                    <span aria-hidden="true"> ★ </span>
                    {t('gapBars.focus')}
                  </strong>}
              </span>
              <span className="gap-bar-track" aria-hidden="true">
                <span className={`gap-bar-fill ${kind}`} style={{ width: `${String(share)}%` }} />
              </span>
              <span className="gap-bar-value">
                {row.gap === null ? t('gapBars.notComparable') : t('gapBars.value', { gap: formatNumber(row.gap, i18n.language) })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
