import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { participantProgress } from '@/domain/aggregate';
import { ratingHere } from '@/domain/workshop-round';
import { useFocusOnMount } from './use-focus-on-mount';

type CoverProps = { assessment: Assessment; onPick: (participantId: string) => void; onEnd: () => void };

/** The cover between two participants: names and progress only, so the next person sees nothing of the last one's ratings. */
export function ScoringCover({ assessment, onPick, onEnd }: CoverProps) {
  const { t } = useTranslation('workshop');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const here = ratingHere(assessment.participants);
  const byBallot = assessment.participants.length - here.length;
  return (
    <section className="scoring-cover" aria-labelledby="cover-title">
      <h3 id="cover-title" ref={headingRef} tabIndex={-1}>
        {t('private.coverTitle')}
      </h3>
      <p>{t('private.coverIntro')}</p>
      <ul className="cover-list" aria-label={t('private.coverListLabel')}>
        {here.map((p) => {
          const progress = participantProgress(assessment, p.id);
          const state = progress.done === progress.total ? t('private.complete') : t('participants.progress', progress);
          return (
            <li key={p.id}>
              <button type="button" className="cover-pick secondary" aria-label={`${p.label}: ${state}`} onClick={() => onPick(p.id)}>
                <span className="cover-name">{p.label}</span>
                <span className="cover-progress">
                  {progress.done === progress.total && <span aria-hidden="true">✓ </span>}
                  {state}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {byBallot > 0 && <p className="hint">{t('private.ballotsLeftOut', { count: byBallot })}</p>}
      <button type="button" className="secondary" onClick={onEnd}>
        {t('private.end')}
      </button>
    </section>
  );
}
