/**
 * The workshop part of the report: who took part (counted by sector, never named), and once the
 * ratings are revealed, per dimension the group's median, range and distribution, the agreed value
 * with its note, whether it was flagged for discussion, and the participants' visible notes.
 */
import type { Aggregate } from './aggregate';
import { groupProfile } from './aggregate';
import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';
import type { ParticipantNote } from './participant-notes';
import { visibleParticipantNotes } from './participant-notes';
import type { AgreedValue, Sector } from './participants';
import { SECTORS } from './participants';

export type ReportWorkshopRow = {
  dimension: DimensionId;
  baseline: Aggregate;
  ideal: Aggregate;
  /** Ratings spread by 2 points or more in either profile. */
  discuss: boolean;
  agreed: AgreedValue;
  notes: ParticipantNote[];
};

export type ReportWorkshop = {
  participants: number;
  /** Participants per sector in the method's order, then those without a sector; sectors nobody came from are left out. */
  bySector: { sector: Sector | null; count: number }[];
  revealed: boolean;
  /** The eight dimensions once revealed; empty before (nobody sees values until then). */
  rows: ReportWorkshopRow[];
};

/** The workshop of an assessment, or null when nobody took part. */
export function reportWorkshop(a: Assessment): ReportWorkshop | null {
  if (a.participants.length === 0) return null;
  const count = (sector: Sector | null) => a.participants.filter((p) => p.sector === sector).length;
  const bySector = [...SECTORS, null].map((sector) => ({ sector, count: count(sector) })).filter((s) => s.count > 0);
  const revealed = a.workshop.revealed;
  return {
    participants: a.participants.length,
    bySector,
    revealed,
    rows: revealed
      ? groupProfile(a).map((row) => ({
          dimension: row.dimension,
          baseline: row.baseline,
          ideal: row.ideal,
          discuss: row.discuss,
          agreed: { ...a.dimensions[row.dimension].agreed },
          notes: visibleParticipantNotes(a, row.dimension),
        }))
      : [],
  };
}
