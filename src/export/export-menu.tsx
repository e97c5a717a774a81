import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RadarOverlay } from '@/charts/radar-data';
import type { Assessment, Language } from '@/domain/assessment';
import { LANGUAGES } from '@/domain/assessment';
import { activeGoals } from '@/domain/plan';
import { undatedMilestoneCount } from '@/domain/roadmap';
import type { CsvSeparator } from './csv';
import type { ExportFormat } from './export-formats';
import { EXPORT_FORMATS, separatorFor } from './export-formats';
import './export-menu.css';

type Progress = { state: 'idle' } | { state: 'busy'; format: ExportFormat } | { state: 'done'; file: string } | { state: 'failed' };

export type ExportMenuProps = {
  assessment: Assessment;
  /** Id of the panel (the button that opens it points here). */
  id: string;
  /** Earlier ratings drawn on the radar picture, as on the summary page. */
  overlays?: readonly RadarOverlay[];
  /** Esc in the panel closes it. */
  onClose?: () => void;
};

/**
 * The files of one assessment: Word, spreadsheets, calendar, Markdown, radar pictures and the assessment
 * file for another laptop, in either language. The actions and each format's builder load on the first click.
 */
export function ExportMenu({ assessment, id, overlays, onClose }: ExportMenuProps) {
  const { t, i18n } = useTranslation('export');
  const uiLanguage: Language = i18n.language === 'pl' ? 'pl' : 'en';
  const goalIds = new Set(activeGoals(assessment).map((g) => g.id));
  // Milestones without a date cannot be in the calendar file: say so rather than leave them out silently.
  const undated = undatedMilestoneCount(assessment.measures.filter((m) => goalIds.has(m.goalId)));
  const [language, setLanguage] = useState<Language>(uiLanguage);
  // The separator follows the file's language until the user picks one.
  const [chosenSeparator, setChosenSeparator] = useState<CsvSeparator | null>(null);
  const separator = chosenSeparator ?? separatorFor(language);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  const make = async (format: ExportFormat) => {
    if (progress.state === 'busy') return;
    setProgress({ state: 'busy', format });
    try {
      const { exportAssessment } = await import('@/state/export-actions');
      const file = await exportAssessment(assessment.id, format, { language, separator, overlays });
      setProgress({ state: 'done', file });
    } catch {
      setProgress({ state: 'failed' });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    }
  };
  const formatName = (format: ExportFormat) => t(`menu.formats.${format}.name`);

  return (
    // Esc anywhere in the panel closes it; the panel itself is not a control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div className="export-menu" id={id} role="group" aria-label={t('menu.panelLabel', { name: assessment.name })} onKeyDown={onKeyDown}>
      <div className="export-options">
        <fieldset>
          <legend>{t('menu.language')}</legend>
          {LANGUAGES.map((lng) => (
            <label key={lng} className="choice">
              <input type="radio" name={`${id}-language`} value={lng} checked={language === lng} onChange={() => setLanguage(lng)} />{' '}
              <span lang={lng}>{t(`menu.languageName.${lng}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset aria-describedby={`${id}-separator-hint`}>
          <legend>{t('menu.separator')}</legend>
          {([';', ','] as const).map((sep) => (
            <label key={sep} className="choice">
              <input type="radio" name={`${id}-separator`} value={sep} checked={separator === sep} onChange={() => setChosenSeparator(sep)} />{' '}
              {t(sep === ';' ? 'menu.semicolon' : 'menu.comma')}
            </label>
          ))}
          <p id={`${id}-separator-hint`} className="hint">
            {t('menu.separatorHint')}
          </p>
        </fieldset>
      </div>
      <ul className="export-formats" aria-label={t('menu.formatsLabel')}>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button type="button" className="secondary" aria-describedby={`${id}-${format}-hint`} onClick={() => void make(format)}>
              {formatName(format)}
            </button>
            <span id={`${id}-${format}-hint`} className="hint">
              {t(`menu.formats.${format}.hint`)}
              {format === 'ics' && undated > 0 && <> {t('menu.undatedMilestones', { count: undated })}</>}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="export-status">
        {progress.state === 'busy' && t('menu.preparing', { format: formatName(progress.format) })}
        {progress.state === 'done' && t('menu.saved', { file: progress.file })}
      </p>
      {progress.state === 'failed' && (
        <p role="alert" className="banner banner-error">
          {t('menu.failed')}
        </p>
      )}
    </div>
  );
}
