import type { ParseKeys } from 'i18next';
import type { NoticeKey } from '@/state/notices-store';

/** A notice in the ideas namespace (notices are typed for the common one; i18next reads the `ideas:` prefix). */
export function ideaNotice(key: ParseKeys<'ideas'>): NoticeKey {
  return `ideas:${key}` as NoticeKey;
}
