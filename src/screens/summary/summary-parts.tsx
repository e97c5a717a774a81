import type { ReactNode } from 'react';
import { useId } from 'react';

/** One part of the summary: a section named by its heading. */
export function SummarySection({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={className ? `summary-section ${className}` : 'summary-section'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A block inside a section (one goal, for example), named by its own heading. */
export function SummaryBlock({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <article className="summary-block" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </article>
  );
}

/** One label and its value in a description list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a section says while there is nothing to show yet. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="summary-empty">{children}</p>;
}
