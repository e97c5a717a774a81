import type { Timeframe } from './focus';
import type { Goal, Indicator } from './plan';
import { findPlaceholder, findVagueWord, hasNumber } from './vague-words';

/** What the SMART checker can find; screens translate the codes (workspace:goals.issues.<code>). */
export type SmartIssueCode =
  | 'no-statement'
  | 'vague-wording'
  | 'placeholder'
  | 'no-indicator'
  | 'no-number'
  | 'target-not-better'
  | 'no-date'
  | 'date-outside-timeframe'
  | 'not-relevant'
  | 'not-achievable';

export type SmartIssue = {
  code: SmartIssueCode;
  /** The SMART letter the issue belongs to. */
  letter: 'S' | 'M' | 'A' | 'R' | 'T';
  indicatorId?: string;
  /** The user's own word for vague-wording ("Wzmocnienie"), the gap left from an idea for placeholder ("[odsetek]"). */
  word?: string;
};

/** True when the target is better than the baseline in the indicator's direction. */
export function isTargetBetter(indicator: Indicator): boolean {
  if (indicator.baseline === null || indicator.target === null) return false;
  return indicator.direction === 'higher' ? indicator.target > indicator.baseline : indicator.target < indicator.baseline;
}

function indicatorIssues(indicators: readonly Indicator[]): SmartIssue[] {
  if (indicators.length === 0) return [{ code: 'no-indicator', letter: 'M' }];
  return indicators.flatMap((indicator): SmartIssue[] => {
    if (indicator.baseline === null || indicator.target === null) {
      return [{ code: 'no-number', letter: 'M', indicatorId: indicator.id }];
    }
    return isTargetBetter(indicator) ? [] : [{ code: 'target-not-better', letter: 'M', indicatorId: indicator.id }];
  });
}

function dateIssues(dueDate: string, timeframe: Timeframe): SmartIssue[] {
  if (dueDate.trim() === '') return [{ code: 'no-date', letter: 'T' }];
  const before = timeframe.start !== '' && dueDate < timeframe.start;
  const after = timeframe.end !== '' && dueDate > timeframe.end;
  return before || after ? [{ code: 'date-outside-timeframe', letter: 'T' }] : [];
}

/** The statement's findings: vague wording without a number that says how much, and gaps left from an idea. */
export function statementIssues(statement: string): SmartIssue[] {
  const issues: SmartIssue[] = [];
  const placeholder = findPlaceholder(statement);
  if (placeholder) issues.push({ code: 'placeholder', letter: 'S', word: placeholder });
  const vague = findVagueWord(statement);
  if (vague && !hasNumber(statement)) issues.push({ code: 'vague-wording', letter: 'S', word: vague });
  return issues;
}

/**
 * Checks one goal against SMART: a statement without vague wording (unless a number says how much)
 * and without gaps left from an idea, indicators with numbers and a target better than the baseline,
 * who delivers it with which resources (achievable is asked, not computed), a link to a success
 * factor or the vision, and a due date inside the plan's timeframe. Returns codes, never sentences.
 */
export function checkSmart(goal: Goal, timeframe: Timeframe): SmartIssue[] {
  const issues: SmartIssue[] = [];
  const statement = goal.statement.trim();
  if (statement === '') issues.push({ code: 'no-statement', letter: 'S' });
  issues.push(...statementIssues(statement));
  issues.push(...indicatorIssues(goal.indicators));
  if (goal.achievable.trim() === '') issues.push({ code: 'not-achievable', letter: 'A' });
  if (goal.successFactorId === '' && goal.relevance.trim() === '') issues.push({ code: 'not-relevant', letter: 'R' });
  issues.push(...dateIssues(goal.dueDate, timeframe));
  return issues;
}
