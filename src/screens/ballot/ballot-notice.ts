import type { ParseKeys } from 'i18next';
import type { NoticeKey } from '@/state/notices-store';

/** A notice in the ballot namespace (notices are typed for the common one; i18next reads the `ballot:` prefix). */
export function ballotNotice(key: ParseKeys<'ballot'>): NoticeKey {
  return `ballot:${key}` as NoticeKey;
}
