import { useTranslation } from 'react-i18next';
import { describeBackupPath } from '@/domain/backup-field';

/**
 * A refused value of a backup in words: which rating of which dimension, or which field of which
 * assessment, and what was found there; then advice for a backup of one's own. Loaded only when a
 * file is refused, so the home screen does not pay for it.
 */
export function InvalidField({ detail, value }: { detail: string; value?: string | undefined }) {
  const { t } = useTranslation(['export', 'guidance']);
  const { t: tc } = useTranslation();
  const field = describeBackupPath(detail);
  const shown = value ?? '–';
  const found = value === undefined ? '' : t('export:json.invalid.found', { value });
  let sentence: string;
  if (field.kind === 'rating') {
    sentence = t(`export:json.invalid.${field.profile}`, { dimension: t(`guidance:dimensions.${field.dimension}.name`), number: field.assessment, value: shown });
  } else if (field.kind === 'field') {
    const known = (t('export:json.invalid.fields', { returnObjects: true }) as Record<string, string>)[field.key];
    const area = field.area ? (t('export:json.invalid.areas', { returnObjects: true }) as Record<string, string>)[field.area] : undefined;
    const name = known ?? field.key;
    sentence =
      area && field.item !== null
        ? t('export:json.invalid.fieldItem', { number: field.assessment, field: name, area, item: field.item, found })
        : t('export:json.invalid.field', { number: field.assessment, field: name, found });
  } else {
    sentence = tc('backup.errors.invalid', { detail: field.path });
  }
  return (
    <>
      <p>{sentence}</p>
      <p>{t('export:json.invalid.advice')}</p>
    </>
  );
}
