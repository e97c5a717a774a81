import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Prints the page with the browser's own dialogue; choosing "Save as PDF" there makes the PDF file.
 * No PDF library: the print stylesheet (src/styles/print.css) lays the summary out on A4.
 */
export function PrintButton() {
  const { t } = useTranslation('export');
  const hintId = useId();
  return (
    <div className="print-action no-print">
      <button type="button" aria-describedby={hintId} onClick={() => window.print()}>
        {t('print.button')}
      </button>
      <p id={hintId} className="hint">
        {t('print.hint')}
      </p>
    </div>
  );
}
