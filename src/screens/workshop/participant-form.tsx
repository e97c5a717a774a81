import type { SyntheticEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Sector } from '@/domain/participants';
import { addParticipant, MAX_PARTICIPANTS } from '@/domain/workshop';
import type { LabelProblem } from '@/domain/workshop-round';
import { labelProblem, MAX_LABEL_LENGTH } from '@/domain/workshop-round';
import { TextField } from '@/components/text-field';
import { newId } from '@/lib/env';
import { editAssessment } from '@/state/editor-actions';
import { SectorSelect } from './sector-select';

const LABEL_ID = 'new-participant-label';

function focusLabel(): void {
  document.getElementById(LABEL_ID)?.focus();
}

/** Adds a participant: a name or label (required, unique) and, optionally, a sector. */
export function ParticipantForm({ participants, onAdded }: { participants: readonly Participant[]; onAdded: (label: string) => void }) {
  const { t } = useTranslation('workshop');
  const [label, setLabel] = useState('');
  const [sector, setSector] = useState<Sector | null>(null);
  const [problem, setProblem] = useState<LabelProblem | null>(null);
  const full = participants.length >= MAX_PARTICIPANTS;

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const found = labelProblem(participants, label);
    setProblem(found);
    if (found) {
      focusLabel();
      return;
    }
    editAssessment((a) => addParticipant(a, { id: newId(), label, sector }));
    onAdded(label.trim());
    setLabel('');
    focusLabel();
  };

  return (
    <form className="participant-form" noValidate onSubmit={submit} aria-labelledby="add-participant-title">
      <h4 id="add-participant-title">{t('participants.addTitle')}</h4>
      <div className="participant-fields">
        <TextField
          id={LABEL_ID}
          label={t('participants.label')}
          hint={t('participants.labelHint')}
          required
          value={label}
          error={problem ? t(`participants.errors.${problem}`, { max: MAX_LABEL_LENGTH }) : null}
          onChange={(value) => {
            setLabel(value);
            if (problem) setProblem(null);
          }}
        />
        <SectorSelect id="new-participant-sector" value={sector} onChange={setSector} />
      </div>
      <button type="submit" disabled={full}>
        {t('participants.add')}
      </button>
      {full && <p className="hint">{t('participants.full', { max: MAX_PARTICIPANTS })}</p>}
    </form>
  );
}
