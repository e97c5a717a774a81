/**
 * The summary's sections on what the group did besides the plan, from the same report model and the
 * same words as the Word and Markdown files: the resource map, the dimensions in the group's words,
 * the workshop and the timeline with each measure's status. Each is left out when nothing is entered.
 */
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@/domain/report';
import type { ReportWorkshop } from '@/domain/report-workshop';
import type { ReportText } from '@/export/report-text';
import {
  agreedNotes,
  dimensionNotes,
  flaggedLine,
  participantNoteGroups,
  resourceGroups,
  timelineRows,
  WORKSHOP_COLUMNS,
  workshopFacts,
  workshopRows,
} from '@/export/report-words';
import { Empty, Fact, SummaryBlock, SummarySection } from './summary-parts';

/** A table whose first column names the row; on a narrow screen each row becomes a card (data-label). */
function StackTable({ caption, header, rows, className }: { caption: string; header: readonly string[]; rows: readonly (readonly string[])[]; className?: string }) {
  return (
    <table className={`summary-table stack-table${className ? ` ${className}` : ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header.map((h, i) => (
            <th scope="col" key={i}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  {cell}
                </th>
              ) : (
                <td key={i} data-label={header[i]}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResourcesSection({ report, text }: { report: ReportModel; text: ReportText }) {
  return (
    <SummarySection title={text.t('report.resources')} className="summary-resources">
      {resourceGroups(report, text).map((g) => (
        <SummaryBlock key={g.title} title={g.title}>
          <dl className="summary-facts">
            {g.rows.map((r) => (
              <Fact key={r.name} label={r.name}>
                <span className="summary-text">{r.note}</span>
              </Fact>
            ))}
          </dl>
        </SummaryBlock>
      ))}
    </SummarySection>
  );
}

export function DimensionNotesSection({ report, text }: { report: ReportModel; text: ReportText }) {
  return (
    <SummarySection title={text.t('report.dimensionNotes')} className="summary-dimension-notes">
      {dimensionNotes(report, text).map((d) => (
        <SummaryBlock key={d.dimension} title={d.dimension}>
          <dl className="summary-facts">
            {d.items.map((i) => (
              <Fact key={i.label} label={i.label}>
                <span className="summary-text">{i.text}</span>
              </Fact>
            ))}
          </dl>
        </SummaryBlock>
      ))}
    </SummarySection>
  );
}

export function WorkshopSection({ workshop, text }: { workshop: ReportWorkshop; text: ReportText }) {
  const notes = participantNoteGroups(workshop, text);
  const agreed = agreedNotes(workshop, text);
  return (
    <SummarySection title={text.t('report.workshop')} className="summary-workshop">
      <ul className="summary-workshop-facts">
        {workshopFacts(workshop, text).map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      {workshop.revealed ? (
        <>
          <p className="summary-note">{text.t('report.groupIntro')}</p>
          <StackTable
            caption={text.t('report.groupTitle')}
            header={WORKSHOP_COLUMNS.map((c) => text.t(`report.columns.${c}`))}
            rows={workshopRows(workshop, text)}
            className="summary-workshop-table"
          />
          <p>{flaggedLine(workshop, text)}</p>
          {agreed.length > 0 && (
            <ul>
              {agreed.map((line) => (
                <li key={line} className="summary-text">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="summary-note">{text.t('report.notRevealed')}</p>
      )}
      {notes.length > 0 && (
        <SummaryBlock title={text.t('report.notesTitle')}>
          <dl className="summary-facts">
            {notes.map((g) => (
              <Fact key={g.dimension} label={g.dimension}>
                <ul className="summary-cell-list">
                  {g.notes.map((n, i) => (
                    <li key={i} className="summary-text">
                      {n}
                    </li>
                  ))}
                </ul>
              </Fact>
            ))}
          </dl>
        </SummaryBlock>
      )}
    </SummarySection>
  );
}

/** The measures by when they run, with their status as it stands (the quarter grid is on the DRAFT step). */
export function ReportTimelineSection({ report, text }: { report: ReportModel; text: ReportText }) {
  const { t } = useTranslation('summary');
  const c = (k: 'measure' | 'dimension' | 'quarters' | 'milestones' | 'status') => text.t(`report.timelineColumns.${k}`);
  return (
    <SummarySection title={t('sections.timeline')} className="summary-timeline">
      {report.timeline.length > 0 ? (
        <StackTable caption={t('timeline.caption')} header={[c('measure'), c('dimension'), c('quarters'), c('milestones'), c('status')]} rows={timelineRows(report, text)} />
      ) : (
        <Empty>{t('timeline.empty')}</Empty>
      )}
    </SummarySection>
  );
}
