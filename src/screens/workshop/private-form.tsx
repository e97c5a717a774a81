import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { participantProgress } from '@/domain/aggregate';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Participant } from '@/domain/participants';
import { participantRating } from '@/domain/workshop';
import { PrivateCard } from './private-card';
import { useFocusOnMount } from './use-focus-on-mount';

type PrivateFormProps = { assessment: Assessment; participant: Participant; onDone: () => void };

/** One participant's private form: only their own ratings, nothing of anyone else's and no group figures. */
export function PrivateForm({ assessment, participant, onDone }: PrivateFormProps) {
  const { t } = useTranslation('workshop');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { done, total } = participantProgress(assessment, participant.id);
  return (
    <section className="private-form" aria-labelledby="private-form-title">
      <div className="private-head">
        <h3 id="private-form-title" ref={headingRef} tabIndex={-1}>
          {t('private.formTitle', { name: participant.label })}
        </h3>
        <button type="button" className="link-button" onClick={onDone}>
          {t('private.notMe')}
        </button>
      </div>
      <p>{t('private.formIntro')}</p>
      <div className="private-cards">
        {DIMENSION_IDS.map((dimension) => (
          <PrivateCard key={dimension} dimension={dimension} rating={participantRating(assessment, participant.id, dimension)} />
        ))}
      </div>
      <div className="private-done">
        <p role="status">{done === total ? t('private.allDone', { total }) : t('private.left', { count: total - done })}</p>
        <button type="button" onClick={onDone}>
          {t('private.done')}
        </button>
      </div>
    </section>
  );
}
