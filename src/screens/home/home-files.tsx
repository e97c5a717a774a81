import { useTranslation } from 'react-i18next';
import { BackupPanel } from './backup-panel';
import { BallotSection } from './ballot-section';

/**
 * The home screen's file exchange: ballots and invitations, backups in and out. It loads just after the
 * list, as one piece with the ballots' texts (nothing moves when they arrive), so that the list of
 * assessments appears without waiting for it.
 */
export function HomeFiles() {
  useTranslation('ballot');
  return (
    <>
      <BallotSection />
      <BackupPanel />
    </>
  );
}
