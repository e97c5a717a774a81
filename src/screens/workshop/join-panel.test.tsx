import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { renderApp } from '../../../tests/setup/render-app';

async function workshop(name: string, language: 'en' | 'pl' = 'en') {
  const a = makeAssessment({ name });
  await renderApp({ seed: [a], route: `/a/${a.id}/workshop`, language });
  return screen.findByRole('region', { name: language === 'en' ? 'Join by QR code' : 'Dołączanie kodem QR' }, { timeout: 10_000 });
}

describe('JoinPanel', () => {
  it('shows the join link as a QR code and as text, warns that phones cannot reach localhost, and offers the scanner', async () => {
    const panel = await workshop('Kaszubski Klaster Ekonomii Społecznej');
    const code = await within(panel).findByRole('img', { name: 'QR code of the join link for Kaszubski Klaster Ekonomii Społecznej' }, { timeout: 10_000 });
    expect(Number(code.getAttribute('data-qr-version'))).toBeLessThanOrEqual(10);
    expect(within(panel).getByText(/#\/join\/[A-Za-z0-9_-]+$/)).toBeInTheDocument();
    expect(within(panel).getByRole('note')).toHaveTextContent('only this computer can open');
    expect(within(panel).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Scan ballots' })).toBeInTheDocument();
    expect(within(panel).queryByText(/This code is dense/)).toBeNull();
  }, 20_000);

  it('says when a name in another script makes the code too dense for a projector', async () => {
    const panel = await workshop('Кластер соціальної економіки Києва та Київщини, Чернігівщини, Житомирщини і Полтавщини, 2026–2030');
    const code = await within(panel).findByRole('img', { name: /^QR code of the join link/ }, { timeout: 10_000 });
    expect(Number(code.getAttribute('data-qr-version'))).toBeGreaterThan(10);
    expect(within(panel).getByText(/This code is dense/)).toBeInTheDocument();
  }, 20_000);

  it('speaks Polish', async () => {
    const panel = await workshop('Klaster', 'pl');
    expect(await within(panel).findByRole('img', { name: 'Kod QR linku dołączenia do analizy Klaster' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Skanuj karty oceny' })).toBeInTheDocument();
  }, 20_000);
});
