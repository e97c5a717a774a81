import type { SyntheticEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Sector } from '@/domain/participants';
import { editParticipant } from '@/domain/workshop';
import type { LabelProblem } from '@/domain/workshop-round';
import { labelProblem, MAX_LABEL_LENGTH } from '@/domain/workshop-round';
import { TextField } from '@/components/text-field';
import { editAssessment } from '@/state/editor-actions';
import { SectorSelect } from './sector-select';

type EditFormProps = { participant: Participant; participants: readonly Participant[]; onDone: () => void };

/** Changes a participant's label and sector in place. */
export function ParticipantEditForm({ participant: p, participants, onDone }: EditFormProps) {
  const { t } = useTranslation('workshop');
  const [label, setLabel] = useState(p.label);
  const [sector, setSector] = useState<Sector | null>(p.sector);
  const [problem, setProblem] = useState<LabelProblem | null>(null);
  const labelId = `participant-${p.id}-label`;

  useEffect(() => {
    document.getElementById(labelId)?.focus();
  }, [labelId]);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const found = labelProblem(participants, label, p.id);
    setProblem(found);
    if (found) {
      document.getElementById(labelId)?.focus();
      return;
    }
    editAssessment((a) => editParticipant(a, p.id, { label: label.trim(), sector }));
    onDone();
  };

  return (
    <form className="participant-edit" noValidate onSubmit={submit} aria-label={t('participants.editLabel', { name: p.label })}>
      <div className="participant-fields">
        <TextField
          id={labelId}
          label={t('participants.label')}
          required
          value={label}
          error={problem ? t(`participants.errors.${problem}`, { max: MAX_LABEL_LENGTH }) : null}
          onChange={(value) => {
            setLabel(value);
            if (problem) setProblem(null);
          }}
        />
        <SectorSelect id={`participant-${p.id}-sector`} value={sector} onChange={setSector} />
      </div>
      <div className="button-row">
        <button type="submit">{t('participants.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('participants.cancel')}
        </button>
      </div>
    </form>
  );
}
