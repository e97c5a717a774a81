import '@/styles/ballot.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { isLocalAddress, joinLink } from '@/state/join-actions';
import { LazyQr } from './lazy-qr';

/**
 * The join link of an assessment as a large QR code, the link as text with a Copy button, and a warning when
 * this page's address is one that phones cannot reach.
 */
export function JoinCode({ assessment, large = false }: { assessment: Assessment; large?: boolean }) {
  const { t } = useTranslation('ballot');
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const link = joinLink(assessment, window.location);
  const host = window.location.hostname;

  if (link === null) return <p className="banner banner-warning">{t('joinPanel.unencodable')}</p>;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };

  return (
    <div className={large ? 'join-code is-large' : 'join-code'}>
      {isLocalAddress(host) && (
        <p className="banner banner-warning" role="note">
          {t('joinPanel.local', { host: window.location.host })}
        </p>
      )}
      <LazyQr text={link} label={t('joinPanel.qrLabel', { name: assessment.name })} className="join-qr" denseNote={t('joinPanel.dense')} />
      <div className="join-link">
        <label htmlFor={large ? 'join-link-large' : 'join-link'}>{t('joinPanel.link')}</label>
        <output id={large ? 'join-link-large' : 'join-link'} className="join-link-text">
          {link}
        </output>
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('joinPanel.copy')}
        </button>
        <span role="status" className="hint">
          {copied && t(`joinPanel.${copied}`)}
        </span>
      </div>
    </div>
  );
}
